package org.marsad.flink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.marsad.Pipeline;
import org.marsad.ingest.ReportSources;
import org.marsad.json.ExtractionJson;

/** The reference: what one process makes of a JSON Lines file, and where the test input lives. */
final class SingleProcess {
  static final Path CORPUS = Path.of("/work/shared/data/saudinewsnet-syria/saudinewsnet_syria_2015.jsonl");

  private SingleProcess() {}

  /** Pipeline.read + extract + ExtractionJson.line for each record, sorted. */
  static List<String> sortedLines(Path jsonl) {
    Pipeline p = Pipeline.defaultPipeline();
    List<String> out = new ArrayList<>();
    ReportSources.read(jsonl, s -> out.add(ExtractionJson.line(p.extract(p.read(s)))), e -> { });
    out.sort(null);
    return out;
  }

  /** Our own sample reports (src/test/resources, written for Marsad). */
  static Path sample() {
    try {
      return Path.of(SingleProcess.class.getResource("/sample-reports.jsonl").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The SaudiNewsNet corpus when this machine has it, else the sample. */
  static Path corpusOrSample() {
    return Files.isRegularFile(CORPUS) ? CORPUS : sample();
  }

  static List<String> sampleRecords() {
    try {
      return Files.readAllLines(sample(), StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every line of the finished (not hidden, not in-progress) files under {@code dir}, sorted. */
  static List<String> sortedLinesUnder(Path dir) throws IOException {
    List<String> out = new ArrayList<>();
    if (!Files.exists(dir)) {
      return out;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).toList()) {
        Files.readAllLines(f, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).forEach(out::add);
      }
    }
    out.sort(null);
    return out;
  }
}
