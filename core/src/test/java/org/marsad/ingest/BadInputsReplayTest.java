package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.marsad.BadInputException;
import org.marsad.clean.ArabicNormalizer;
import org.marsad.clean.NormalizedText;
import org.marsad.clean.Paragraphs;
import org.marsad.model.Paragraph;

/**
 * Replays every file of {@code bad-inputs/} (hostile and malformed inputs; see its README.md)
 * through the decoder and the clean stage: each must give either a clean text or a
 * BadInputException naming the file, never another exception. EXPECTED.tsv pins which of the two
 * and the charset, so a change of behaviour shows up as a reviewed diff.
 */
class BadInputsReplayTest {
  private static final Path DIR = dir();

  static Stream<String> files() throws IOException {
    try (Stream<Path> s = Files.list(DIR)) {
      return s.map(p -> p.getFileName().toString())
          .filter(n -> !n.equals("EXPECTED.tsv") && !n.equals("README.md"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("files")
  void decodesCleanlyOrRefusesNamingTheFile(String file) throws IOException {
    byte[] bytes = Files.readAllBytes(DIR.resolve(file));
    String expected = expected().get(file);
    assertThat(expected).as("%s is listed in bad-inputs/EXPECTED.tsv", file).isNotNull();
    DecodedText d;
    try {
      d = TextDecoder.decode(bytes, file);
    } catch (BadInputException e) {
      assertThat(e.getMessage()).startsWith(file + ": ");
      assertThat(expected).as("%s was refused: %s", file, e.getMessage()).isEqualTo("refused");
      return;
    } catch (RuntimeException e) {
      throw new AssertionError(file + ": decoder threw " + e, e);
    }
    assertThat(d.charset()).as("%s decoded as %s, warnings %s", file, d.charset(), d.warnings()).isEqualTo(expected);
    assertThat(d.text()).isNotEmpty().doesNotContain("\0").doesNotStartWith("\uFEFF");
    // The decoded text must also pass the clean stage without an exception.
    NormalizedText n = ArabicNormalizer.normalize(d.text());
    assertThat(ArabicNormalizer.fold(n.text())).isEqualTo(n.text());
    assertThat(n.toRaw(0, n.length()).end()).isLessThanOrEqualTo(d.text().length());
    List<Paragraph> ps = Paragraphs.split(d.text());
    assertThat(ps).isNotEmpty();
    assertThat(ps.get(ps.size() - 1).end()).isLessThanOrEqualTo(d.text().length());
  }

  private static Map<String, String> expected() throws IOException {
    Map<String, String> m = new HashMap<>();
    for (String line : Files.readAllLines(DIR.resolve("EXPECTED.tsv"), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 2) {
        fail("bad line in EXPECTED.tsv: " + line);
      }
      m.put(f[0], f[1]);
    }
    return m;
  }

  private static Path dir() {
    try {
      return Path.of(BadInputsReplayTest.class.getResource("/bad-inputs").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
