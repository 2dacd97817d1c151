package org.marsad.model;

/**
 * A line of the text, 0-based. {@code duplicateOf} is the index of an earlier paragraph this one
 * repeats exactly or is contained in, or null.
 */
public record Paragraph(int index, int start, int end, Integer duplicateOf) {
  public Span span() {
    return new Span(start, end);
  }

  public boolean isDuplicate() {
    return duplicateOf != null;
  }
}
