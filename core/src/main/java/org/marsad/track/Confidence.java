package org.marsad.track;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * How far a community's status on a date is supported, from the same independent sources that
 * are shown beside it (so a count of 1 never reads HIGH) and its restriction evidence up to that
 * date: HIGH two or more independent sources and some restriction evidence; MEDIUM one source
 * whose restriction evidence is dated or tells of two kinds of restriction (a siege and a closure
 * or supply cut); LOW one undated mention; NONE no restriction at all (a watch from threats alone).
 */
public enum Confidence {
  NONE, LOW, MEDIUM, HIGH;

  /** The confidence of a status backed by {@code independentSources} and {@code evidence} up to {@code date}. */
  public static Confidence of(int independentSources, Collection<Restriction> evidence, LocalDate date) {
    List<Restriction> upTo = evidence.stream().filter(r -> !r.date().isAfter(date)).toList();
    if (upTo.isEmpty() || independentSources == 0) {
      return NONE;
    }
    if (independentSources >= 2) {
      return HIGH;
    }
    boolean dated = upTo.stream().anyMatch(Restriction::dated);
    boolean twoKinds = upTo.stream().map(Restriction::type).distinct().count() >= 2;
    return dated || twoKinds ? MEDIUM : LOW;
  }
}
