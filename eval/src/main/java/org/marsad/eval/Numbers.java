package org.marsad.eval;

import java.util.Locale;

/** Score formatting shared by the text and JSON reports. */
final class Numbers {
  private Numbers() {}

  /** Three decimals, or "n/a" when undefined (NaN). */
  static String fmt(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
  }

  /** Rounded to four decimals for JSON, or null when undefined. */
  static Double json(double v) {
    return Double.isNaN(v) ? null : Math.round(v * 10000.0) / 10000.0;
  }
}
