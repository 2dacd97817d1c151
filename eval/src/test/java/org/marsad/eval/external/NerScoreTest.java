package org.marsad.eval.external;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.marsad.eval.Prf;
import org.junit.jupiter.api.Test;

class NerScoreTest {
  @Test
  void bioSpansFollowConlleval() {
    List<String> tags = List.of("B-LOC", "I-LOC", "O", "I-LOC", "B-LOC", "B-LOC", "B-PERS", "I-LOC");
    assertThat(Bio.spans(tags, "LOC")).containsExactly(
        new TokenSpan(0, 2), new TokenSpan(3, 4), new TokenSpan(4, 5), new TokenSpan(5, 6), new TokenSpan(7, 8));
    assertThat(Bio.spans(tags, "PERS")).containsExactly(new TokenSpan(6, 7));
    assertThat(Bio.tags(4, List.of(new TokenSpan(1, 3)), "LOC")).containsExactly("O", "B-LOC", "I-LOC", "O");
  }

  @Test
  void exactSpansCountOnlyIdenticalBoundaries() {
    List<TokenSpan> gold = List.of(new TokenSpan(0, 1), new TokenSpan(3, 5), new TokenSpan(7, 8));
    List<TokenSpan> pred = List.of(new TokenSpan(0, 1), new TokenSpan(3, 4), new TokenSpan(9, 10));
    assertThat(NerScore.spans(gold, pred)).isEqualTo(new Prf(1, 2, 2));
    // the boundary error (3,4) against (3,5) is right when overlap is enough
    assertThat(NerScore.overlap(gold, pred)).isEqualTo(new Prf(2, 1, 1));
  }

  @Test
  void tokensTellBFromI() {
    List<String> gold = List.of("B-LOC", "I-LOC", "O", "B-LOC", "O");
    List<String> pred = List.of("B-LOC", "B-LOC", "B-LOC", "B-LOC", "O");
    // token 1: gold I, predicted B: one fp and one fn; token 2: fp
    assertThat(NerScore.tokens(gold, pred, "LOC")).isEqualTo(new Prf(2, 2, 1));
  }
}
