package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code marsad ingest}, {@code status} and {@code events} through {@link Main#run}, on a real
 * record in a temporary folder. {@code record/jasim-siege.jsonl} holds four short reports written
 * for these tests (a fictional siege of a real town; one outlet's name has a quote and a comma,
 * one title a terminal escape and a spreadsheet formula).
 */
class StatusEventsCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;
  private String data;

  static CliRun run(String... args) {
    return CliRun.run(args);
  }

  @BeforeEach
  void ingest() throws IOException {
    Path in = tmp.resolve("jasim-siege.jsonl");
    try (InputStream r = getClass().getResourceAsStream("/record/jasim-siege.jsonl")) {
      Files.copy(r, in);
    }
    data = tmp.resolve("data").toString();
    CliRun r = run("ingest", in.toString(), "--data", data, "--threads", "1");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("reports: 4 new").contains("derived: ").contains("1 syndicated copies");
  }

  @Test
  void statusListsTheBesiegedTownAsJsonWithItsSourcesAndTheDisagreement() throws IOException {
    CliRun r = run("status", "--as-of", "2020-03-10", "--format", "json", "--data", data);
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode list = JSON.readTree(r.out());
    assertThat(list.isArray()).isTrue();
    assertThat(list).hasSize(1);
    JsonNode jasim = list.get(0);
    assertThat(jasim.at("/place/id").asText()).isEqualTo("SYPT0066");
    assertThat(jasim.at("/place/name_ar").asText()).isEqualTo("جاسم");
    assertThat(jasim.at("/place/lat").asDouble()).isBetween(32.9, 33.1);
    assertThat(jasim.at("/place/admin1").isTextual()).isTrue();
    assertThat(jasim.get("level").asText()).isIn("PARTIAL_SIEGE", "FULL_SIEGE");
    assertThat(jasim.get("since").asText()).startsWith("2020-03-0");
    assertThat(jasim.has("movement") && jasim.has("food") && jasim.has("medicine")).isTrue();
    List<String> outlets = new ArrayList<>();
    jasim.get("sources").forEach(s -> outlets.add(s.get("outlet").asText()));
    assertThat(outlets).isNotEmpty();
    // The title with an escape character survives as JSON text, escaped, not raw.
    assertThat(r.out()).doesNotContain("\u001b");
  }

  @Test
  void statusAsOfAfterTheLiftingSaysLifted() throws IOException {
    JsonNode list = JSON.readTree(run("status", "--as-of", "2020-03-25", "--format", "json", "--data", data).out());
    assertThat(list).hasSize(1);
    assertThat(list.get(0).get("level").asText()).isEqualTo("LIFTED");
    assertThat(list.get(0).get("since").asText()).isEqualTo("2020-03-20");
    assertThat(JSON.readTree(run("status", "--as-of", "2020-02-01", "--format", "json", "--data", data).out())).isEmpty();
  }

  @Test
  void statusOfOnePlaceByArabicOrEnglishNameOrIdIsItsTimeline() throws IOException {
    CliRun ar = run("status", "جاسم", "--data", data);
    assertThat(ar.code()).as(ar.err()).isZero();
    assertThat(ar.out()).contains("Jasim / جاسم [SYPT0066").contains("2020-03-05").contains("LIFTED")
        .contains("disagree: siege (imposed) date: 2020-03-05 per");
    JsonNode en = JSON.readTree(run("status", "Jasim", "--format", "json", "--as-of", "2020-03-31", "--data", data).out());
    assertThat(en.at("/place/id").asText()).isEqualTo("SYPT0066");
    JsonNode tl = en.get("timeline");
    assertThat(tl.get(0).get("from").asText()).isEqualTo("2020-03-05");
    assertThat(tl.get(tl.size() - 1).get("level").asText()).isEqualTo("LIFTED");
    assertThat(tl.get(tl.size() - 1).get("to").isNull()).isTrue();
    assertThat(tl.get(0).get("disagreements").toString()).contains("2020-03-07");
    JsonNode byId = JSON.readTree(run("status", "SYPT0066", "--format", "json", "--as-of", "2020-03-31", "--data", data).out());
    assertThat(byId.get("timeline")).isEqualTo(tl);
  }

  @Test
  void statusOfAnUnknownPlaceIsBadInput() {
    CliRun r = run("status", "لا يوجد مكان بهذا الاسم", "--data", data);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("no place named");
  }

  @Test
  void eventsAsCsvAreQuotedAndGuardedAgainstFormulas() {
    CliRun r = run("events", "--type", "SIEGE", "--format", "csv", "--data", data);
    assertThat(r.code()).as(r.err()).isZero();
    List<List<String>> rows = parseCsv(r.out());
    assertThat(rows.get(0)).containsExactlyElementsOf(EventsCommand.CSV_COLUMNS);
    assertThat(rows).hasSizeGreaterThanOrEqualTo(3);
    for (List<String> row : rows) {
      assertThat(row).hasSize(EventsCommand.CSV_COLUMNS.size());
    }
    int outlets = EventsCommand.CSV_COLUMNS.indexOf("outlets");
    int sources = EventsCommand.CSV_COLUMNS.indexOf("independent_sources");
    List<String> imposed = rows.stream().filter(row -> row.get(15).contains("imposed")).findFirst().orElseThrow();
    assertThat(imposed.get(outlets)).contains("وكالة \"الخبر\", دمشق").contains("شبكة الأنباء");
    assertThat(imposed.get(sources)).isEqualTo("2");
    assertThat(imposed.get(EventsCommand.CSV_COLUMNS.indexOf("date"))).isEqualTo("2020-03-05");
  }

  @Test
  void eventsAsJsonFilterByPlaceAndDates() throws IOException {
    CliRun r = run("events", "--place", "جاسم", "--from", "2020-03-15", "--to", "2020-03-31", "--data", data);
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode arr = JSON.readTree(r.out());
    assertThat(arr.isArray()).isTrue();
    assertThat(arr).isNotEmpty();
    for (JsonNode e : arr) {
      assertThat(e.at("/place/id").asText()).isEqualTo("SYPT0066");
      assertThat(e.at("/date/value").asText()).isBetween("2020-03-15", "2020-03-31");
    }
    assertThat(arr.toString()).contains("lifted");
    JsonNode all = JSON.readTree(run("events", "--data", data).out());
    assertThat(all.size()).isGreaterThan(arr.size());
    assertThat(run("events", "--from", "2020-04-01", "--to", "2020-03-01", "--data", data).code()).isEqualTo(2);
  }

  @Test
  void tableOutputNeutralisesControlCharacters() {
    assertThat(TextOut.cell("a\u001b[31mb\nc\u202ed")).isEqualTo("a [31mb c d");
    assertThat(TextOut.csvText("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(TextOut.csvText("a,b")).isEqualTo("\"a,b\"");
    assertThat(TextOut.csvText("سطر\nثان")).isEqualTo("\"سطر\nثان\"");
  }

  /** The seed through a plain file with --published and --outlet. */
  @Test
  void seedFileWithPublishedDateGivesKanakerFullSiegeFrom29September() throws IOException {
    Path seed = Path.of("../core/src/test/resources/seed/kanaker-2020-09-29.ar.txt");
    assertThat(seed).as("the seed report ships in core's test resources").exists();
    String seedData = tmp.resolve("seed-data").toString();
    CliRun in = run("ingest", seed.toString(), "--published", "2020-09-29", "--outlet", "العربي الجديد", "--data", seedData);
    assertThat(in.code()).as(in.err()).isZero();
    JsonNode list = JSON.readTree(run("status", "--as-of", "2020-09-29", "--format", "json", "--data", seedData).out());
    JsonNode kanaker = null;
    for (JsonNode c : list) {
      if (c.at("/place/name_ar").asText().equals("كناكر")) {
        kanaker = c;
      }
    }
    assertThat(kanaker).as("Kanaker is on the 2020-09-29 list").isNotNull();
    assertThat(kanaker.get("food").asText()).isEqualTo("blocked");
    assertThat(kanaker.get("level").asText()).isEqualTo("FULL_SIEGE");
    assertThat(kanaker.get("since").asText()).isEqualTo("2020-09-29");
    assertThat(kanaker.get("sources").get(0).get("outlet").asText()).isEqualTo("العربي الجديد");
    JsonNode tl = JSON.readTree(run("status", "كناكر", "--format", "json", "--data", seedData).out()).get("timeline");
    assertThat(tl.get(0).get("level").asText()).isEqualTo("PARTIAL_SIEGE");
    assertThat(tl.get(0).get("from").asText()).isEqualTo("2020-09-25");
  }

  /** A small RFC 4180 reader: quoted fields, doubled quotes, CRLF records. */
  static List<List<String>> parseCsv(String s) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
          f.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          f.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(f.toString());
        f.setLength(0);
      } else if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
        row.add(f.toString());
        f.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        f.append(c);
      }
    }
    return rows;
  }
}
