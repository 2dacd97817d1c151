package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalCommandTest {
  @TempDir Path dir;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cmd = new CommandLine(new EvalCommand());
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    return cmd.execute(args);
  }

  /** A report of our own with one gold event the extractor may or may not find. */
  private void writePair() throws IOException {
    Files.writeString(dir.resolve("r1.ar.txt"), "فرضت القوات حصارا على البلدة اليوم.\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("r1.gold.json"), """
        {"document": {"language": "ar", "published": "2021-03-04", "outlet": "test"},
         "duplicates": [],
         "events": [{"id": "E1", "type": "SIEGE", "date": "2021-03-04", "place": null, "modality": "asserted",
                     "evidence": ["فرضت القوات حصارا على البلدة"]}],
         "places": [], "actors": [], "status": []}""", StandardCharsets.UTF_8);
  }

  @Test
  void textReport() throws IOException {
    writePair();
    assertThat(run(dir.toString(), "--published-from-gold")).isZero();
    assertThat(out.toString()).contains("1 documents, 1 gold events").contains("ALL (micro)").contains("r1.ar");
  }

  @Test
  void jsonReport() throws IOException {
    writePair();
    assertThat(run(dir.toString(), "--format", "json")).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.path("documents").asInt()).isEqualTo(1);
    assertThat(json.path("events").path("tp").asInt() + json.path("events").path("fn").asInt()).isEqualTo(1);
  }

  @Test
  void folderWithoutPairsExitsTwo() throws IOException {
    Files.writeString(dir.resolve("r1.ar.txt"), "نص", StandardCharsets.UTF_8);
    assertThat(run(dir.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("no gold pairs");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void brokenGoldExitsOneNamingTheFile() throws IOException {
    Files.writeString(dir.resolve("r1.ar.txt"), "نص", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("r1.gold.json"), "{\"events\": [{\"id\": \"E1\", \"type\": \"SIEGE\"}]}", StandardCharsets.UTF_8);
    assertThat(run(dir.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("r1.gold.json");
  }
}
