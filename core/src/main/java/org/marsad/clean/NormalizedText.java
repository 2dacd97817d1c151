package org.marsad.clean;

import org.marsad.model.Span;

/**
 * A normalised copy of a raw text that remembers, for each of its characters, which raw code point
 * it came from, so that matches found in the normalised text are reported against the raw text.
 *
 * <p>Every normalised character comes from exactly one raw code point (a ligature expands to
 * several characters of the same code point; a deleted character produces none), so one array of
 * raw start offsets is the whole map, and it is non-decreasing. When nothing was deleted or
 * expanded the map is the identity and is not stored at all.
 */
public final class NormalizedText {
  private final String raw;
  private final String text;
  /** Raw offset of the code point behind each normalised character; null for the identity map. */
  private final int[] rawStart;

  NormalizedText(String raw, String text, int[] rawStart) {
    this.raw = raw;
    this.text = text;
    this.rawStart = rawStart;
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

  /** Raw offset where normalised character {@code i} starts; {@code length()} maps to the raw end. */
  public int toRawStart(int i) {
    check(i);
    if (i == text.length()) {
      return raw.length();
    }
    return rawStart == null ? i : rawStart[i];
  }

  /**
   * Raw offset just after the raw code point behind normalised character {@code i - 1}, i.e. the
   * raw end of the normalised prefix [0, i); 0 for {@code i == 0}.
   */
  public int toRawEnd(int i) {
    check(i);
    if (i == 0) {
      return 0;
    }
    int s = rawStart == null ? i - 1 : rawStart[i - 1];
    boolean pair = Character.isHighSurrogate(raw.charAt(s)) && s + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(s + 1));
    return s + (pair ? 2 : 1);
  }

  /**
   * The raw span behind the normalised range [start, end): from the first contributing raw code
   * point to the end of the last; characters deleted inside the range are included, those deleted
   * just outside it are not. An empty range gives an empty span at the raw position of {@code start}.
   */
  public Span toRaw(int start, int end) {
    check(start);
    check(end);
    if (start > end) {
      throw new IllegalArgumentException("normalised range [" + start + ", " + end + ") is reversed");
    }
    if (start == end) {
      int at = toRawStart(start);
      return new Span(at, at);
    }
    return new Span(toRawStart(start), toRawEnd(end));
  }

  /**
   * The normalised offset of raw offset {@code rawOffset}: the index of the first normalised
   * character whose raw code point starts at or after it ({@code length()} if none).
   */
  public int fromRaw(int rawOffset) {
    if (rawOffset < 0 || rawOffset > raw.length()) {
      throw new IndexOutOfBoundsException("raw offset " + rawOffset + " outside [0, " + raw.length() + "]");
    }
    if (rawStart == null) {
      return rawOffset;
    }
    int lo = 0;
    int hi = text.length();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (rawStart[mid] < rawOffset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private void check(int i) {
    if (i < 0 || i > text.length()) {
      throw new IndexOutOfBoundsException("normalised offset " + i + " outside [0, " + text.length() + "]");
    }
  }
}
