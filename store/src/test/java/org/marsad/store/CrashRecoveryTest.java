package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.Pipeline;

/**
 * Kills a real ingesting JVM with SIGKILL mid-run, resumes, and checks the record equals that of
 * an uninterrupted run: each report is atomic, nothing is duplicated, the index catches up.
 */
class CrashRecoveryTest {
  private static final int REPORTS = 2000;
  private static final int KILL_AFTER = 400;

  @TempDir Path tmp;

  @Test
  void aKilledIngestResumesToTheSameRecord() throws Exception {
    Path input = tmp.resolve("feed.jsonl");
    writeFeed(input);
    Path crashed = tmp.resolve("crashed");

    Process child = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"),
            "-Dfile.encoding=UTF-8", "-Xmx512m",
            CrashIngestMain.class.getName(), crashed.toString(), input.toString(), "2")
        .redirectError(tmp.resolve("child.err").toFile())
        .start();
    int seen = 0;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("stored ") && Integer.parseInt(line.substring(7)) >= KILL_AFTER) {
          seen = Integer.parseInt(line.substring(7));
          child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no close()
          break;
        }
      }
    }
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).as("killed by SIGKILL, see %s", tmp.resolve("child.err")).isEqualTo(137);
    assertThat(seen).as("the child must have been killed mid-run").isBetween(KILL_AFTER, REPORTS - 1);

    var work = TestData.withSyntheticEvents(Pipeline.defaultPipeline());
    long afterKill;
    try (Store s = Store.open(StoreConfig.of(crashed))) {
      afterKill = s.counts().get("reports");
      assertThat(afterKill).isBetween(1L, (long) REPORTS - 2);
      // the kill left no half-written report: every stored report has its synthetic event, which
      // is written last of the report's events
      assertThat(s.events(EventQuery.all()).stream().filter(e -> e.event().ruleId().equals("test:synthetic")).count())
          .isEqualTo(afterKill);
      assertThat(s.indexRecovery().checked()).isTrue();
      assertThat(s.indexedIds()).isEqualTo(ids(s));
      IngestSummary resumed = new Ingestor(s, work, 2).ingest(List.of(input), null);
      assertThat(resumed.known()).isEqualTo(afterKill);
      assertThat(resumed.added()).isEqualTo(REPORTS - 2 - afterKill);
    }

    Path fresh = tmp.resolve("fresh");
    String expected;
    try (Store s = Store.open(StoreConfig.of(fresh))) {
      IngestSummary sum = new Ingestor(s, work, 2).ingest(List.of(input), null);
      assertThat(sum.added()).isEqualTo(REPORTS - 2);
      assertThat(sum.rejected()).isEqualTo(2);
      expected = TestData.digest(s);
    }
    try (Store s = Store.open(StoreConfig.of(crashed))) {
      assertThat(s.indexRecovery().checked()).as("closed cleanly after the resume").isFalse();
      assertThat(TestData.digest(s)).isEqualTo(expected);
      assertThat(s.counts().get("reports")).isEqualTo(REPORTS - 2L);
      assertThat(s.counts().get("rejects")).isEqualTo(2L);
      assertThat(s.indexedIds()).isEqualTo(ids(s));
      assertThat(s.search("التقرير", 5)).hasSize(5);
    }
  }

  private static HashSet<String> ids(Store s) {
    return new HashSet<>(s.jdbi().withHandle(h -> h.createQuery("SELECT id FROM reports").mapTo(String.class).list()));
  }

  /** REPORTS lines: small distinct reports, two of them bad (no content; a duplicate of line 1 is fine). */
  private static void writeFeed(Path p) throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < REPORTS; i++) {
      if (i == 100 || i == 1500) {
        lines.add("{\"title\": \"line without content " + i + "\"}");
        continue;
      }
      String text = "هذا التقرير رقم " + i + ". " + TestData.SENTENCES[i % TestData.SENTENCES.length];
      lines.add("{\"content\": \"" + text + "\", \"published\": \"2020-09-" + String.format("%02d", 1 + i % 28)
          + "\", \"outlet\": \"منفذ " + (i % 5) + "\", \"title\": \"تقرير " + i + "\"}");
    }
    Files.write(p, lines, StandardCharsets.UTF_8);
  }
}
