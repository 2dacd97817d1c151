package org.marsad.extract;

import java.util.List;
import org.marsad.model.Event;

/** Reads events from an analysed report. */
public final class EventExtractor {
  public static EventExtractor loadDefault() {
    return new EventExtractor();
  }

  public List<Event> extract(Analysis a) {
    return List.of(); // being written
  }
}
