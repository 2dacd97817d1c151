package org.marsad.clean;

import org.marsad.model.Span;

/**
 * A normalised copy of a raw text that remembers, for each of its characters, which raw characters
 * it came from, so that matches found in the normalised text are reported against the raw text.
 */
public final class NormalizedText {
  private final String raw;
  private final String text;
  private final int[] rawStart;
  private final int[] rawEnd;

  NormalizedText(String raw, String text, int[] rawStart, int[] rawEnd) {
    this.raw = raw;
    this.text = text;
    this.rawStart = rawStart;
    this.rawEnd = rawEnd;
  }

  public String raw() {
    return raw;
  }

  /** The normalised text. */
  public String text() {
    return text;
  }

  public int length() {
    return text.length();
  }

  /** Raw offset where normalised character {@code i} starts; {@code length()} maps to raw end. */
  public int toRawStart(int i) {
    return i >= text.length() ? raw.length() : rawStart[i];
  }

  /** Raw offset just after the raw characters that produced normalised characters before {@code i}. */
  public int toRawEnd(int i) {
    return i <= 0 ? (text.isEmpty() ? 0 : rawStart[0]) : rawEnd[i - 1];
  }

  /** The raw span behind the normalised range [start, end). */
  public Span toRaw(int start, int end) {
    if (start >= end) {
      int at = toRawStart(start);
      return new Span(at, at);
    }
    return new Span(toRawStart(start), toRawEnd(end));
  }
}
