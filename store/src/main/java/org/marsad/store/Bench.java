package org.marsad.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Builds the ingest benchmark's input: a JSON Lines file of {@code n} distinct reports, the lines
 * of a corpus repeated, each copy after the first with one line appended to its content that makes
 * its bytes (and so its report id) distinct, as a syndicated copy with a different footer would be.
 * The corpus itself is read, never copied into the repository.
 */
public final class Bench {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Bench() {}

  /** Copy {@code copy} (0: the line unchanged) of one JSON Lines report. */
  public static String distinctCopy(String jsonLine, int copy) {
    if (copy == 0) {
      return jsonLine;
    }
    try {
      ObjectNode o = (ObjectNode) JSON.readTree(jsonLine);
      String content = o.path("content").asText("");
      o.put("content", content + "\n\n(Marsad ingest benchmark, copy " + copy + ")");
      return JSON.writeValueAsString(o);
    } catch (IOException | ClassCastException e) {
      throw new IllegalArgumentException("not a JSON object line: " + e.getMessage(), e);
    }
  }

  /** Writes {@code n} reports made from the non-blank lines of {@code corpus} to {@code out}. */
  public static long write(Path corpus, Path out, long n) {
    try {
      List<String> lines = Files.readAllLines(corpus, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
      if (lines.isEmpty()) {
        throw new IllegalArgumentException(corpus + " holds no JSON Lines reports");
      }
      try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        for (long i = 0; i < n; i++) {
          w.write(distinctCopy(lines.get((int) (i % lines.size())), (int) (i / lines.size())));
          w.write('\n');
        }
      }
      return n;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the benchmark file " + out + " from " + corpus, e);
    }
  }
}
