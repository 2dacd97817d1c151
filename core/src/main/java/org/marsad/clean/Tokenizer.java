package org.marsad.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits normalised text into words: maximal runs of letters, or of digits (a letter-digit
 * boundary splits, as in "لغلق91"). Punctuation is not a token; callers read it from the text.
 */
public final class Tokenizer {
  private static final byte OTHER = 0;
  private static final byte LETTER = 1;
  private static final byte DIGIT = 2;

  /** Character classes of U+0000–U+06FF (Latin and the Arabic block), so most text needs no Unicode table. */
  private static final byte[] LOW = new byte[0x700];

  static {
    for (char c = 0; c < LOW.length; c++) {
      LOW[c] = Character.isLetter(c) ? LETTER : Character.isDigit(c) ? DIGIT : OTHER;
    }
  }

  private Tokenizer() {}

  public static List<Token> tokenize(String norm) {
    List<Token> out = new ArrayList<>(norm.length() / 5 + 4);
    int i = 0;
    int n = norm.length();
    while (i < n) {
      int k = kind(norm.charAt(i));
      if (k == OTHER) {
        i++;
        continue;
      }
      int s = i++;
      while (i < n && kind(norm.charAt(i)) == k) {
        i++;
      }
      out.add(new Token(norm.substring(s, i), s, i, k == DIGIT));
    }
    return out;
  }

  private static int kind(char c) {
    if (c < LOW.length) {
      return LOW[c];
    }
    return Character.isLetter(c) ? LETTER : Character.isDigit(c) ? DIGIT : OTHER;
  }

  /** {@link Character#isLetter(char)}, answering Latin and the Arabic block from a table. */
  static boolean isLetter(char c) {
    return kind(c) == LETTER;
  }
}
