package org.marsad.eval.external;

/** A half-open range [first, end) of token indexes in one sentence or chunk. */
public record TokenSpan(int first, int end) implements Comparable<TokenSpan> {
  public TokenSpan {
    if (first < 0 || end <= first) {
      throw new IllegalArgumentException("token span [" + first + ", " + end + ") is empty or negative");
    }
  }

  @Override
  public int compareTo(TokenSpan o) {
    return first != o.first ? Integer.compare(first, o.first) : Integer.compare(end, o.end);
  }
}
