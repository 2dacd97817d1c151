package org.marsad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the scores of a JMH JSON result (-rf json) and the ratio whole pipeline / Lucene
 * ArabicAnalyzer, i.e. what fraction of the tokenising floor Marsad reaches.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.marsad.bench.Ratio bench/target/jmh-result.json
 * </pre>
 */
public final class Ratio {
  static final String FLOOR = "luceneArabicAnalyzer";
  static final String PIPELINE = "marsadPipeline";

  /** One benchmark's score (mean of iterations), its 99.9% error half-width and the median iteration. */
  public record Score(String name, double score, double error, double median, String unit) {}

  private Ratio() {}

  public static void main(String[] args) {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: Ratio JMH_RESULT.json");
    }
    System.out.print(report(read(Path.of(args[0]))));
  }

  /** Scores by short benchmark name (the method name), in file order. */
  public static Map<String, Score> read(Path json) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.readString(json, java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read JMH result " + json, e);
    }
    if (root == null || !root.isArray()) {
      throw new IllegalArgumentException(json + ": not a JMH JSON result (expected an array)");
    }
    Map<String, Score> out = new LinkedHashMap<>();
    for (JsonNode b : root) {
      String full = b.path("benchmark").asText();
      String name = full.substring(full.lastIndexOf('.') + 1);
      JsonNode m = b.path("primaryMetric");
      double err = m.path("scoreError").asDouble(Double.NaN); // "NaN" text with one iteration
      double median = m.path("scorePercentiles").path("50.0").asDouble(Double.NaN);
      out.put(name, new Score(name, m.path("score").asDouble(), err, median, m.path("scoreUnit").asText()));
    }
    return out;
  }

  /** pipeline / floor, with the relative errors added (a rough but safe bound). */
  public static double[] ratio(Map<String, Score> scores) {
    Score floor = scores.get(FLOOR);
    Score pipe = scores.get(PIPELINE);
    if (floor == null || pipe == null) {
      throw new IllegalArgumentException("the result needs both " + FLOOR + " and " + PIPELINE + "; it has " + scores.keySet());
    }
    double r = pipe.score() / floor.score();
    double rel = pipe.error() / pipe.score() + floor.error() / floor.score();
    return new double[] {r, r * rel};
  }

  static String report(Map<String, Score> scores) {
    StringBuilder sb = new StringBuilder();
    for (Score s : scores.values()) {
      sb.append(String.format(Locale.ROOT, "%-22s %10.1f ± %8.1f %s (median %.1f)%n",
          s.name(), s.score(), s.error(), s.unit(), s.median()));
    }
    double[] r = ratio(scores);
    sb.append(String.format(Locale.ROOT, "ratio %s / %s = %.4f ± %.4f (floor / pipeline = %.1f)%n",
        PIPELINE, FLOOR, r[0], r[1], 1 / r[0]));
    double medians = scores.get(PIPELINE).median() / scores.get(FLOOR).median();
    sb.append(String.format(Locale.ROOT, "ratio of medians = %.4f (floor / pipeline = %.1f)%n", medians, 1 / medians));
    return sb.toString();
  }
}
