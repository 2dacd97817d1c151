package org.marsad.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One interval of a place's status timeline (CODEBOOK.md, "Community status"). {@code level} is
 * the codebook's level name; {@code end} null means the interval is current; {@code indicators}
 * holds movement, food, medicine, fuel, aid, attacks_7d, since, days_besieged... under the
 * codebook's names.
 */
public record StatusIntervalRecord(
    String placeId,
    String placeName,
    String level,
    LocalDate start,
    LocalDate end,
    Map<String, Object> indicators,
    int sourceCount,
    List<Support> sources) {
  public StatusIntervalRecord {
    indicators = indicators == null ? Map.of() : Map.copyOf(indicators);
    sources = List.copyOf(sources);
  }

  /**
   * A stored event supporting the interval; {@code note} keeps the source's claim, or null;
   * {@code sourceKey} is shared by copies of one report (they count as one independent source).
   */
  public record Support(EventRef event, String note, String sourceKey) {
    public Support(EventRef event, String note) {
      this(event, note, null);
    }
  }
}
