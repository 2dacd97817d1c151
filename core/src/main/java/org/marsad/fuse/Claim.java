package org.marsad.fuse;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One value that some reports give for a field of a fused event (a date, an actor, a count),
 * with the reports that give it. Claims that disagree are kept side by side, never averaged.
 */
public record Claim<T>(T value, List<SourceRef> sources, int independentSources) {
  public Claim {
    sources = List.copyOf(sources);
  }

  /** The outlets behind this claim, for messages: "A, B". */
  public String outlets() {
    Set<String> labels = new LinkedHashSet<>();
    sources.forEach(s -> labels.add(s.label()));
    return String.join(", ", labels);
  }
}
