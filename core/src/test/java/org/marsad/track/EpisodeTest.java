package org.marsad.track;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The stretch of a timeline whose sources a count shows (issue 12: one definition everywhere). */
class EpisodeTest {
  private static final Function<Level, Level> SELF = l -> l;

  @Test
  void aSiegeRunsFromItsFirstBesiegedDayWhateverItsLevelDidSince() {
    List<Level> tl = List.of(Level.WATCH, Level.PARTIAL_SIEGE, Level.FULL_SIEGE, Level.PARTIAL_SIEGE);
    assertThat(Episode.start(tl, 2, SELF)).isEqualTo(1);
    assertThat(Episode.start(tl, 3, SELF)).isEqualTo(1);
  }

  @Test
  void aLiftingHoldsTheSiegeItEnded() {
    List<Level> tl = List.of(Level.WATCH, Level.PARTIAL_SIEGE, Level.FULL_SIEGE, Level.LIFTED, Level.LIFTED);
    assertThat(Episode.start(tl, 4, SELF)).isEqualTo(1);
  }

  @Test
  void aWatchIsItsOwnRunAndANewSiegeANewEpisode() {
    List<Level> tl = List.of(Level.FULL_SIEGE, Level.LIFTED, Level.NONE, Level.WATCH, Level.WATCH, Level.PARTIAL_SIEGE);
    assertThat(Episode.start(tl, 4, SELF)).isEqualTo(3);
    assertThat(Episode.start(tl, 5, SELF)).isEqualTo(5);
  }
}
