package org.marsad.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.marsad.BadInputException;
import org.marsad.Pipeline;
import org.marsad.eval.gold.GoldDocument;
import org.marsad.eval.gold.GoldFiles;
import org.marsad.ingest.Source;
import org.marsad.model.Extraction;
import org.marsad.model.Report;

/**
 * Runs a pipeline over a gold folder and scores it. Only reads: nothing is written beside the gold
 * files.
 */
public final class EvalRunner {
  private static final String GOLD_SUFFIX = ".gold.json";
  private static final List<String> TEXT_SUFFIXES = List.of(".ar.txt", ".en.txt");

  private EvalRunner() {}

  /** A report text and the gold file beside it; {@code name} is the text's path under the folder, without ".txt". */
  public record GoldPair(String name, Path text, Path gold) {}

  /**
   * Every NAME.ar.txt or NAME.en.txt under {@code dir} (recursively) that has NAME.gold.json in the
   * same folder, in path order.
   */
  public static List<GoldPair> findPairs(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new BadInputException(dir + ": not a folder");
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
    List<GoldPair> pairs = new ArrayList<>();
    for (Path f : files) {
      String fileName = f.getFileName().toString();
      for (String suffix : TEXT_SUFFIXES) {
        if (fileName.endsWith(suffix) && fileName.length() > suffix.length()) {
          Path gold = f.resolveSibling(fileName.substring(0, fileName.length() - suffix.length()) + GOLD_SUFFIX);
          if (Files.isRegularFile(gold)) {
            String rel = dir.relativize(f).toString().replace('\\', '/');
            pairs.add(new GoldPair(rel.substring(0, rel.length() - ".txt".length()), f, gold));
          }
        }
      }
    }
    return pairs;
  }

  /** Scores every pair, in order. */
  public static EvalSummary run(List<GoldPair> pairs, Pipeline pipeline, boolean publishedFromGold) {
    List<DocumentScore> scores = new ArrayList<>(pairs.size());
    for (GoldPair p : pairs) {
      scores.add(score(p, pipeline, publishedFromGold));
    }
    return new EvalSummary(scores);
  }

  /**
   * Reads the text as a source (with the gold's publication date and outlet when
   * {@code publishedFromGold}, otherwise with neither), extracts, and scores.
   */
  public static DocumentScore score(GoldPair pair, Pipeline pipeline, boolean publishedFromGold) {
    GoldDocument gold = GoldFiles.load(pair.gold());
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(pair.text());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + pair.text(), e);
    }
    Source source = new Source(
        pair.text().toString(),
        bytes,
        publishedFromGold ? gold.document().published() : null,
        publishedFromGold ? gold.document().outlet() : null,
        null,
        null,
        null);
    Report report = pipeline.read(source);
    Extraction extraction = pipeline.extract(report);
    return Scorer.score(pair.name(), gold, report.text(), extraction);
  }
}
