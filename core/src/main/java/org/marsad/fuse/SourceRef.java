package org.marsad.fuse;

import java.time.LocalDate;

/**
 * A report supporting a fused event or a claim. Reports with the same {@code sourceKey} within
 * one fused event are copies of each other (syndicated, or the same outlet repeating the same
 * words) and count as one independent source.
 */
public record SourceRef(
    String reportId, String outlet, LocalDate published, String eventId, String sourceKey) {

  /** The outlet's name, or a short form of the report id when the outlet is unknown. */
  public String label() {
    if (outlet != null && !outlet.isBlank()) {
      return outlet;
    }
    return "report " + (reportId.length() > 12 ? reportId.substring(0, 12) : reportId);
  }
}
