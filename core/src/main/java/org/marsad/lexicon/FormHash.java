package org.marsad.lexicon;

/**
 * {@link String#hashCode()} of a clitic-stripped form of a word, w[from..] or "ال" + w[from..],
 * without building it: derived from the word's own hash (cached in the String) by taking off the
 * leading characters' terms, so it costs a few multiplications whatever the word's length.
 */
public final class FormHash {
  private static final int MAX = 64;
  /** POW[k] = 31^k (mod 2^32). */
  private static final int[] POW = new int[MAX + 1];
  private static final int ARTICLE = 31 * 'ا' + 'ل';

  static {
    POW[0] = 1;
    for (int k = 1; k <= MAX; k++) {
      POW[k] = POW[k - 1] * 31;
    }
  }

  private FormHash() {}

  /** The String hash of {@code w.substring(from)}, preceded by "ال" when {@code article}. */
  public static int of(String w, int from, boolean article) {
    int len = w.length();
    int h;
    if (from == 0) {
      h = w.hashCode();
    } else if (len <= MAX) {
      h = w.hashCode();
      for (int k = 0; k < from; k++) {
        h -= w.charAt(k) * POW[len - 1 - k];
      }
    } else {
      h = 0;
      for (int k = from; k < len; k++) {
        h = 31 * h + w.charAt(k);
      }
    }
    if (article) {
      int rest = len - from;
      h += ARTICLE * (rest <= MAX ? POW[rest] : pow31(rest));
    }
    return h;
  }

  private static int pow31(int k) {
    int p = 1;
    for (int i = 0; i < k; i++) {
      p *= 31;
    }
    return p;
  }

  /** Whether {@code key} reads as w[from..], preceded by "ال" when {@code article}. */
  public static boolean matches(String key, String w, int from, boolean article) {
    int len = (article ? 2 : 0) + w.length() - from;
    if (key.length() != len) {
      return false;
    }
    return article ? key.startsWith("ال") && key.regionMatches(2, w, from, len - 2) : key.regionMatches(0, w, from, len);
  }
}
