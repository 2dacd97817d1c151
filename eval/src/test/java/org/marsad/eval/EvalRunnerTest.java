package org.marsad.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.marsad.BadInputException;
import org.marsad.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner on the real default pipeline, over a copy of the seed. */
class EvalRunnerTest {
  @TempDir Path dir;

  private void copySeed(Path to) throws IOException {
    Files.createDirectories(to);
    for (String f : List.of("kanaker-2020-09-29.ar.txt", "kanaker-2020-09-29.gold.json")) {
      try (InputStream in = getClass().getResourceAsStream("/seed/" + f)) {
        Files.copy(in, to.resolve(f));
      }
    }
  }

  private List<String> listing() throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.map(p -> dir.relativize(p) + ":" + p.toFile().length()).sorted().toList();
    }
  }

  @Test
  void findsPairsRecursivelyAndIgnoresTextsWithoutGold() throws IOException {
    copySeed(dir.resolve("seed"));
    Files.writeString(dir.resolve("lonely.ar.txt"), "نص بلا ملف ذهبي", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("notes.gold.json"), "{}", StandardCharsets.UTF_8);
    List<EvalRunner.GoldPair> pairs = EvalRunner.findPairs(dir);
    assertThat(pairs).extracting(EvalRunner.GoldPair::name).containsExactly("seed/kanaker-2020-09-29.ar");
  }

  @Test
  void folderWithoutPairsGivesNone() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "x", StandardCharsets.UTF_8);
    assertThat(EvalRunner.findPairs(dir)).isEmpty();
    assertThatThrownBy(() -> EvalRunner.findPairs(dir.resolve("missing"))).isInstanceOf(BadInputException.class);
  }

  @Test
  void scoresThePipelineWithoutWritingIntoTheGoldFolder() throws IOException {
    copySeed(dir);
    List<String> before = listing();
    EvalSummary s = EvalRunner.run(EvalRunner.findPairs(dir), Pipeline.defaultPipeline(), true);
    assertThat(listing()).isEqualTo(before);
    assertThat(s.documents()).hasSize(1);
    DocumentScore d = s.documents().get(0);
    assertThat(d.goldEvents()).isEqualTo(15);
    assertThat(d.warnings()).isEmpty();
    Prf all = s.overall();
    // whatever the extractor finds, every non-optional gold event is either found or missed
    assertThat(all.tp() + all.fn()).isEqualTo(15);
    assertThat(all.tp() + all.fp() + d.neutral()).isEqualTo(d.predictedEvents());

    String text = EvalText.render(s);
    assertThat(text).contains("ALL (micro)").contains("Misses (" + all.fn() + ")").contains("kanaker-2020-09-29.ar");
    JsonNode json = new ObjectMapper().readTree(EvalJson.write(s));
    assertThat(json.path("documents").asInt()).isEqualTo(1);
    assertThat(json.path("events").path("fn").asInt()).isEqualTo(all.fn());
    assertThat(json.path("per_document").get(0).path("gold_events").asInt()).isEqualTo(15);
  }
}
