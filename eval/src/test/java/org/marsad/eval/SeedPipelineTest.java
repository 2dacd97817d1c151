package org.marsad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.Pipeline;
import org.marsad.ingest.Source;
import org.marsad.json.ExtractionJson;
import org.marsad.model.Extraction;

/**
 * The founding report through the real default pipeline, scored with the codebook's matching:
 * the acceptance bar of the extraction issue (event F1, attribute accuracies, duplicates).
 */
class SeedPipelineTest {
  private static final Path SEED = Path.of("src/test/resources/seed");

  private static DocumentScore score() {
    EvalRunner.GoldPair pair = EvalRunner.findPairs(SEED).get(0);
    return EvalRunner.score(pair, Pipeline.defaultPipeline(), true);
  }

  @Test
  void eventsMatchTheGoldAnnotation() {
    DocumentScore s = score();
    assertThat(s.overall().f1()).as("event F1, misses %s, false %s", s.misses(), s.falseEvents()).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void attributesOfMatchedEventsAreRight() {
    AttributeScores a = score().attributes();
    assertThat(a.date().value()).as("date accuracy").isGreaterThanOrEqualTo(0.9);
    assertThat(a.place().value()).as("place accuracy").isGreaterThanOrEqualTo(0.9);
    assertThat(a.actor1().value()).as("actor1 accuracy").isGreaterThanOrEqualTo(0.9);
    assertThat(a.modality().value()).as("modality accuracy").isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void duplicateParagraphsAreAllFoundAndOnlyThem() {
    Prf d = score().duplicates();
    assertThat(d.precision()).isEqualTo(1.0);
    assertThat(d.recall()).isEqualTo(1.0);
  }

  @Test
  void windows1256CopyGivesTheSameEvents(@TempDir Path tmp) throws Exception {
    String text = Files.readString(SEED.resolve("kanaker-2020-09-29.ar.txt"), StandardCharsets.UTF_8);
    byte[] cp1256 = text.getBytes(Charset.forName("windows-1256"));
    assertThat(new String(cp1256, Charset.forName("windows-1256"))).isEqualTo(text);
    Pipeline p = Pipeline.defaultPipeline();
    LocalDate published = LocalDate.of(2020, 9, 29);
    Extraction utf8 = p.extract(p.read(new Source("utf8", text.getBytes(StandardCharsets.UTF_8), published, null, null, null, null)));
    Extraction win = p.extract(p.read(new Source("cp1256", cp1256, published, null, null, null, null)));
    assertThat(win.text()).isEqualTo(utf8.text());
    assertThat(utf8.events()).isNotEmpty();
    // The document id is the hash of the raw bytes, so only the events are compared.
    assertThat(ExtractionJson.toTree(win).get("events").toString().replace(win.document().id().substring(0, 12), "ID"))
        .isEqualTo(ExtractionJson.toTree(utf8).get("events").toString().replace(utf8.document().id().substring(0, 12), "ID"));
  }
}
