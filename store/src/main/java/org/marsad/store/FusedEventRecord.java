package org.marsad.store;

import java.util.List;
import java.util.Map;
import org.marsad.model.EventType;
import org.marsad.model.Modality;

/**
 * One event fused from several reports' events, as the store keeps it. Place and date fields may be
 * null; {@code members} are the stored events it was fused from (each must exist in the store).
 */
public record FusedEventRecord(
    String id,
    EventType type,
    Modality modality,
    boolean historical,
    String placeId,
    String placeName,
    Double lat,
    Double lon,
    String dateValue,
    String dateKind,
    Integer datePrecision,
    Map<String, Object> attributes,
    int sourceCount,
    List<EventRef> members) {
  public FusedEventRecord {
    attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    members = List.copyOf(members);
  }
}
