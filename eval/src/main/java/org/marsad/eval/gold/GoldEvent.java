package org.marsad.eval.gold;

import java.util.List;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.marsad.model.EventType;

/**
 * One gold event. {@code evidence} holds exact substrings of the text; {@code date} is an ISO
 * date, a coarser value ("2018", "2015-06") or null; {@code place} and {@code actor1} are canonical
 * names (the place is described in the gold file's {@code places}); {@code optional} events count
 * neither as missed nor as false when found. {@code attributes} keeps every other field (phase,
 * scope, items, subtype, note...) as plain Java values.
 */
public record GoldEvent(
    String id,
    EventType type,
    boolean optional,
    String date,
    String dateKind,
    String place,
    String actor1,
    String actor2,
    String modality,
    boolean historical,
    List<String> evidence,
    Map<String, Object> attributes) {
  public GoldEvent {
    evidence = List.copyOf(evidence);
    // nulls are kept: a gold field set to null says "none", not "unknown"
    attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
  }
}
