package org.marsad.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.marsad.Pipeline;

class CorpusTest {
  @Test
  void missingCorpusFailsNamingWhereItIsExpected() {
    assertThatThrownBy(() -> Corpus.load(Path.of("/nonexistent/reports.jsonl"), Pipeline.defaultPipeline()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("/nonexistent/reports.jsonl")
        .hasMessageContaining(Corpus.DEFAULT.toString())
        .hasMessageContaining("-Dmarsad.corpus=PATH");
  }

  @Test
  void loadsEveryRecordOfTheSample() throws Exception {
    assertThat(Corpus.load(HeapCheckTest.sample(), Pipeline.defaultPipeline())).hasSize(8)
        .allSatisfy(r -> assertThat(r.meta().id()).hasSize(64));
  }
}
