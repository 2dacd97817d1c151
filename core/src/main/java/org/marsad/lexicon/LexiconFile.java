package org.marsad.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A tab-separated lexicon resource: '#' lines are the header (which must name the source and the
 * licence) or comments; every other non-blank line is a row. Each row keeps its line number so that
 * a rule id ("triggers.tsv:42") points at the line that produced an event.
 */
public final class LexiconFile {
  /** One data line: its 1-based line number and its tab-separated columns (trimmed). */
  public record Row(String file, int line, List<String> cols) {
    public String col(int i) {
      return i < cols.size() ? cols.get(i) : "";
    }

    public String id() {
      return file + ":" + line;
    }
  }

  private LexiconFile() {}

  /** Applies {@code parse} to a UTF-8 resource of the classpath, closing it after; names it when missing. */
  public static <T> T withReader(String resource, java.util.function.Function<java.io.Reader, T> parse) {
    String path = resource.startsWith("/") ? resource.substring(1) : resource;
    InputStream in = LexiconFile.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("resource missing from the classpath: " + resource);
    }
    try (java.io.Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return parse.apply(r);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  public static List<Row> read(String resource) {
    String file = resource.substring(resource.lastIndexOf('/') + 1);
    InputStream in = LexiconFile.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("lexicon resource missing from the classpath: " + resource);
    }
    List<Row> rows = new ArrayList<>();
    boolean sourced = false;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.startsWith("#")) {
          sourced |= line.toLowerCase(java.util.Locale.ROOT).startsWith("# source:");
          continue;
        }
        if (line.isBlank()) {
          continue;
        }
        List<String> cols = new ArrayList<>();
        for (String c : line.split("\t", -1)) {
          cols.add(c.trim());
        }
        rows.add(new Row(file, n, List.copyOf(cols)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + resource, e);
    }
    if (!sourced) {
      throw new IllegalStateException("lexicon " + resource + " has no '# source:' header line");
    }
    return rows;
  }
}
