package org.marsad.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RatioTest {
  @TempDir Path tmp;

  private Path result(String body) throws Exception {
    Path f = tmp.resolve("jmh.json");
    Files.writeString(f, body, StandardCharsets.UTF_8);
    return f;
  }

  private static String bench(String name, double score, String error) {
    return "{\"benchmark\":\"org.marsad.bench.PipelineBench." + name + "\",\"mode\":\"thrpt\","
        + "\"primaryMetric\":{\"score\":" + score + ",\"scoreError\":" + error + ",\"scoreUnit\":\"ops/s\","
        + "\"scorePercentiles\":{\"0.0\":1,\"50.0\":" + (score * 0.9) + "}}}";
  }

  @Test
  void dividesPipelineByTheLuceneFloor() throws Exception {
    Path f = result("[" + bench("luceneArabicAnalyzer", 4000, "40") + "," + bench("marsadClean", 3000, "30")
        + "," + bench("marsadPipeline", 1000, "50") + "]");
    double[] r = Ratio.ratio(Ratio.read(f));
    assertThat(r[0]).isCloseTo(0.25, within(1e-9));
    assertThat(r[1]).isCloseTo(0.25 * (0.05 + 0.01), within(1e-9));
    assertThat(Ratio.report(Ratio.read(f))).contains("marsadClean").contains("= 0.2500").contains("floor / pipeline = 4.0")
        .contains("(median 900.0)").contains("ratio of medians = 0.2500");
  }

  @Test
  void namesWhatIsMissing() throws Exception {
    Path f = result("[" + bench("marsadClean", 3000, "\"NaN\"") + "]");
    assertThatThrownBy(() -> Ratio.ratio(Ratio.read(f))).hasMessageContaining("luceneArabicAnalyzer")
        .hasMessageContaining("[marsadClean]");
  }
}
