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
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marsad.Pipeline;
import org.marsad.ingest.Source;
import org.marsad.model.Extraction;

/**
 * Kills a real ingesting JVM with SIGKILL inside the batched ingest (group commit of
 * {@link CrashIngestMain#BATCH} inputs) and between the transactions of the derivation after it,
 * resumes, and checks that the record equals, table by table, that of an uninterrupted run: each
 * batch is atomic and durable once committed, nothing is lost or duplicated, the derived data
 * (near-duplicate groups, fused events, status) is finished exactly, the index catches up.
 */
class CrashRecoveryTest {
  private static final int REPORTS = 640;
  /** Lines without content: refused, and not stored. */
  private static final Set<Integer> BAD = Set.of(100, 540);

  @TempDir static Path shared;
  @TempDir Path tmp;

  private static Path input;
  private static Function<Source, Extraction> work;
  private static Map<String, String> expected;

  @BeforeAll
  static void uninterruptedRun() throws IOException {
    input = shared.resolve("feed.jsonl");
    writeFeed(input);
    work = TestData.withSyntheticEvents(Pipeline.defaultPipeline());
    try (Store s = Store.open(StoreConfig.of(shared.resolve("fresh")))) {
      IngestSummary sum = new Ingestor(s, work, 2).ingest(List.of(input), null);
      assertThat(sum.added()).isEqualTo(REPORTS - BAD.size());
      assertThat(sum.rejected()).isEqualTo(BAD.size());
      Derivation.defaults().run(s);
      assertThat(s.counts().get("fused_events")).isPositive();
      assertThat(s.counts().get("status_intervals")).isPositive();
      signaturesMatchTexts(s);
      expected = new TreeMap<>(TestData.digests(s));
    }
  }

  /** Kill once the child printed this line (after the batch holding input N, or after a derivation step committed). */
  @ParameterizedTest
  @ValueSource(strings = {"stored 90", "stored 333", "stored 560", "derived cleared", "derived area chunk 1",
      "derived area chunk 3", "derived placeless"})
  void aKilledIngestResumesToTheSameRecord(String killAt) throws Exception {
    Path crashed = tmp.resolve("crashed");
    Process child = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"),
            "-Dfile.encoding=UTF-8", "-Xmx256m",
            CrashIngestMain.class.getName(), crashed.toString(), input.toString(), "1")
        .redirectError(tmp.resolve("child.err").toFile())
        .start();
    List<String> seen = new ArrayList<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        seen.add(line);
        if (line.equals(killAt)) {
          child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no close()
          break;
        }
      }
    }
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).as("killed by SIGKILL, see %s; it printed %s", tmp.resolve("child.err"),
        seen.subList(Math.max(0, seen.size() - 3), seen.size())).isEqualTo(137);
    assertThat(seen).as("the child must reach the kill point").contains(killAt);

    long afterKill;
    try (Store s = Store.open(StoreConfig.of(crashed))) {
      afterKill = s.counts().get("reports");
      Set<Long> batchEnds = new HashSet<>();
      for (int inputs = 0; inputs < REPORTS + CrashIngestMain.BATCH; inputs += CrashIngestMain.BATCH) {
        batchEnds.add(storedAfter(Math.min(inputs, REPORTS)));
      }
      // Group commit: a kill loses whole batches, never part of one...
      assertThat(batchEnds).contains(afterKill);
      if (killAt.startsWith("stored ")) {
        // ...and never one whose commit was reported (the listener runs after the commit).
        int n = Integer.parseInt(killAt.substring(7));
        int batchEnd = Math.min(REPORTS, (n + CrashIngestMain.BATCH - 1) / CrashIngestMain.BATCH * CrashIngestMain.BATCH);
        assertThat(afterKill).isBetween(storedAfter(batchEnd), (long) REPORTS - BAD.size());
      } else {
        assertThat(afterKill).isEqualTo(REPORTS - BAD.size());
      }
      // No half-written report: each has its synthetic event, which is written last of its events.
      assertThat(s.events(EventQuery.all()).stream().filter(e -> e.event().ruleId().equals("test:synthetic")).count())
          .isEqualTo(afterKill);
      assertThat(s.indexRecovery().checked()).isTrue();
      assertThat(s.indexedIds()).isEqualTo(ids(s));
      IngestSummary resumed = new Ingestor(s, work, 2, CrashIngestMain.BATCH).ingest(List.of(input), null);
      assertThat(resumed.known()).isEqualTo(afterKill);
      assertThat(resumed.added()).isEqualTo(REPORTS - BAD.size() - afterKill);
      Derivation.defaults().run(s);
    }
    try (Store s = Store.open(StoreConfig.of(crashed))) {
      assertThat(s.indexRecovery().checked()).as("closed cleanly after the resume").isFalse();
      signaturesMatchTexts(s);
      // Every table: reports, events, places, actors, rejects, signatures, band keys, pending marks,
      // record_meta, fused events, status intervals and their links.
      assertThat(new TreeMap<>(TestData.digests(s))).isEqualTo(expected);
      assertThat(s.counts().get("rejects")).isEqualTo(BAD.size());
      assertThat(s.indexedIds()).isEqualTo(ids(s));
      assertThat(s.search("التقرير", 5)).hasSize(5);
    }
  }

  /** Reports stored once the first {@code inputs} inputs are written. */
  private static long storedAfter(int inputs) {
    return inputs - BAD.stream().filter(b -> b < inputs).count();
  }

  private static void signaturesMatchTexts(Store s) {
    s.jdbi().useHandle(h -> h.createQuery("SELECT r.id, r.raw_text, g.signature FROM reports r JOIN report_signatures g"
            + " ON g.report_id = r.id").map((rs, c) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
        .forEach(r -> assertThat(r[2]).as(r[0]).isEqualTo(Signatures.encode(Signatures.DUPLICATES.signature(r[1])))));
  }

  private static HashSet<String> ids(Store s) {
    return new HashSet<>(s.jdbi().withHandle(h -> h.createQuery("SELECT id FROM reports").mapTo(String.class).list()));
  }

  /** REPORTS lines: small distinct reports, some near-duplicates of each other, and BAD lines without content. */
  private static void writeFeed(Path p) throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < REPORTS; i++) {
      if (BAD.contains(i)) {
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
