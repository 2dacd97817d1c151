package org.marsad.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The batch job on a local MiniCluster at parallelism 2 against the single-process path. */
@Timeout(value = 150, unit = TimeUnit.SECONDS)
class BatchJobTest {
  @TempDir Path tmp;

  private static void run(Path input, Path output) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(2);
    BatchJob.build(env, input.toString(), output.toString());
    env.execute("marsad batch test");
  }

  @Test
  void sameLinesAsOneProcess() throws Exception {
    Path input = SingleProcess.corpusOrSample();
    Path out = tmp.resolve("out");
    run(input, out);

    List<String> expected = SingleProcess.sortedLines(input);
    assertThat(expected).as("reference over %s", input).isNotEmpty();
    List<String> actual = SingleProcess.sortedLinesUnder(out.resolve("extractions"));
    assertThat(actual).hasSameSizeAs(expected);
    assertThat(actual).isEqualTo(expected);
    assertThat(SingleProcess.sortedLinesUnder(out.resolve("rejects"))).isEmpty();
    try (Stream<Path> parts = Files.list(out.resolve("extractions"))) {
      assertThat(parts.filter(f -> !f.getFileName().toString().startsWith(".")).count())
          .as("one file read by one reader is still extracted by both subtasks").isGreaterThanOrEqualTo(2);
    }
  }

  @Test
  void unreadableRecordsGoToRejectsAndTheRestGoesOn() throws Exception {
    List<String> good = SingleProcess.sampleRecords().subList(0, 3);
    List<String> records = new ArrayList<>(good);
    records.add(1, "{\"title\": \"بلا نص\"}");
    records.add("this is not JSON");
    records.add("");
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    Files.write(in.resolve("mixed.jsonl"), records, StandardCharsets.UTF_8);
    Files.write(tmp.resolve("good.jsonl"), good, StandardCharsets.UTF_8);
    Path out = tmp.resolve("out");
    run(in, out);

    assertThat(SingleProcess.sortedLinesUnder(out.resolve("extractions")))
        .isEqualTo(SingleProcess.sortedLines(tmp.resolve("good.jsonl")));
    List<String> rejects = SingleProcess.sortedLinesUnder(out.resolve("rejects"));
    assertThat(rejects).hasSize(2);
    assertThat(String.join("\n", rejects))
        .contains("no \\\"content\\\" string")
        .contains("not a JSON object")
        .contains("this is not JSON")
        .contains(in.toString());
  }
}
