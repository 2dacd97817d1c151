package org.marsad.model;

import java.util.List;

/** Everything read from one report: the codebook's JSON output contract as records. */
public record Extraction(
    DocumentMeta document,
    String text,
    List<Paragraph> paragraphs,
    List<Event> events,
    List<String> diagnostics) {
  public Extraction {
    paragraphs = List.copyOf(paragraphs);
    events = List.copyOf(events);
    diagnostics = List.copyOf(diagnostics);
  }
}
