package org.marsad.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.eval.gold.GoldDocument;
import org.marsad.eval.gold.GoldFiles;
import org.junit.jupiter.api.Test;

/**
 * Every gold file of the shared dev set loads, its evidence is found in its text, and a prediction
 * built from it scores 1. Skipped where the shared fixtures are absent (an evaluation-style check of
 * the gold files, not of the scorer alone).
 */
class DevGoldTest {
  static final Path DEV = Path.of("/work/shared/fixtures/dev");

  @Test
  void perfectPredictionsOfTheDevSetScoreOne() throws IOException {
    assumeTrue(Files.isDirectory(DEV), "shared dev fixtures absent at " + DEV + ": skipped");
    List<EvalRunner.GoldPair> pairs = EvalRunner.findPairs(DEV);
    assertThat(pairs).isNotEmpty();
    List<DocumentScore> scores = new ArrayList<>();
    for (EvalRunner.GoldPair p : pairs) {
      GoldDocument gold = GoldFiles.load(p.gold());
      String text = Files.readString(p.text(), StandardCharsets.UTF_8);
      scores.add(Scorer.score(p.name(), gold, text, PerfectPrediction.of(gold, text)));
    }
    EvalSummary s = new EvalSummary(scores);
    assertThat(s.warnings()).isEmpty();
    assertThat(s.overall().f1()).isEqualTo(1.0);
    assertThat(s.overall().fp()).isZero();
    assertThat(s.attributeErrors()).isEmpty();
    assertThat(s.duplicates().fn()).isZero();
  }
}
