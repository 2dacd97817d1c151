package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, "a CLI a newcomer can trust": each test is one of the complaints, run through
 * {@link Main#run} on a real record made of the reports in {@code record/jasim-siege.jsonl}
 * (written for these tests).
 */
class TruthfulCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;
  private String data;
  private Path input;

  static CliRun run(String... args) {
    return CliRun.run(args);
  }

  @BeforeEach
  void ingest() throws IOException {
    input = tmp.resolve("jasim-siege.jsonl");
    try (InputStream r = getClass().getResourceAsStream("/record/jasim-siege.jsonl")) {
      Files.copy(r, input);
    }
    data = tmp.resolve("data").toString();
    CliRun r = run("ingest", input.toString(), "--data", data, "--threads", "1", "--quiet");
    assertThat(r.code()).as(r.err()).isZero();
  }

  @Test
  void statusDefaultsToTheNewestReportsDateAndSaysHowOldTheDataIs() {
    CliRun r = run("status", "--data", data);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("as of 2020-03-20, the newest report's date").contains("days old");
    assertThat(r.out()).doesNotContain(java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString() + ":");
    CliRun before = run("status", "--data", data, "--as-of", "2020-03-15", "--format", "json");
    assertThat(before.err()).doesNotContain("newest report");
  }

  @Test
  void oneCountOfIndependentSourcesInTableListAndJson() throws IOException {
    CliRun json = run("status", "--data", data, "--as-of", "2020-03-15", "--format", "json");
    JsonNode jasim = JSON.readTree(json.out()).get(0);
    int n = jasim.get("independent_sources").asInt();
    assertThat(jasim.get("independent_source_groups")).hasSize(n);
    // Two outlets' syndicated copies of one report count once; the third report told of the same siege
    // (at PARTIAL, before the copies made it FULL): the siege's episode has two independent sources
    // (track.Episode), so HIGH, and the copies are one group of two.
    assertThat(n).isEqualTo(2);
    java.util.Set<String> reports = new java.util.TreeSet<>();
    jasim.get("sources").forEach(x -> reports.add(x.get("report").asText()));
    assertThat(reports).hasSize(3);
    java.util.List<Long> groupReports = new java.util.ArrayList<>();
    jasim.get("independent_source_groups").forEach(g -> {
      java.util.Set<String> r = new java.util.TreeSet<>();
      g.forEach(x -> r.add(x.asText()));
      groupReports.add((long) r.size());
    });
    assertThat(groupReports).containsExactlyInAnyOrder(1L, 2L);
    assertThat(jasim.get("confidence").asText()).isEqualTo("HIGH");
    CliRun table = run("status", "--data", data, "--as-of", "2020-03-15");
    assertThat(table.out()).containsPattern("\\s" + n + " high\\s").contains(n + (n == 1 ? " independent source: " : " independent sources: "))
        .contains("(+1 copy)");
  }

  @Test
  void aNameOfSeveralPlacesGetsARankedDidYouMeanListNotASilentPick() {
    CliRun r = run("status", "اليرموك", "--data", data);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("names several places; did you mean:").contains("Yarmouk Camp (Damascus)")
        .contains("[sy.camp.yarmouk]").contains("(Daraa)");
    assertThat(r.err().lines().count()).isEqualTo(1);
    CliRun typo = run("events", "--place", "Jasem", "--data", data);
    assertThat(typo.code()).isEqualTo(2);
    assertThat(typo.err()).contains("did you mean: Jasim (Daraa) [SYPT0066]");
    assertThat(run("events", "--place", "Jassem", "--data", data).code()).as("an alias is exact").isZero();
  }

  @Test
  void aPlaceWrittenWithItsKindWordIsThatPlace() {
    // reports write "مدينة جاسم", "the town of Jasim"; the kind word is no part of the name
    assertThat(run("events", "--place", "مدينة جاسم", "--data", data).code()).isZero();
    assertThat(run("status", "the town of Jasim", "--data", data).code()).isZero();
    CliRun none = run("status", "مدينة لا وجود لها", "--data", data);
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).contains("no place named \"مدينة لا وجود لها\"");
  }

  @Test
  void aGovernorateRollsUpToItsPlacesAndAdmin1AndCountryFilter() throws IOException {
    JsonNode all = JSON.readTree(run("events", "--data", data).out());
    JsonNode daraa = JSON.readTree(run("events", "--place", "محافظة درعا", "--data", data).out());
    long atJasim = 0;
    for (JsonNode e : all) {
      atJasim += "SYPT0066".equals(e.at("/place/id").asText()) ? 1 : 0;
    }
    assertThat(atJasim).isPositive();
    assertThat(daraa.size()).isGreaterThanOrEqualTo((int) atJasim);
    assertThat(JSON.readTree(run("events", "--admin1", "SY12", "--data", data).out()).size()).isEqualTo(daraa.size());
    assertThat(JSON.readTree(run("events", "--admin1", "SY01", "--data", data).out())).isEmpty();
    assertThat(JSON.readTree(run("events", "--country", "IQ", "--data", data).out())).isEmpty();
    JsonNode status = JSON.readTree(run("status", "SY12", "--as-of", "2020-03-15", "--format", "json", "--data", data).out());
    assertThat(status).hasSize(1);
    assertThat(status.get(0).at("/place/id").asText()).isEqualTo("SYPT0066");
  }

  @Test
  void eventExportsCarryTheEvidenceQuoteAndTheReportUrl() throws IOException {
    JsonNode events = JSON.readTree(run("events", "--place", "SYPT0066", "--type", "SIEGE", "--data", data).out());
    assertThat(events).isNotEmpty();
    String all = events.toString();
    assertThat(all).contains("\"evidence\":\"").contains("حصار").contains("https://example.org/a");
    CliRun csv = run("events", "--place", "SYPT0066", "--format", "csv", "--data", data);
    assertThat(csv.out().lines().findFirst().orElseThrow()).endsWith(",evidence,urls");
    assertThat(csv.out()).contains("https://example.org/a").contains("حصار");
  }

  @Test
  void readCommandsRefuseAMissingRecordWithoutCreatingOne() {
    Path none = tmp.resolve("typo");
    for (String cmd : new String[] {"status", "events", "rejects"}) {
      CliRun r = run(cmd, "--data", none.toString());
      assertThat(r.code()).as(cmd).isEqualTo(2);
      assertThat(r.err()).startsWith("marsad: no record at ").doesNotContain("Exception");
      assertThat(r.err().lines().count()).isEqualTo(1);
    }
    assertThat(Files.exists(none)).isFalse();
  }

  @Test
  void anIngestOfOnlyRejectedInputsFailsAndRejectsListsThem() throws IOException {
    Path bad = tmp.resolve("bad.jsonl");
    Files.writeString(bad, "{\"title\": \"no content\"}\nnot json at all\n", StandardCharsets.UTF_8);
    CliRun r = run("ingest", bad.toString(), "--data", data, "--quiet");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("nothing was accepted").contains("marsad rejects");
    CliRun rejects = run("rejects", "--data", data);
    assertThat(rejects.code()).isZero();
    assertThat(rejects.out()).contains("2 rejected inputs").contains("bad.jsonl#1").contains("no \"content\" string")
        .contains("bad.jsonl#2");
    assertThat(run("ingest", input.toString(), "--data", data, "--quiet").code()).as("all known is not a failure").isZero();
  }

  @Test
  void extractReadsJsonLinesOneReportPerLine() {
    CliRun r = run("extract", input.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().lines().filter(l -> !l.isBlank()).count()).isEqualTo(4);
    assertThat(r.out()).contains("SYPT0066").doesNotContain("\\\"content\\\"");
  }

  @Test
  void aBadArgumentGetsOneLineNamingItAndTheUsageHint() {
    CliRun r = run("extract", input.toString(), "--published", "2020-13-45");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().lines().count()).isEqualTo(1);
    assertThat(r.err()).contains("--published").contains("2020-13-45").contains("YYYY-MM-DD")
        .contains("marsad extract --help").doesNotContain("Exception").doesNotContain("java.");
    CliRun s = run("status", "--as-of", "yesterday", "--data", data);
    assertThat(s.err().lines().count()).isEqualTo(1);
    assertThat(s.err()).contains("--as-of").contains("marsad status --help");
    CliRun db = run("events", "--db", "/tmp/not-a-jdbc-url");
    assertThat(db.code()).isEqualTo(2);
    assertThat(db.err().lines().count()).isEqualTo(1);
    assertThat(db.err()).contains("/tmp/not-a-jdbc-url").contains("--data").doesNotContain("Exception");
  }

  @Test
  void reportsShowPrintsAStoredReportWithItsEventsAndEvidence() throws IOException {
    JsonNode events = JSON.readTree(run("events", "--place", "SYPT0066", "--type", "SIEGE", "--data", data).out());
    String id = events.get(0).at("/sources/0/report").asText();
    CliRun r = run("reports", "show", id.substring(0, 12), "--data", data);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("report " + id).contains("events:").contains(" SIEGE").contains("evidence: \u00ab")
        .contains("place: Jasim [SYPT0066]").contains("rule: ");
    assertThat(run("reports", "show", "00000000", "--data", data).err()).contains("no report 00000000");
  }

  /** A record held open by another process (an ingest, a server) is still readable; no stack trace. */
  @Test
  void readersWorkWhileAnotherProcessHoldsTheRecord() throws Exception {
    Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), HoldRecordMain.class.getName(), data)
        .redirectError(tmp.resolve("holder.err").toFile()).start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(out.readLine()).as("see %s", tmp.resolve("holder.err")).isEqualTo("open 4");
      CliRun status = run("status", "--as-of", "2020-03-15", "--data", data);
      assertThat(status.code()).as(status.err()).isZero();
      assertThat(status.out()).contains("Jasim");
      assertThat(run("events", "--data", data).code()).isZero();
      CliRun second = run("ingest", input.toString(), "--data", data, "--quiet");
      assertThat(second.code()).isEqualTo(1);
      assertThat(second.err().lines().count()).isEqualTo(1);
      assertThat(second.err()).contains("being written by another marsad process").doesNotContain("Exception");
    } finally {
      holder.getOutputStream().close();
      assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
  }
}
