package org.marsad.eval.external;

import java.util.Set;
import org.marsad.model.EventType;

/** What Marsad extracted from one PLOVER sentence: the types of its events. */
public record PloverOutcome(PloverSentence sentence, Set<EventType> types) {
  public PloverOutcome {
    types = Set.copyOf(types);
  }

  /** For a modelled category: whether one of its mapped types was extracted. */
  public boolean found() {
    return types.stream().anyMatch(sentence.category().mapped()::contains);
  }

  public boolean anyEvent() {
    return !types.isEmpty();
  }
}
