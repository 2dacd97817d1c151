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
      if (Character.isLetter(c)) {
        int s = i;
        while (i < n && Character.isLetter(norm.charAt(i))) {
          i++;
        }
        out.add(new Token(norm.substring(s, i), s, i, false));
      } else if (Character.isDigit(c)) {
        int s = i;
        while (i < n && Character.isDigit(norm.charAt(i))) {
          i++;
        }
        out.add(new Token(norm.substring(s, i), s, i, true));
      } else {
        i++;
      }
    }
    return out;
  }
}
