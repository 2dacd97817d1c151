package org.marsad.lexicon;

import java.util.List;

/**
 * Arabic proclitics on normalised words: a conjunction (و ف), then a preposition (ب ك ل), then the
 * article (ال, or ل+ال written لل). A word yields itself and every shorter form left by peeling them
 * off in that order, so "وبالحصار" also reads as "بالحصار", "الحصار" and "حصار". Only forms of two or
 * more letters are kept; matching against a lexicon decides which reading is meant.
 *
 * <p>Every form is a suffix of the word, or "ال" and a suffix (لل restores the article's alef), so
 * {@link #forms} describes them by offset without building strings; {@link #variants} builds them.
 */
public final class Clitics {
  private static final int MIN = 2;
  /** Most forms one word can have: itself, the conjunction off, and two per base. */
  static final int MAX_FORMS = 8;

  private Clitics() {}

  /** The word itself first, then its shorter readings; unmodifiable. */
  public static List<String> variants(String w) {
    int[] forms = new int[MAX_FORMS];
    int n = forms(w, forms);
    if (n == 1) {
      return List.of(w);
    }
    String[] out = new String[n];
    for (int k = 0; k < n; k++) {
      out[k] = form(w, forms[k]);
    }
    return List.of(out);
  }

  /** Form {@code code} of {@code w} as a string. */
  static String form(String w, int code) {
    String rest = w.substring(from(code));
    return article(code) ? "ال" + rest : rest;
  }

  /** Where form {@code code} starts in the word. */
  static int from(int code) {
    return code >>> 1;
  }

  /** Whether form {@code code} is "ال" followed by the word from {@link #from}. */
  static boolean article(int code) {
    return (code & 1) != 0;
  }

  /**
   * Writes the codes of {@code w}'s forms into {@code out} (at least {@link #MAX_FORMS} long), in
   * the order of {@link #variants}, and returns how many: the word itself is code 0.
   */
  static int forms(String w, int[] out) {
    out[0] = 0;
    int len = w.length();
    if (len <= MIN || !isArabicLetter(w.charAt(0))) {
      return 1;
    }
    char c0 = w.charAt(0);
    boolean conj = c0 == 'و' || c0 == 'ف';
    if (!conj && c0 != 'ب' && c0 != 'ك' && c0 != 'ل' && !w.startsWith("ال")) {
      return 1; // most words: no proclitic to peel
    }
    int n = 1;
    if (conj) {
      n = add(w, out, n, 1, false);
    }
    n = peel(w, 0, out, n);
    if (conj) {
      n = peel(w, 1, out, n);
    }
    return n;
  }

  /** A preposition (or لل), then the article, off the base w[b..]. */
  private static int peel(String w, int b, int[] out, int n) {
    int baseLen = w.length() - b;
    boolean prep = false;
    char c = w.charAt(b);
    if (w.startsWith("لل", b) && baseLen > MIN + 2) {
      n = add(w, out, n, b + 2, true); // لل = ل + ال
      n = add(w, out, n, b + 2, false);
    } else if ((c == 'ب' || c == 'ك' || c == 'ل') && baseLen > MIN) {
      prep = true;
      n = add(w, out, n, b + 1, false);
    }
    if (w.startsWith("ال", b) && baseLen > MIN + 2) {
      n = add(w, out, n, b + 2, false);
    }
    if (prep && w.startsWith("ال", b + 1) && baseLen - 1 > MIN + 2) {
      n = add(w, out, n, b + 3, false);
    }
    return n;
  }

  /** Appends form (from, article) unless it is shorter than MIN or reads as a form already there. */
  private static int add(String w, int[] out, int n, int from, boolean article) {
    int len = (article ? 2 : 0) + w.length() - from;
    if (len < MIN) {
      return n;
    }
    for (int k = 0; k < n; k++) {
      int f = from(out[k]);
      boolean a = article(out[k]);
      if ((a ? 2 : 0) + w.length() - f != len) {
        continue;
      }
      if (a == article ? f == from : w.startsWith("ال", a ? from : f)) {
        return n; // the same letters: "ال" + w[x..] equals w[x - 2..] when w has "ال" at x - 2
      }
    }
    out[n] = from << 1 | (article ? 1 : 0);
    return n + 1;
  }

  static boolean isArabicLetter(char c) {
    return c >= '\u0620' && c <= '\u064A';
  }
}
