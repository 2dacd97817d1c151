package org.marsad.eval.gold;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One interval of a community's status: {@code from} (ISO date), {@code level} (NONE, WATCH,
 * PARTIAL_SIEGE, FULL_SIEGE, LIFTED) and the indicators (movement, food, medicine...) as given.
 */
public record GoldStatus(String place, String from, String level, Map<String, Object> indicators) {
  public GoldStatus {
    // nulls are kept: a gold field set to null says "none", not "unknown"
    indicators = Collections.unmodifiableMap(new LinkedHashMap<>(indicators));
  }
}
