package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.marsad.Pipeline;
import org.marsad.ingest.Source;
import org.marsad.json.ExtractionJson;

/**
 * Golden file: the seed report's whole JSON output. A change to extraction that changes this
 * output must come with the reviewed new file; regenerate it with
 * {@code mvn -pl core test -Dtest=GoldenExtractionTest -Dmarsad.golden.update=true} and read the diff.
 */
class GoldenExtractionTest {
  private static final Path SEED = Path.of("src/test/resources/seed/kanaker-2020-09-29.ar.txt");
  private static final Path EXPECTED = Path.of("src/test/resources/golden/kanaker-2020-09-29.expected.json");

  @Test
  void seedOutputIsTheReviewedOne() throws IOException {
    Pipeline p = Pipeline.defaultPipeline();
    Source s = new Source(SEED.getFileName().toString(), Files.readAllBytes(SEED), LocalDate.of(2020, 9, 29),
        "العربي الجديد", null, null, null);
    String actual = ExtractionJson.pretty(p.extract(p.read(s))) + "\n";
    if (Boolean.getBoolean("marsad.golden.update")) {
      Files.writeString(EXPECTED, actual, StandardCharsets.UTF_8);
    }
    ObjectMapper json = new ObjectMapper();
    JsonNode expected = json.readTree(Files.readString(EXPECTED, StandardCharsets.UTF_8));
    assertThat(json.readTree(actual)).as("output differs from %s; see the class comment", EXPECTED).isEqualTo(expected);
  }
}
