package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.extract.EventExtractorTest.events;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Event;
import org.marsad.model.EventType;

/**
 * One act told over a list of distant places ("eight near A and four at B") is an act per place, of the
 * same type, day and doer; "another N strikes ... in a neighbouring country" is one more, on the same day
 * and by the same side. Sentences written for this test.
 */
class EnglishEnumerationTest {
  private static List<Event> attacks(String text) {
    return events(text).stream().filter(e -> e.type() == EventType.ATTACK).toList();
  }

  @Test
  void eachPlaceOfTheListIsItsOwnAttack() {
    List<Event> found = attacks("Coalition warplanes carried out 12 air strikes against Islamic State in Syria on Sunday, "
        + "eight near Palmyra and four near Deir ez-Zor, the military said.");
    assertThat(found).hasSize(2);
    assertThat(found).allSatisfy(e -> assertThat(e.actor1().name()).isEqualTo("US-led Coalition"));
    assertThat(found).extracting(e -> e.date().value()).containsOnly("2020-03-08");
  }

  @Test
  void anotherCountOfStrikesElsewhereIsOneMoreBySameSide() {
    List<Event> found = attacks("Coalition warplanes carried out 12 air strikes against Islamic State near Palmyra on Sunday. "
        + "Another 9 strikes targeted the militants in neighbouring Iraq, the military said.");
    assertThat(found).hasSize(2);
    assertThat(found).allSatisfy(e -> assertThat(e.actor1().name()).isEqualTo("US-led Coalition"));
    assertThat(found).extracting(e -> e.date().value()).containsOnly("2020-03-08");
  }
}
