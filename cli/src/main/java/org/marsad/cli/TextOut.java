package org.marsad.cli;

/**
 * Escaping of untrusted text (report titles, outlets, place names, notes) for the CLI's text
 * formats. JSON goes through Jackson, which escapes by itself.
 */
final class TextOut {
  private TextOut() {}

  /**
   * A value for a terminal table or line: control characters (which could move the cursor or
   * colour the terminal) and explicit bidi embeddings and overrides (which could reorder what is
   * shown around them) become a space; line breaks too, so one value stays on one line.
   */
  static String cell(String s) {
    if (s == null) {
      return "-";
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean control = c < 0x20 || c >= 0x7f && c < 0xa0;
      boolean bidi = c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069';
      b.append(control || bidi || c == '\u2028' || c == '\u2029' ? ' ' : c);
    }
    return b.toString();
  }

  /**
   * One CSV field (RFC 4180): quoted when it holds a comma, quote, or line break, quotes
   * doubled. Text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or
   * CR) is prefixed with an apostrophe.
   */
  static String csvText(String s) {
    if (s == null) {
      return "";
    }
    String v = !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    return csvRaw(v);
  }

  /** A CSV field for a value we produced ourselves (a number, a date, an id): quoted if needed. */
  static String csvRaw(String v) {
    if (v == null) {
      return "";
    }
    if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
      return '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }
}
