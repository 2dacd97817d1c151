package org.marsad.clean;

/**
 * Which characters of a text lie inside quotation marks ("...", “...”, «...»). A quotation is a
 * speaker's voice, not the writer's: a quoted "we" does not make a news report an opinion piece.
 * A quotation left open closes at the end of its paragraph, so one stray mark cannot swallow a report.
 */
public final class Quotations {
  private Quotations() {}

  /** {@code inside[i]} is true when character i is within a quotation (the marks themselves excluded). */
  public static boolean[] inside(CharSequence text) {
    boolean[] in = new boolean[text.length()];
    char open = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        open = 0;
      } else if (open != 0 && c == closer(open)) {
        open = 0;
      } else if (open == 0 && closer(c) != 0) {
        open = c;
      } else if (open != 0) {
        in[i] = true;
      }
    }
    return in;
  }

  private static char closer(char c) {
    return switch (c) {
      case '"' -> '"';
      case '“' -> '”';
      case '«' -> '»';
      default -> 0;
    };
  }
}
