package org.marsad.lexicon;

import java.util.List;

/**
 * Arabic proclitics on normalised words: a conjunction (و ف), then a preposition (ب ك ل), then the
 * article (ال, or ل+ال written لل). A word yields itself and every shorter form left by peeling them
 * off in that order, so "وبالحصار" also reads as "بالحصار", "الحصار" and "حصار". Only forms of two or
 * more letters are kept; matching against a lexicon decides which reading is meant.
 */
public final class Clitics {
  private static final int MIN = 2;

  private Clitics() {}

  /** The word itself first, then its shorter readings; unmodifiable. */
  public static List<String> variants(String w) {
    if (w.length() <= MIN || !isArabicLetter(w.charAt(0))) {
      return List.of(w);
    }
    char c0 = w.charAt(0);
    boolean conj = c0 == 'و' || c0 == 'ف';
    if (!conj && c0 != 'ب' && c0 != 'ك' && c0 != 'ل' && !w.startsWith("ال")) {
      return List.of(w); // most words: no proclitic to peel
    }
    Forms out = new Forms(w);
    String afterConj = null;
    if (conj) {
      afterConj = w.substring(1);
      out.add(afterConj);
    }
    peel(w, out);
    if (afterConj != null) {
      peel(afterConj, out);
    }
    return out.list();
  }

  /** A preposition (or لل), then the article, off {@code base}. */
  private static void peel(String base, Forms out) {
    String afterPrep = null;
    char c = base.charAt(0);
    if (base.startsWith("لل") && base.length() > MIN + 2) {
      out.add("ال" + base.substring(2)); // لل = ل + ال
      out.add(base.substring(2));
    } else if ((c == 'ب' || c == 'ك' || c == 'ل') && base.length() > MIN) {
      afterPrep = base.substring(1);
      out.add(afterPrep);
    }
    if (base.startsWith("ال") && base.length() > MIN + 2) {
      out.add(base.substring(2));
    }
    if (afterPrep != null && afterPrep.startsWith("ال") && afterPrep.length() > MIN + 2) {
      out.add(afterPrep.substring(2));
    }
  }

  /** A handful of distinct forms, in order of addition. */
  private static final class Forms {
    private final String[] forms = new String[8];
    private int n;

    Forms(String w) {
      forms[n++] = w;
    }

    void add(String s) {
      if (s.length() < MIN) {
        return;
      }
      for (int i = 0; i < n; i++) {
        if (forms[i].equals(s)) {
          return;
        }
      }
      forms[n++] = s;
    }

    List<String> list() {
      return n == 1 ? List.of(forms[0]) : List.of(java.util.Arrays.copyOf(forms, n));
    }
  }

  static boolean isArabicLetter(char c) {
    return c >= '\u0620' && c <= '\u064A';
  }
}
