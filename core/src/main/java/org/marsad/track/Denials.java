package org.marsad.track;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.marsad.fuse.FusedEvent;
import org.marsad.fuse.SourceRef;

/**
 * Who denies a restriction a place's timeline shows: a besieger's "we impose no siege" changes no
 * status (only asserted events do), but an analyst must see it beside the sources that say otherwise.
 */
final class Denials {
  private Denials() {}

  /** "Rapid Support Forces deny the siege (imposed), per Outlet 2023-11-07", for the denials dated within [from, to]. */
  static List<String> within(List<FusedEvent> denials, LocalDate from, LocalDate to) {
    List<String> out = new ArrayList<>();
    for (FusedEvent f : denials) {
      LocalDate d = StatusTracker.effectiveDate(f);
      if (d == null || d.isBefore(from) || d.isAfter(to)) {
        continue;
      }
      Set<String> who = new LinkedHashSet<>();
      for (SourceRef s : f.sources()) {
        who.add(s.label() + (s.published() == null ? "" : " " + s.published()));
      }
      String by = f.actor1().isEmpty() ? "a source denies" : f.actor1().get(0).value() + " deny";
      out.add(by + " the " + f.label() + ", per " + String.join(", ", who));
    }
    return out;
  }
}
