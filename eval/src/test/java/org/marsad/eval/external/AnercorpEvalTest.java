package org.marsad.eval.external;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.marsad.eval.Prf;
import org.marsad.model.Span;
import org.junit.jupiter.api.Test;

class AnercorpEvalTest {
  // Our own sentences: a minister travels between capitals; "وبيروت" carries the clitic و.
  static final String CONLL = String.join("\n",
      "زار O", "الوزير O", "دمشق B-LOC", "أمس O", "ثم O", "توجه O", "إلى O", "عمان B-LOC", ". O",
      "وصل O", "الوفد O", "إلى O", "القاهرة B-LOC", "وبيروت B-LOC", "في O", "الأسبوع O", "الماضي O", ". O",
      "زار O", "الرئيس O", "أمير B-PERS", "ولاية B-LOC", "تكساس I-LOC", ". O", "");

  @Test
  void theRealRecogniserOnOurSentencesMapsClitickedNamesToWholeTokens() {
    List<List<ConllToken>> s = ConllReader.parse(CONLL);
    AnercorpReport r = AnercorpEval.run(s, PlaceRecogniser.loadDefault()::spans, 2);
    assertThat(r.sentences()).isEqualTo(3);
    assertThat(r.goldSpans()).isEqualTo(5);
    // دمشق, عمان, القاهرة, وبيروت are known; ولاية تكساس is not in the gazetteer
    assertThat(r.spans().tp()).isEqualTo(4);
    assertThat(r.spans().fn()).isEqualTo(1);
    assertThat(r.falseNegatives()).containsEntry("ولاية تكساس", 1);
  }

  @Test
  void falsePositivesAndBoundaryErrorsAreCountedBySurface() {
    List<List<ConllToken>> s = ConllReader.parse(CONLL);
    // a recogniser that calls "الوزير دمشق" one place and "الوفد" a place, by character offsets
    Function<String, List<Span>> fake = text -> {
      List<Span> out = new ArrayList<>();
      int a = text.indexOf("الوزير دمشق");
      if (a >= 0) {
        out.add(new Span(a, a + "الوزير دمشق".length()));
      }
      int b = text.indexOf("الوفد");
      if (b >= 0) {
        out.add(new Span(b + 1, b + 3)); // inside the token: the whole token counts
      }
      return out;
    };
    AnercorpReport r = AnercorpEval.run(ConllReader.parse(CONLL), fake, 1);
    assertThat(r.spans()).isEqualTo(new Prf(0, 2, 5));
    assertThat(r.boundaryErrors()).isEqualTo(1);
    assertThat(r.falsePositives()).isEqualTo(Map.of("الوزير دمشق", 1, "الوفد", 1));
    assertThat(r.overlap().tp()).isEqualTo(1);
    assertThat(r.render(3)).contains("F1 0.000").contains("الوفد");
  }
}
