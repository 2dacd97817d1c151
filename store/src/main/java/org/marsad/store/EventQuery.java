package org.marsad.store;

import java.time.LocalDate;
import org.marsad.model.EventType;

/**
 * Which stored events to read; null fields do not filter. {@code from} and {@code to} bound the
 * first day of the event's date (inclusive); events without a resolved date match only when both
 * are null. {@code limit} 0 means no limit.
 */
public record EventQuery(EventType type, String placeId, LocalDate from, LocalDate to, int limit) {
  public static EventQuery all() {
    return new EventQuery(null, null, null, null, 0);
  }

  public EventQuery withType(EventType t) {
    return new EventQuery(t, placeId, from, to, limit);
  }

  public EventQuery withPlace(String id) {
    return new EventQuery(type, id, from, to, limit);
  }

  public EventQuery between(LocalDate start, LocalDate end) {
    return new EventQuery(type, placeId, start, end, limit);
  }

  public EventQuery withLimit(int n) {
    return new EventQuery(type, placeId, from, to, n);
  }
}
