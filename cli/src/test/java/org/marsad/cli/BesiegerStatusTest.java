package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 12: `marsad status --format json` names who besieges a community, and the besieged
 * community's own fighters, named beside the siege word, are the besieged side, not the besieger.
 * Reports written for this test.
 */
class BesiegerStatusTest {
  @TempDir Path tmp;

  @Test
  void statusNamesTheBesiegerNotTheBesiegedFighters() throws Exception {
    ObjectMapper json = new ObjectMapper();
    Path in = tmp.resolve("madaya.jsonl");
    Files.write(in, List.of(
        json.writeValueAsString(Map.of("content", "تواصل قوات النظام السوري وميليشيا حزب الله حصار بلدة مضايا في ريف دمشق،"
            + " التي تسيطر عليها فصائل المعارضة المسلحة، وتمنع إدخال الغذاء والدواء إليها منذ مطلع تموز.",
            "published", "2015-12-20", "outlet", "شبكة الجنوب", "url", "https://a.example/1")),
        json.writeValueAsString(Map.of("content", "فصائل المعارضة محاصرة في بلدة مضايا منذ أشهر، إذ تطوقها قوات النظام"
            + " وميليشيا حزب الله من جميع الجهات وتمنع خروج الأهالي.",
            "published", "2015-12-22", "outlet", "مرصد القلمون", "url", "https://b.example/2"))),
        StandardCharsets.UTF_8);
    String data = tmp.resolve("data").toString();
    assertThat(Main.run("ingest", in.toString(), "--data", data)).isZero();

    StringWriter out = new StringWriter();
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(new StringWriter()));
    assertThat(cl.execute("status", "--data", data, "--as-of", "2015-12-22", "--format", "json")).isZero();
    JsonNode all = json.readTree(out.toString());
    JsonNode madaya = null;
    for (JsonNode c : all) {
      if ("Madaya".equals(c.path("place").path("name").asText())) {
        madaya = c;
      }
    }
    assertThat(madaya).as(out.toString()).isNotNull();
    List<String> by = json.convertValue(madaya.get("besieged_by"), json.getTypeFactory().constructCollectionType(List.class, String.class));
    List<String> on = json.convertValue(madaya.get("besieged"), json.getTypeFactory().constructCollectionType(List.class, String.class));
    assertThat(by).as(madaya.toString()).containsExactly("Syrian Government Forces");
    assertThat(on).as(madaya.toString()).contains("Opposition Factions");

    StringWriter table = new StringWriter();
    CommandLine t = new CommandLine(new Main());
    t.setOut(new PrintWriter(table));
    assertThat(t.execute("status", "--data", data, "--as-of", "2015-12-22")).isZero();
    assertThat(table.toString()).contains("besieged by: Syrian Government Forces").doesNotContain("besieged by: Opposition");
  }
}
