package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class ArabicSearchAnalyzerTest {
  private static List<String> terms(String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (ArabicSearchAnalyzer a = new ArabicSearchAnalyzer(); TokenStream ts = a.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  @Test
  void tatweelOnlyTokensDisappear() throws IOException {
    assertThat(terms("ـــ")).isEmpty();
    assertThat(terms("حصار ـــ حصار")).containsExactly("حصار", "حصار");
  }

  @Test
  void articleAndTehMarbutaFoldToOneTerm() throws IOException {
    assertThat(terms("المدينة")).isEqualTo(terms("مدينه"));
    assertThat(terms("الحصـــار")).isEqualTo(terms("حصار"));
  }

  @Test
  void stopWordsAndDigits() throws IOException {
    assertThat(terms("على")).isEmpty();
    assertThat(terms("٢٠٢٠")).containsExactly("2020");
  }
}
