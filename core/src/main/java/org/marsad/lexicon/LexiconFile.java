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
    String text = withReader(resource, r -> {
      try {
        return new BufferedReader(r).lines().collect(java.util.stream.Collectors.joining("\n"));
      } catch (java.io.UncheckedIOException e) {
        throw new UncheckedIOException("cannot read lexicon " + resource, e.getCause());
      }
    });
    boolean sourced = text.lines().anyMatch(l -> l.toLowerCase(java.util.Locale.ROOT).startsWith("# source:"));
    if (!sourced) {
      throw new IllegalStateException("lexicon " + resource + " has no '# source:' header line");
    }
    return rows(new java.io.StringReader(text), file);
  }

  /** The data lines of a tab-separated text ('#' lines and blank lines skipped), named {@code name} in row ids. */
  public static List<Row> rows(java.io.Reader reader, String name) {
    List<Row> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(reader)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        List<String> cols = new ArrayList<>();
        for (String c : line.split("\t", -1)) {
          cols.add(c.trim());
        }
        rows.add(new Row(name, n, List.copyOf(cols)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
    return rows;
  }
}
