package org.marsad.eval.external;

import java.util.ArrayList;
import java.util.List;
import org.marsad.BadInputException;

/**
 * RFC 4180 CSV: comma-separated fields, a field in double quotes may hold commas, line breaks and
 * doubled quotes; records end at CRLF or LF. A leading BOM is dropped.
 */
public final class Csv {
  private Csv() {}

  public static List<List<String>> parse(String text, String source) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    int i = text.startsWith("\uFEFF") ? 1 : 0;
    int n = text.length();
    int line = 1;
    boolean quoted = false;
    boolean any = false; // the current record has content (so a final line without LF counts)
    while (i < n) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < n && text.charAt(i + 1) == '"') {
            f.append('"');
            i += 2;
            continue;
          }
          quoted = false;
        } else {
          if (c == '\n') {
            line++;
          }
          f.append(c);
        }
        i++;
        continue;
      }
      switch (c) {
        case '"' -> {
          if (f.length() > 0) {
            throw new BadInputException(source + ":" + line + ": a quote inside an unquoted field");
          }
          quoted = true;
          any = true;
        }
        case ',' -> {
          row.add(f.toString());
          f.setLength(0);
          any = true;
        }
        case '\r' -> {
          // part of CRLF; a lone CR is kept out of fields as well
        }
        case '\n' -> {
          if (any || f.length() > 0) {
            row.add(f.toString());
            rows.add(row);
          }
          row = new ArrayList<>();
          f.setLength(0);
          any = false;
          line++;
        }
        default -> {
          f.append(c);
          any = true;
        }
      }
      i++;
    }
    if (quoted) {
      throw new BadInputException(source + ": a quoted field opened before line " + line + " is never closed");
    }
    if (any || f.length() > 0) {
      row.add(f.toString());
      rows.add(row);
    }
    return rows;
  }
}
