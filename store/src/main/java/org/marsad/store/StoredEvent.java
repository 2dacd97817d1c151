package org.marsad.store;

import org.marsad.model.DocumentMeta;
import org.marsad.model.Event;

/** An event as stored, with the metadata of its report (what fusion needs to weigh sources). */
public record StoredEvent(DocumentMeta document, Event event) {
  public EventRef ref() {
    return new EventRef(document.id(), event.id());
  }
}
