package org.marsad.model;

import java.util.List;
import java.util.Map;

/**
 * One event read from one report. {@code attributes} holds the type's key attributes (phase,
 * scope, items, subtype, fatalities...) under the codebook's names; {@code ruleId} names the
 * lexicon line or pattern that produced it, so a wrong event can be traced to one line of data.
 */
public record Event(
    String id,
    EventType type,
    Map<String, Object> attributes,
    Modality modality,
    boolean historical,
    EventDate date,
    Place place,
    Actor actor1,
    Actor actor2,
    String source,
    List<Span> evidence,
    String ruleId) {
  public Event {
    attributes = Map.copyOf(attributes);
    evidence = List.copyOf(evidence);
  }
}
