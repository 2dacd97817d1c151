package org.marsad.store;

import java.time.Duration;
import java.util.Map;

/**
 * What one ingest run did. {@code rejectReasons} counts rejects by reason (the message without the
 * input's name), most frequent first.
 */
public record IngestSummary(long added, long known, long rejected, long events, Map<String, Long> rejectReasons, Duration elapsed) {
  public IngestSummary {
    rejectReasons = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rejectReasons));
  }

  public long total() {
    return added + known + rejected;
  }
}
