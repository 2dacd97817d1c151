package org.marsad.eval.external;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marsad.BadInputException;

/**
 * Reads the FA-KES CSV (columns unit_id, article_title, article_content, source, date as M/D/YYYY,
 * location, labels; found by header name, in any order).
 */
public final class FakesReader {
  static final List<String> COLUMNS = List.of("unit_id", "article_title", "article_content", "source", "date", "location", "labels");

  private FakesReader() {}

  public static List<FakesArticle> read(Path file) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (NoSuchFileException e) {
      throw new BadInputException(file + ": no such file");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  public static List<FakesArticle> parse(String csv, String source) {
    List<List<String>> rows = Csv.parse(csv, source);
    if (rows.isEmpty()) {
      throw new BadInputException(source + ": empty CSV");
    }
    Map<String, Integer> col = new HashMap<>();
    List<String> header = rows.get(0);
    for (int i = 0; i < header.size(); i++) {
      col.put(header.get(i).strip().toLowerCase(Locale.ROOT), i);
    }
    for (String c : COLUMNS) {
      if (!col.containsKey(c)) {
        throw new BadInputException(source + ": no column \"" + c + "\" in the header " + header);
      }
    }
    List<FakesArticle> out = new ArrayList<>(rows.size() - 1);
    for (int r = 1; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      if (row.size() < header.size()) {
        throw new BadInputException(source + ": record " + r + " has " + row.size() + " fields, the header " + header.size());
      }
      String where = source + ": record " + r;
      out.add(new FakesArticle(row.get(col.get("unit_id")).strip(), row.get(col.get("article_title")),
          row.get(col.get("article_content")), row.get(col.get("source")).strip(), date(row.get(col.get("date")), where),
          row.get(col.get("location")).strip().toLowerCase(Locale.ROOT), row.get(col.get("labels")).strip()));
    }
    return out;
  }

  /** M/D/YYYY, as FA-KES writes it. */
  static LocalDate date(String s, String where) {
    String[] p = s.strip().split("/");
    try {
      if (p.length == 3) {
        return LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[0]), Integer.parseInt(p[1]));
      }
    } catch (NumberFormatException | DateTimeException e) {
      // reported below
    }
    throw new BadInputException(where + ": date \"" + s + "\" is not M/D/YYYY");
  }
}
