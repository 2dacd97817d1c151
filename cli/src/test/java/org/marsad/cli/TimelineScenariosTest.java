package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Multi-report siege timelines beyond Syria (Yemen, Sudan, Gaza, Iraq, Somalia, Libya), in Arabic
 * and English, read through {@code marsad status} as a user would: levels over time, the day a
 * siege was lifted, independent sources (a syndicated copy once, a denial not at all) and who
 * besieges whom. The reports ({@code timelines/NAME.jsonl}) and what they must show
 * ({@code timelines/expected.json}) were written for this test; docs/quality.md ("Timelines")
 * says what each scenario showed before the fixes.
 */
class TimelineScenariosTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path tmp;
  private static String data;

  @BeforeAll
  static void ingestAllScenariosIntoOneRecord() throws IOException {
    Path dir = tmp.resolve("timelines");
    Files.createDirectories(dir);
    for (String name : names()) {
      try (InputStream in = TimelineScenariosTest.class.getResourceAsStream("/timelines/" + name + ".jsonl")) {
        Files.copy(in, dir.resolve(name + ".jsonl"));
      }
    }
    data = tmp.resolve("data").toString();
    CliRun r = CliRun.run("ingest", dir.toString(), "--data", data, "--threads", "1");
    assertThat(r.code()).as(r.err()).isZero();
  }

  private static JsonNode expected() throws IOException {
    try (InputStream in = TimelineScenariosTest.class.getResourceAsStream("/timelines/expected.json")) {
      return JSON.readTree(in);
    }
  }

  private static List<String> names() throws IOException {
    List<String> out = new ArrayList<>();
    expected().fieldNames().forEachRemaining(n -> {
      if (!n.startsWith("_")) {
        out.add(n);
      }
    });
    return out;
  }

  @TestFactory
  List<DynamicTest> eachScenarioTellsItsStory() throws IOException {
    JsonNode all = expected();
    List<DynamicTest> tests = new ArrayList<>();
    for (String name : names()) {
      tests.add(DynamicTest.dynamicTest(name, () -> check(name, all.get(name))));
    }
    return tests;
  }

  private static void check(String name, JsonNode x) throws IOException {
    String place = x.get("place").asText();
    JsonNode tl = json("status", place, "--as-of", x.get("as_of").asText()).get("timeline");
    assertThat(tl).as("%s: %s has a timeline", name, place).isNotEmpty();
    for (Iterator<Map.Entry<String, JsonNode>> it = x.get("levels").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      List<String> allowed = new ArrayList<>();
      e.getValue().forEach(v -> allowed.add(v.asText()));
      assertThat(levelOn(tl, LocalDate.parse(e.getKey()))).as("%s: level on %s in %s", name, e.getKey(), tl).isIn(allowed);
    }
    if (x.has("lifted_from")) {
      List<String> liftedFrom = new ArrayList<>();
      tl.forEach(i -> {
        if (i.get("level").asText().equals("LIFTED")) {
          liftedFrom.add(i.get("from").asText());
        }
      });
      assertThat(liftedFrom).as("%s: LIFTED intervals in %s", name, tl).containsExactly(x.get("lifted_from").asText());
    }
    List<String> never = new ArrayList<>();
    x.path("never_besieged_by").forEach(n -> never.add(n.asText()));
    for (Iterator<Map.Entry<String, JsonNode>> it = x.get("besieged_by").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode byDate = json("status", place, "--as-of", e.getKey()).get("timeline");
      JsonNode last = byDate.get(byDate.size() - 1);
      List<String> by = new ArrayList<>();
      last.get("besieged_by").forEach(b -> by.add(b.asText()));
      List<String> want = new ArrayList<>();
      e.getValue().forEach(b -> want.add(b.asText()));
      assertThat(by).as("%s: besieged by on %s", name, e.getKey()).containsExactlyElementsOf(want).doesNotContainAnyElementsOf(never);
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = x.get("sources").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode list = json("status", "--as-of", e.getKey(), "--min-confidence", "NONE");
      String id = placeId(place);
      JsonNode mine = null;
      for (JsonNode c : list) {
        if (c.at("/place/id").asText().equals(id)) {
          mine = c;
        }
      }
      assertThat(mine).as("%s: %s in the status list on %s (all countries by default): %s", name, place, e.getKey(), list).isNotNull();
      assertThat(mine.get("independent_sources").asInt()).as("%s: independent sources on %s: %s", name, e.getKey(), mine)
          .isEqualTo(e.getValue().asInt());
    }
  }

  private static String placeId(String place) throws IOException {
    return json("status", place, "--as-of", "2100-01-01").at("/place/id").asText();
  }

  /** The level of the timeline's interval holding the date ("NONE" before the first). */
  private static String levelOn(JsonNode tl, LocalDate d) {
    String level = "NONE";
    for (JsonNode i : tl) {
      LocalDate from = LocalDate.parse(i.get("from").asText());
      JsonNode to = i.get("to");
      if (!from.isAfter(d) && (to == null || to.isNull() || LocalDate.parse(to.asText()).isAfter(d))) {
        level = i.get("level").asText();
      }
    }
    return level;
  }

  private static JsonNode json(String... args) throws IOException {
    String[] full = new String[args.length + 4];
    System.arraycopy(args, 0, full, 0, args.length);
    full[args.length] = "--format";
    full[args.length + 1] = "json";
    full[args.length + 2] = "--data";
    full[args.length + 3] = data;
    CliRun r = CliRun.run(full);
    assertThat(r.code()).as("%s: %s", String.join(" ", args), r.err()).isZero();
    return JSON.readTree(r.out());
  }
}
