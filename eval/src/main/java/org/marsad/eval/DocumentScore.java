package org.marsad.eval;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.marsad.model.EventType;

/**
 * The score of one report. {@code goldEvents} counts non-optional gold events; {@code neutral}
 * counts predictions that were neither true nor false because they hit an optional gold event;
 * {@code warnings} names gold evidence strings not found in the text and gold places not described.
 */
public record DocumentScore(
    String document,
    int goldEvents,
    int predictedEvents,
    SortedMap<EventType, Prf> perType,
    List<MatchedPair> matches,
    List<Miss> misses,
    List<FalseEvent> falseEvents,
    int neutral,
    SortedMap<TypePair, Integer> confusion,
    Prf duplicates,
    List<String> warnings) {
  public DocumentScore {
    perType = Collections.unmodifiableSortedMap(new TreeMap<>(perType));
    matches = List.copyOf(matches);
    misses = List.copyOf(misses);
    falseEvents = List.copyOf(falseEvents);
    confusion = Collections.unmodifiableSortedMap(new TreeMap<>(confusion));
    warnings = List.copyOf(warnings);
  }

  /** Micro-averaged over types. */
  public Prf overall() {
    Prf sum = Prf.ZERO;
    for (Map.Entry<EventType, Prf> e : perType.entrySet()) {
      sum = sum.plus(e.getValue());
    }
    return sum;
  }

  public AttributeScores attributes() {
    AttributeScores sum = AttributeScores.NONE;
    for (MatchedPair m : matches) {
      sum = sum.plus(AttributeScores.of(m));
    }
    return sum;
  }
}
