package org.marsad.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.clean.ArabicNormalizer;
import org.marsad.clean.Token;
import org.marsad.clean.Tokenizer;
import org.marsad.lexicon.Words;

/** The cheap test that lets the parser skip a word never skips one that starts a time form. */
class TimeLexiconPrefilterTest {
  private static final String[] STEMS = {"العام", "عام", "الجمعة", "جمعة", "أمس", "الأمس", "يوم", "اليوم", "شهر", "منذ",
      "الماضي", "يناير", "آن", "ان", "ام", "عا", "م", "ال", "لم", "سنة", "الساعة", "أيام"};
  private static final String[] PREFIXES = {"", "و", "ف", "ب", "ل", "ك", "ال", "لل", "وب", "ول", "وال", "فلل", "ولل", "فب", "بال"};

  @Test
  void everyWordThatStartsATimeFormIsTried() {
    TimeLexicon lex = TimeLexicon.loadDefault();
    Random r = new Random(11);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      text.append(PREFIXES[r.nextInt(PREFIXES.length)]).append(STEMS[r.nextInt(STEMS.length)]);
      text.append(r.nextInt(4) == 0 ? " " + STEMS[r.nextInt(STEMS.length)] : "").append(' ');
    }
    String norm = ArabicNormalizer.fold(text.toString());
    List<Token> toks = Tokenizer.tokenize(norm);
    Words words = Words.of(toks);
    int found = 0;
    List<LexMatch> out = new ArrayList<>();
    for (int i = 0; i < toks.size(); i++) {
      out.clear();
      lex.match(norm, toks, i, out);
      if (!out.isEmpty()) {
        found++;
        assertThat(lex.mayMatch(words, i)).as(toks.get(i).text()).isTrue();
      }
    }
    assertThat(found).isGreaterThan(1000);
  }
}
