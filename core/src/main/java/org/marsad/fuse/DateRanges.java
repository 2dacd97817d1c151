package org.marsad.fuse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;

/** The days a date value ("2020-09-25", "2020-09", "2018", "2020-W39") may stand for. */
public final class DateRanges {
  private DateRanges() {}

  /** An inclusive range of days. */
  public record Range(LocalDate start, LocalDate end) {
    /** Days between the two ranges; 0 when they touch or overlap. */
    public long gap(Range o) {
      LocalDate laterStart = start.isAfter(o.start) ? start : o.start;
      LocalDate earlierEnd = end.isBefore(o.end) ? end : o.end;
      return Math.max(0, ChronoUnit.DAYS.between(earlierEnd, laterStart));
    }

    public boolean contains(LocalDate d) {
      return !d.isBefore(start) && !d.isAfter(end);
    }
  }

  /**
   * The range of a date value, widened by its time precision (2 week: ±3 days around a day; 3
   * month or coarser: the whole month of a day). Null when the value is null or not a date:
   * such an event is treated as undated.
   */
  public static Range of(String value, int timePrecision) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.trim();
    try {
      if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
        LocalDate d = LocalDate.parse(v);
        if (timePrecision == 2) {
          return new Range(d.minusDays(3), d.plusDays(3));
        }
        if (timePrecision >= 3) {
          YearMonth m = YearMonth.from(d);
          return new Range(m.atDay(1), m.atEndOfMonth());
        }
        return new Range(d, d);
      }
      if (v.matches("\\d{4}-W\\d{2}")) {
        LocalDate monday = LocalDate.of(Integer.parseInt(v.substring(0, 4)), 1, 4)
            .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(v.substring(6)))
            .with(java.time.DayOfWeek.MONDAY);
        return new Range(monday, monday.plusDays(6));
      }
      if (v.matches("\\d{4}-\\d{2}")) {
        YearMonth m = YearMonth.parse(v);
        return new Range(m.atDay(1), m.atEndOfMonth());
      }
      if (v.matches("\\d{4}")) {
        int y = Integer.parseInt(v);
        return new Range(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
      }
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
    return null;
  }
}
