package org.marsad.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Calendar arithmetic of the resolver. Every method that needs the publication date returns null
 * when it is null: relative and yearless expressions are never guessed.
 */
final class Dates {
  /** A yearless date up to this many days after publication stays in its year (a planned event). */
  static final int FUTURE_SLACK_DAYS = 7;

  private Dates() {}

  /** The day {@code offset} days from publication; a weekday named with it wins when they disagree. */
  static String relDay(LocalDate pub, int offset, int isoDow) {
    if (pub == null) {
      return null;
    }
    LocalDate base = pub.plusDays(offset);
    return (isoDow > 0 ? nearest(base, isoDow) : base).toString();
  }

  /** The given weekday closest to {@code base} (at most three days away). */
  static LocalDate nearest(LocalDate base, int isoDow) {
    int diff = isoDow - base.getDayOfWeek().getValue();
    if (diff > 3) {
      diff -= 7;
    } else if (diff < -3) {
      diff += 7;
    }
    return base.plusDays(diff);
  }

  /**
   * A weekday: bare, the latest on or before publication; cue -1 (الماضي, last) strictly before;
   * cue 1 (المقبل, next) strictly after; cue 0 (this) the closest one.
   */
  static String weekday(LocalDate pub, int isoDow, Integer cue) {
    if (pub == null) {
      return null;
    }
    int today = pub.getDayOfWeek().getValue();
    int back = (today - isoDow + 7) % 7;
    LocalDate d;
    if (cue == null) {
      d = pub.minusDays(back);
    } else if (cue < 0) {
      d = pub.minusDays(back == 0 ? 7 : back);
    } else if (cue > 0) {
      int fwd = (isoDow - today + 7) % 7;
      d = pub.plusDays(fwd == 0 ? 7 : fwd);
    } else {
      d = nearest(pub, isoDow);
    }
    return d.toString();
  }

  /**
   * A calendar period with a cue. A week resolves to a day with precision 2: publication minus 7
   * days for "last week" (plus 7 for next, publication itself for this), since no day of that
   * week is known better. Months give YYYY-MM and years YYYY.
   */
  static String period(LocalDate pub, String unit, int cue) {
    if (pub == null) {
      return null;
    }
    switch (unit) {
      case "week":
        return pub.plusWeeks(cue).toString();
      case "month":
        return YearMonth.from(pub).plusMonths(cue).toString();
      default:
        return year(pub.getYear() + cue);
    }
  }

  /** Publication minus a quantity ("قبل يومين", "منذ ثلاثة أعوام", "two weeks ago"). */
  static String minus(LocalDate pub, String unit, int count) {
    if (pub == null || count <= 0) {
      return null;
    }
    switch (unit) {
      case "day":
        return pub.minusDays(count).toString();
      case "week":
        return pub.minusWeeks(count).toString();
      case "month":
        return YearMonth.from(pub).minusMonths(count).toString();
      default:
        return year(pub.getYear() - count);
    }
  }

  static int precision(String unit) {
    switch (unit) {
      case "day":
        return 1;
      case "week":
        return 2;
      default:
        return 3;
    }
  }

  /** Sentinel for an impossible date (31 February): the expression is not a date at all. */
  static final String INVALID = "invalid";

  /**
   * A month, with an optional day (0 = none) and year (0 = none). Without a year: cue -1 takes
   * the latest such date (or month) strictly before publication, cue 1 the first strictly after,
   * cue 0 the publication year, and no cue the latest one not more than {@link
   * #FUTURE_SLACK_DAYS} after publication.
   */
  static String monthDay(LocalDate pub, int year, int month, int day, Integer cue) {
    if (year > 0) {
      return day > 0 ? date(year, month, day) : YearMonth.of(year, month).toString();
    }
    if (pub == null) {
      return null;
    }
    int y = pub.getYear();
    if (day > 0) {
      if (!valid(2000, month, day)) { // 2000 is a leap year: rejects 30 February, keeps 29
        return INVALID;
      }
      if (cue == null) {
        LocalDate limit = pub.plusDays(FUTURE_SLACK_DAYS);
        while (!valid(y, month, day) || LocalDate.of(y, month, day).isAfter(limit)) {
          y--;
        }
      } else if (cue < 0) {
        while (!valid(y, month, day) || !LocalDate.of(y, month, day).isBefore(pub)) {
          y--;
        }
      } else if (cue > 0) {
        while (!valid(y, month, day) || !LocalDate.of(y, month, day).isAfter(pub)) {
          y++;
        }
      } else if (!valid(y, month, day)) {
        return INVALID;
      }
      return LocalDate.of(y, month, day).toString();
    }
    int pm = pub.getMonthValue();
    if (cue == null) {
      if (YearMonth.of(y, month).atDay(1).isAfter(pub.plusDays(FUTURE_SLACK_DAYS))) {
        y--;
      }
    } else if (cue < 0) {
      y = month < pm ? y : y - 1;
    } else if (cue > 0) {
      y = month > pm ? y : y + 1;
    }
    return YearMonth.of(y, month).toString();
  }

  static String date(int y, int m, int d) {
    return valid(y, m, d) ? LocalDate.of(y, m, d).toString() : INVALID;
  }

  static boolean valid(int y, int m, int d) {
    if (m < 1 || m > 12 || d < 1 || d > 31) {
      return false;
    }
    try {
      LocalDate.of(y, m, d);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  /** A year as ISO prints it: at least four digits. */
  static String year(int y) {
    String s = Integer.toString(y);
    return y >= 1000 || y < 0 ? s : "0000".substring(s.length()) + s;
  }
}
