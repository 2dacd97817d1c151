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
  public static Range of(org.marsad.model.DateRange value, int timePrecision) {
    // four-digit years only, as the string form below reads them
    if (value == null || value.start().getYear() < 0 || value.start().getYear() > 9999) {
      return null;
    }
    return switch (value.unit()) {
      case DAY -> timePrecision == 2 ? new Range(value.start().minusDays(3), value.start().plusDays(3))
          : timePrecision >= 3 ? new Range(YearMonth.from(value.start()).atDay(1), YearMonth.from(value.start()).atEndOfMonth())
          : new Range(value.start(), value.start());
      case MONTH, YEAR -> new Range(value.start(), value.end());
    };
  }

  /** As {@link #of(org.marsad.model.DateRange, int)}, for a value still in its string form (a fused event's, "2020-W39"). */
  public static Range of(String value, int timePrecision) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.trim();
    try {
      if (v.matches("\\d{4}-W\\d{2}")) {
        LocalDate monday = LocalDate.of(Integer.parseInt(v.substring(0, 4)), 1, 4)
            .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(v.substring(6)))
            .with(java.time.DayOfWeek.MONDAY);
        return new Range(monday, monday.plusDays(6));
      }
      return v.matches("\\d{4}(-\\d{2}(-\\d{2})?)?") ? of(org.marsad.model.DateRange.parse(v), timePrecision) : null;
    } catch (DateTimeException | IllegalArgumentException e) {
      return null;
    }
  }
}
