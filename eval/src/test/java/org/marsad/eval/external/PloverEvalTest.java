package org.marsad.eval.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.BadInputException;
import org.marsad.Pipeline;
import org.marsad.model.EventType;

/** The PLOVER check on sentences of our own in the PLOVER record format (plover/sample.json). */
class PloverEvalTest {
  static List<PloverSentence> sample() throws IOException {
    try (InputStream in = PloverEvalTest.class.getResourceAsStream("/plover/sample.json")) {
      return PloverReader.parse(in, "sample.json");
    }
  }

  @Test
  void readsCategoriesAndSkipsDocumentation() throws IOException {
    List<PloverSentence> s = sample();
    assertThat(s).extracting(PloverSentence::category).containsExactly(PloverCategory.ASSAULT, PloverCategory.AGREE,
        PloverCategory.PROTEST, PloverCategory.SANCTION, PloverCategory.AID);
    assertThat(s.get(0).mode()).isEqualTo("aerial");
    assertThat(s.get(1).mode()).isEmpty();
  }

  @Test
  void aRecordWithoutTextIsBadInputNamingIt() {
    InputStream in = new ByteArrayInputStream("[{\"id\":\"X-1\",\"event\":\"AGREE\"}]".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> PloverReader.parse(in, "t.json")).isInstanceOf(BadInputException.class).hasMessageContaining("record 1");
  }

  @Test
  void theHalfDependsOnlyOnTheId() {
    PloverSentence a = new PloverSentence("PLOVER-GSR01-AGREE-0003", PloverCategory.AGREE, "", "one text");
    PloverSentence b = new PloverSentence("PLOVER-GSR01-AGREE-0003", PloverCategory.REJECT, "", "another text");
    assertThat(a.half()).isEqualTo(b.half());
    // CRC-32("a") = 0xE8B7BE43 (odd), CRC-32("b") = 0x71BEEFF9 (odd), CRC-32("c") = 0x06B9DF6F (odd), CRC-32("d") = 0x98DD4ACC (even)
    assertThat(new PloverSentence("a", PloverCategory.AGREE, "", "t").half()).isEqualTo(PloverSentence.Half.HELD_OUT);
    assertThat(new PloverSentence("d", PloverCategory.AGREE, "", "t").half()).isEqualTo(PloverSentence.Half.TUNING);
  }

  @Test
  void countsRecallOfMappedTypesAndEventsOnUnmodelledCategories() {
    PloverSentence fight = new PloverSentence("d", PloverCategory.FIGHT, "", "t");
    PloverSentence threat = new PloverSentence("a", PloverCategory.THREATEN, "", "t");
    PloverSentence reject = new PloverSentence("b", PloverCategory.REJECT, "", "t");
    PloverReport r = PloverReport.of(List.of(
        new PloverOutcome(fight, Set.of(EventType.CONTROL_CHANGE)), // a mapped type of FIGHT
        new PloverOutcome(threat, Set.of(EventType.ATTACK)), // an event, but not THREAT
        new PloverOutcome(reject, Set.of(EventType.NEGOTIATION))));
    assertThat(r.mapped()).isEqualTo(new PloverReport.Counts(2, 1, 2));
    assertThat(r.unmodelled()).isEqualTo(new PloverReport.Counts(1, 0, 1));
    assertThat(r.byCategory().get(PloverCategory.THREATEN).found()).isZero();
    assertThat(r.mappedByHalf().get(PloverSentence.Half.TUNING)).isEqualTo(new PloverReport.Counts(1, 1, 1));
    assertThat(r.render()).contains("mapped-type recall 0.500 (1/2)").contains("event rate 1.000 (1/1)");
    assertThat(r.json()).contains("\"recall\" : 0.5");
  }

  @Test
  void thePipelineFindsTheMappedTypesAndNothingOnUnmodelledSentences() throws IOException {
    PloverReport r = PloverReport.of(PloverEval.run(sample(), Pipeline.defaultPipeline()));
    assertThat(r.mapped()).isEqualTo(new PloverReport.Counts(3, 3, 3));
    assertThat(r.unmodelled()).isEqualTo(new PloverReport.Counts(2, 0, 0));
  }
}
