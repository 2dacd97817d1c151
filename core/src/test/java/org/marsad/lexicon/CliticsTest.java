package org.marsad.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CliticsTest {
  @Test
  void peelsConjunctionPrepositionAndArticleInThatOrder() {
    assertThat(Clitics.variants("وبالحصار")).containsExactly("وبالحصار", "بالحصار", "الحصار", "حصار");
    assertThat(Clitics.variants("للنظام")).containsExactly("للنظام", "النظام", "نظام");
    assertThat(Clitics.variants("فالنظام")).containsExactly("فالنظام", "النظام", "نظام");
    assertThat(Clitics.variants("حصار")).containsExactly("حصار");
    assertThat(Clitics.variants("siege")).containsExactly("siege");
  }

  /** The readings as first written (lists of strings), kept here as the reference. */
  private static List<String> reference(String w) {
    List<String> out = new ArrayList<>();
    out.add(w);
    if (w.length() <= 2 || !Clitics.isArabicLetter(w.charAt(0))) {
      return out;
    }
    String[] afterConj = {w, null};
    char c0 = w.charAt(0);
    if (c0 == 'و' || c0 == 'ف') {
      afterConj[1] = w.substring(1);
      add(out, afterConj[1]);
    }
    for (String base : afterConj) {
      if (base == null) {
        continue;
      }
      String afterPrep = null;
      if (base.startsWith("لل") && base.length() > 4) {
        add(out, "ال" + base.substring(2));
        add(out, base.substring(2));
      } else if ((base.charAt(0) == 'ب' || base.charAt(0) == 'ك' || base.charAt(0) == 'ل') && base.length() > 2) {
        afterPrep = base.substring(1);
        add(out, afterPrep);
      }
      for (String b : new String[] {base, afterPrep}) {
        if (b != null && b.startsWith("ال") && b.length() > 4) {
          add(out, b.substring(2));
        }
      }
    }
    return out;
  }

  private static void add(List<String> out, String s) {
    if (s.length() >= 2 && !out.contains(s)) {
      out.add(s);
    }
  }

  @Test
  void formsByOffsetReadAsTheReferenceAndHashAsStrings() {
    Random r = new Random(7);
    String letters = "وفبكلالالحصرنمa"; // proclitic letters weighted up, and one Latin letter
    for (int i = 0; i < 200_000; i++) {
      StringBuilder sb = new StringBuilder();
      int len = 1 + r.nextInt(i % 50 == 0 ? 90 : 9); // some words past FormHash's table of powers
      for (int k = 0; k < len; k++) {
        sb.append(letters.charAt(r.nextInt(letters.length())));
      }
      String w = sb.toString();
      assertThat(Clitics.variants(w)).as(w).isEqualTo(reference(w));
      int[] codes = new int[Clitics.MAX_FORMS];
      int n = Clitics.forms(w, codes);
      for (int k = 0; k < n; k++) {
        String form = Clitics.form(w, codes[k]);
        int from = Clitics.from(codes[k]);
        boolean article = Clitics.article(codes[k]);
        assertThat(FormHash.of(w, from, article)).as(form).isEqualTo(form.hashCode());
        assertThat(FormHash.matches(form, w, from, article)).isTrue();
      }
    }
  }
}
