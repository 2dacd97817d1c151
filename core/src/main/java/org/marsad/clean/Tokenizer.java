package org.marsad.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits normalised text into words: maximal runs of letters, or of digits (a letter-digit
 * boundary splits, as in "لغلق91"). Punctuation is not a token; callers read it from the text.
 */
public final class Tokenizer {
  private Tokenizer() {}

  public static List<Token> tokenize(String norm) {
    List<Token> out = new ArrayList<>(norm.length() / 5 + 4);
    int i = 0;
    int n = norm.length();
    while (i < n) {
      char c = norm.charAt(i);
      if (isLetter(c)) {
        int s = i;
        while (i < n && isLetter(norm.charAt(i))) {
          i++;
        }
        out.add(new Token(norm.substring(s, i), s, i, false));
      } else if (isDigit(c)) {
        int s = i;
        while (i < n && isDigit(norm.charAt(i))) {
          i++;
        }
        out.add(new Token(norm.substring(s, i), s, i, true));
      } else {
        i++;
      }
    }
    return out;
  }

  /** {@link Character#isLetter(char)}, answering ASCII and the Arabic letters without the Unicode tables. */
  static boolean isLetter(char c) {
    if (c < 0x80) {
      return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }
    return c >= '\u0621' && c <= '\u063A' || c >= '\u0641' && c <= '\u064A' || Character.isLetter(c);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9' || c >= 0x80 && Character.isDigit(c);
  }
}
