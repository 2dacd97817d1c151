package org.marsad.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.BadInputException;
import org.marsad.Pipeline;
import org.marsad.ingest.ReportSources;
import org.marsad.model.Report;

/**
 * The benchmark corpus: a JSON Lines file of reports, by default the 2,319 SaudiNewsNet Syria
 * articles staged under /work/shared (not redistributed with Marsad: CC BY-NC-SA).
 */
public final class Corpus {
  /** System property (or, as MARSAD_CORPUS, environment variable) naming another corpus file. */
  public static final String PROPERTY = "marsad.corpus";

  public static final Path DEFAULT =
      Path.of("/work/shared/data/saudinewsnet-syria/saudinewsnet_syria_2015.jsonl");

  private Corpus() {}

  /** -Dmarsad.corpus, else $MARSAD_CORPUS, else {@link #DEFAULT}. */
  public static Path configured() {
    String p = System.getProperty(PROPERTY);
    if (p == null || p.isBlank()) {
      p = System.getenv("MARSAD_CORPUS");
    }
    return p == null || p.isBlank() ? DEFAULT : Path.of(p);
  }

  /** Reads and decodes every report of {@code file}; fails, naming the path, when there are none. */
  public static List<Report> load(Path file, Pipeline pipeline) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(
          "benchmark corpus not found at " + file + ": expected the SaudiNewsNet Syria subset at " + DEFAULT
              + " (2,319 articles, JSON Lines), or pass another JSON Lines file of reports with -D"
              + PROPERTY + "=PATH");
    }
    List<Report> reports = new ArrayList<>();
    List<BadInputException> rejects = new ArrayList<>();
    ReportSources.read(file, s -> reports.add(pipeline.read(s)), rejects::add);
    if (reports.isEmpty()) {
      throw new IllegalStateException("benchmark corpus " + file + " holds no readable report"
          + (rejects.isEmpty() ? "" : "; first problem: " + rejects.get(0).getMessage()));
    }
    return List.copyOf(reports);
  }
}
