package org.marsad.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotationsTest {
  private static String marked(String text) {
    boolean[] in = Quotations.inside(text);
    StringBuilder b = new StringBuilder();
    for (boolean x : in) {
      b.append(x ? '^' : '.');
    }
    return b.toString();
  }

  @Test
  void straightCurlyAndGuillemetQuotes() {
    assertThat(marked("a \"bc\" d")).isEqualTo("...^^...");
    assertThat(marked("a “bc” d")).isEqualTo("...^^...");
    assertThat(marked("قال «نحن» هنا")).isEqualTo(".....^^^.....");
  }

  @Test
  void anUnclosedQuotationEndsWithItsParagraph() {
    assertThat(marked("a \"bc\nde")).isEqualTo("...^^...");
  }

  @Test
  void otherMarksInsideAQuotationDoNotCloseIt() {
    assertThat(marked("«a \"b\" c» d")).isEqualTo(".^^^^^^^...");
  }
}
