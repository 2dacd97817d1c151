package org.marsad.track;

import java.time.LocalDate;
import java.util.List;
import org.marsad.fuse.SourceRef;

/**
 * One stretch of a community's timeline with the same level and indicators. {@code to} is the
 * day the next interval starts (exclusive), or null while open. {@code since} is the start of
 * the current level, which is earlier than {@code from} when only an indicator changed.
 * {@code attacksLast7Days} and {@code daysBesieged} are counted as of the interval's last day
 * (for an open interval, the tracker's as-of date); days besieged count both ends, so a siege
 * begun on the 21st is in its 10th day on the 30th. {@code sources} are the reports of every
 * event that matched a rule in the interval, the change at {@code from} first;
 * {@code disagreements} are what those reports disagree on.
 */
public record StatusInterval(
    String placeId,
    LocalDate from,
    LocalDate to,
    Level level,
    String movement,
    String food,
    String medicine,
    String fuel,
    String aid,
    int attacksLast7Days,
    LocalDate since,
    int daysBesieged,
    List<SourceRef> sources,
    int independentSources,
    List<String> disagreements,
    List<String> rules) {
  public StatusInterval {
    sources = List.copyOf(sources);
    disagreements = List.copyOf(disagreements);
    rules = List.copyOf(rules);
  }

  public boolean contains(LocalDate d) {
    return !d.isBefore(from) && (to == null || d.isBefore(to));
  }
}
