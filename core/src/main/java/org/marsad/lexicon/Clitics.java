package org.marsad.lexicon;

import java.util.ArrayList;
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

  public static List<String> variants(String w) {
    List<String> out = new ArrayList<>(4);
    out.add(w);
    if (w.length() <= MIN || !isArabicLetter(w.charAt(0))) {
      return out;
    }
    String[] afterConj = {w, null};
    char c0 = w.charAt(0);
    if ((c0 == 'و' || c0 == 'ف') && w.length() > MIN) {
      afterConj[1] = w.substring(1);
      add(out, afterConj[1]);
    }
    for (String base : afterConj) {
      if (base == null) {
        continue;
      }
      String afterPrep = null;
      if (base.startsWith("لل") && base.length() > MIN + 2) {
        add(out, "ال" + base.substring(2)); // لل = ل + ال
        add(out, base.substring(2));
      } else if ((base.charAt(0) == 'ب' || base.charAt(0) == 'ك' || base.charAt(0) == 'ل') && base.length() > MIN) {
        afterPrep = base.substring(1);
        add(out, afterPrep);
      }
      for (String b : new String[] {base, afterPrep}) {
        if (b != null && b.startsWith("ال") && b.length() > MIN + 2) {
          add(out, b.substring(2));
        }
      }
    }
    return out;
  }

  private static void add(List<String> out, String s) {
    if (s.length() >= MIN && !out.contains(s)) {
      out.add(s);
    }
  }

  static boolean isArabicLetter(char c) {
    return c >= '\u0620' && c <= '\u064A';
  }
}
