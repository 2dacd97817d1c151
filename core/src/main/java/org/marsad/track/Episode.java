package org.marsad.track;

import java.util.List;
import java.util.function.Function;

/**
 * The one definition of the stretch of a timeline whose sources a count shows (issue 12: one
 * definition of independent sources everywhere): the <em>episode</em> the current interval belongs
 * to. A siege (PARTIAL_SIEGE or FULL_SIEGE) runs from the day the place was first besieged without a
 * break, whatever its level did since (the reports that told of it at PARTIAL still support it at
 * FULL, and days besieged count from the same day); a lifting is the end of the siege before it, so
 * its episode holds that siege too; a watch is its own run. Every count of independent sources
 * (the status list, the confidence label, a timeline interval, the stored intervals, the Flink job)
 * counts the sources of the intervals of the episode up to the date.
 */
public final class Episode {
  private Episode() {}

  /** The index of the first interval of the episode that {@code timeline.get(current)} belongs to. */
  public static <T> int start(List<T> timeline, int current, Function<T, Level> level) {
    int i = current;
    Level cur = level.apply(timeline.get(current));
    if (cur == Level.LIFTED) {
      while (i > 0 && level.apply(timeline.get(i - 1)) == Level.LIFTED) {
        i--;
      }
      while (i > 0 && level.apply(timeline.get(i - 1)).besieged()) {
        i--;
      }
      return i;
    }
    while (i > 0 && sameEpisode(cur, level.apply(timeline.get(i - 1)))) {
      i--;
    }
    return i;
  }

  private static boolean sameEpisode(Level cur, Level prev) {
    return cur.besieged() ? prev.besieged() : prev == cur;
  }
}
