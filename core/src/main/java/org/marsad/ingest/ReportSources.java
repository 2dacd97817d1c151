package org.marsad.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.marsad.BadInputException;

/**
 * Reads sources from paths: a folder (its *.txt, *.html, *.htm and *.jsonl files, recursively, in
 * name order), a JSON Lines file (one report per line: {@code content}; {@code published} or
 * {@code date_extracted}; {@code source} or {@code outlet}; {@code url}; {@code title}), or any other
 * file as one report.
 */
public final class ReportSources {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ReportSources() {}

  /** Calls {@code sink} for each source under {@code path}; a bad JSON line goes to {@code rejects}. */
  public static void read(Path path, Consumer<Source> sink, Consumer<BadInputException> rejects) {
    if (Files.isDirectory(path)) {
      List<Path> files = new ArrayList<>();
      try (Stream<Path> walk = Files.walk(path)) {
        walk.filter(Files::isRegularFile).filter(ReportSources::isReportFile).sorted().forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + path, e);
      }
      for (Path f : files) {
        read(f, sink, rejects);
      }
    } else if (path.getFileName().toString().endsWith(".jsonl")) {
      readJsonLines(path, sink, rejects);
    } else {
      try {
        long size = Files.size(path);
        if (size > TextDecoder.DEFAULT_MAX_BYTES) {
          // Refused before reading: a huge file must not fill the heap on its way to the decoder.
          rejects.accept(new BadInputException(path + ": input is " + size + " bytes, over the limit of "
              + TextDecoder.DEFAULT_MAX_BYTES + " bytes"));
          return;
        }
        sink.accept(new Source(path.toString(), Files.readAllBytes(path), null, null, null, null, null));
      } catch (IOException e) {
        rejects.accept(new BadInputException(path + ": cannot read (" + e.getMessage() + ")", e));
      }
    }
  }

  static boolean isReportFile(Path p) {
    String n = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    return n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".jsonl");
  }

  private static void readJsonLines(Path path, Consumer<Source> sink, Consumer<BadInputException> rejects) {
    try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        String name = path + "#" + lineNo;
        try {
          sink.accept(fromJson(name, JSON.readTree(line)));
        } catch (IOException | BadInputException e) {
          rejects.accept(e instanceof BadInputException b ? b : new BadInputException(name + ": not a JSON object (" + e.getMessage() + ")", e));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  /** One JSON Lines record as a source; its bytes are the UTF-8 of {@code content}. */
  public static Source fromJson(String name, JsonNode n) {
    JsonNode content = n.get("content");
    if (content == null || !content.isTextual()) {
      throw new BadInputException(name + ": no \"content\" string");
    }
    String published = text(n, "published", "date_extracted");
    return new Source(
        name,
        content.asText().getBytes(StandardCharsets.UTF_8),
        published == null ? null : parseDate(name, published),
        text(n, "outlet", "source"),
        text(n, "url", null),
        text(n, "title", null),
        text(n, "language", null));
  }

  private static String text(JsonNode n, String field, String fallback) {
    JsonNode v = n.get(field);
    if ((v == null || v.isNull()) && fallback != null) {
      v = n.get(fallback);
    }
    return v == null || v.isNull() ? null : v.asText();
  }

  /** "2015-08-01" or "2015-08-01 02:51:32" or an ISO timestamp: the date part. */
  static LocalDate parseDate(String name, String s) {
    String d = s.length() >= 10 ? s.substring(0, 10) : s;
    try {
      return LocalDate.parse(d);
    } catch (DateTimeParseException e) {
      throw new BadInputException(name + ": unreadable date \"" + s + "\"", e);
    }
  }
}
