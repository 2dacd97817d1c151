package org.marsad.server;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** RFC 4180 CSV lines. Cells that a spreadsheet would run as a formula are prefixed with '. */
final class Csv {
  private Csv() {}

  static void row(Writer w, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        w.write(',');
      }
      w.write(cell(cells.get(i)));
    }
    w.write("\r\n");
  }

  static String cell(String v) {
    if (v == null) {
      return "";
    }
    String s = v;
    // CSV injection: =, +, -, @ at the start make Excel evaluate the cell.
    if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !isNumber(s)) {
      s = "'" + s;
    }
    if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
      return '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }

  private static boolean isNumber(String s) {
    try {
      Double.parseDouble(s);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
