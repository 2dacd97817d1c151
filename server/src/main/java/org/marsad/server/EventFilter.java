package org.marsad.server;

import java.time.LocalDate;
import java.util.List;
import org.marsad.model.EventType;
import org.marsad.model.Modality;

/**
 * Which events to read; null fields do not filter. {@code placeIds} are resolved from the place
 * filter (an empty list matches nothing); {@code reportIds} come from a full-text query (likewise).
 * {@code bbox} is min lon, min lat, max lon, max lat (RFC 7946 order).
 */
public record EventFilter(List<String> placeIds, String admin1, EventType type, LocalDate from, LocalDate to,
    double[] bbox, Modality modality, ReviewState review, List<String> reportIds, String reportId) {

  public static EventFilter none() {
    return new EventFilter(null, null, null, null, null, null, null, null, null, null);
  }

  public EventFilter withReport(String id) {
    return new EventFilter(placeIds, admin1, type, from, to, bbox, modality, review, reportIds, id);
  }

  /** True when a list filter can match nothing, so no query is needed. */
  public boolean empty() {
    return placeIds != null && placeIds.isEmpty() || reportIds != null && reportIds.isEmpty();
  }
}
