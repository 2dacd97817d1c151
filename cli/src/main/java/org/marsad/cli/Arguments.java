package org.marsad.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.TypeConversionException;

/** Argument types and messages shared by every command. */
final class Arguments {
  private Arguments() {}

  /** A day as YYYY-MM-DD; anything else is refused with a message that shows the form. */
  static LocalDate date(String s) {
    try {
      return LocalDate.parse(s.strip());
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("\"" + s + "\" is not a date of the form YYYY-MM-DD");
    }
  }

  /** The first line of a parser message, without Java exception text. */
  static String oneLine(String message) {
    String m = message == null ? "bad argument" : message.strip();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl).strip();
  }
}
