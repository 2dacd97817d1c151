package org.marsad.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar days a date value names, with the unit it is written in: "2020-09-29" one day,
 * "2020-09" a month, "2018" a year. {@link #iso()} writes the codebook's string form back, so the
 * value is parsed once, where it is made, and compared as dates everywhere after.
 */
public record DateRange(LocalDate start, LocalDate end, Unit unit) implements Comparable<DateRange> {
  /** The unit a value is written in (not the codebook's time_precision, which may be coarser). */
  public enum Unit { YEAR, MONTH, DAY }

  private static final Pattern ISO = Pattern.compile("(-\\d+|\\d{4,})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  public DateRange {
    if (start.isAfter(end)) {
      throw new IllegalArgumentException("a date range ends before it starts: " + start + " to " + end);
    }
  }

  public static DateRange day(LocalDate d) {
    return new DateRange(d, d, Unit.DAY);
  }

  public static DateRange month(YearMonth m) {
    return new DateRange(m.atDay(1), m.atEndOfMonth(), Unit.MONTH);
  }

  public static DateRange year(int y) {
    return new DateRange(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Unit.YEAR);
  }

  /**
   * The range an ISO value names ("2020-09-29", "2020-09", "2018", "0612", "-50"); null for null.
   *
   * @throws IllegalArgumentException naming the value when it is not one of those forms
   */
  public static DateRange parse(String value) {
    if (value == null) {
      return null;
    }
    Matcher m = ISO.matcher(value);
    try {
      if (m.matches()) {
        int y = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
          return year(y);
        }
        YearMonth ym = YearMonth.of(y, Integer.parseInt(m.group(2)));
        return m.group(3) == null ? month(ym) : day(ym.atDay(Integer.parseInt(m.group(3))));
      }
    } catch (DateTimeException | NumberFormatException e) {
      // falls through to the error naming the value
    }
    throw new IllegalArgumentException("not an ISO date, month or year: '" + value + "'");
  }

  /** The codebook's string form: "2020-09-29", "2020-09" or "2018" (years padded to four digits). */
  public String iso() {
    return switch (unit) {
      case DAY -> start.toString();
      case MONTH -> YearMonth.from(start).toString();
      case YEAR -> isoYear(start.getYear());
    };
  }

  /** As the time resolver writes a year: at least four digits, a year before 1 unpadded ("-50"). */
  private static String isoYear(int y) {
    String s = Integer.toString(y);
    return y >= 1000 || y < 0 ? s : "0000".substring(s.length()) + s;
  }

  /** Whether every day of {@code o} lies in this range ("2020-09" holds "2020-09-29" and itself). */
  public boolean contains(DateRange o) {
    return !o.start.isBefore(start) && !o.end.isAfter(end);
  }

  /** Whether one of the two holds the other: dates that do not contradict ("2020-09" and "2020-09-29"). */
  public boolean nested(DateRange o) {
    return contains(o) || o.contains(this);
  }

  /** The order of the ISO strings: by first day, a coarser value before a finer one starting with it. */
  @Override
  public int compareTo(DateRange o) {
    int c = start.compareTo(o.start);
    return c != 0 ? c : unit.compareTo(o.unit);
  }

  @Override
  public String toString() {
    return iso();
  }
}
