package org.marsad.server;

import java.util.List;
import org.marsad.model.DocumentMeta;
import org.marsad.model.Event;

/**
 * A stored event as the reader sees it: corrections applied, with its report's metadata, its
 * review state, the fields a person corrected and the report text its evidence points into
 * (null where not loaded).
 */
public record ReviewedEvent(DocumentMeta report, Event event, ReviewState state, List<String> corrected, String text) {
  public String key() {
    return report.id() + "/" + event.id();
  }
}
