package org.marsad.time;

import java.time.LocalDate;
import java.time.YearMonth;
import org.marsad.clean.NormalizedText;
import org.marsad.clean.Token;
import org.marsad.lexicon.Words;
import org.marsad.model.EventDate;

/**
 * The grammar of calendar expressions: a month with its day and year ("11 أيلول 2020", "September
 * 21, 2020", "منتصف الشهر الماضي"), a year ("عام 2013"), a numeric date ("21/9/2020") and a calendar
 * period with a cue ("الأسبوع الماضي"). Each rule reads a bounded number of tokens after {@code i}.
 */
abstract class CalendarGrammar extends TimeScan {
  CalendarGrammar(TimeLexicon lexicon, NormalizedText norm, Words words, LocalDate pub) {
    super(lexicon, norm, words, pub);
  }

  record Day(int start, int endTok, int end, int day) {}

  record Year(int start, int endTok, int end, int year) {}

  /**
   * "الأسبوع الماضي", "الشهر المقبل", "العام الحالي", "هذا العام", "last week", "this year". A
   * period needs a cue unless {@code bare} gives one: after a part word, "مطلع العام" is this year.
   */
  Hit periodExpr(int i, Integer bare) {
    int j = i;
    Integer cue = null;
    int start = -1;
    LexMatch cb = get(i, Cat.CUE_BEFORE);
    if (cb != null && gap(cb.end(), cb.endTok(), SPACE)) {
      j = cb.endTok();
      cue = cb.num();
      start = cb.start();
    }
    LexMatch p = get(j, Cat.PERIOD);
    if (p == null) {
      return null;
    }
    int endTok = p.endTok();
    if (cue == null) {
      start = p.start();
      LexMatch ca = next(p.end(), p.endTok(), Cat.CUE_AFTER, SPACE);
      if (ca != null) {
        cue = ca.num();
        endTok = ca.endTok();
      } else if (bare != null) {
        cue = bare;
      } else {
        return null;
      }
    }
    String unit = p.e().unit();
    return new Hit(start, endTok, Dates.period(pub, unit, cue), Dates.precision(unit));
  }

  /**
   * A month name with what may surround it: a day before ("25 يناير", "الثالث من آب", "24 و25
   * أكتوبر") or, in English, after ("September 21"); "شهر" before; a paired name ("يونيو
   * (حزيران)"); then a year ("1952", "من عام 2015"), a cue ("الماضي") or "من العام ذاته".
   */
  Hit monthExpr(int i, boolean lic) {
    if (i >= n) {
      return null;
    }
    int tok = i;
    int end = -1;
    int start = -1;
    int day = 0;
    Integer cue = null;
    boolean licensed = lic;
    Day d = day(i);
    if (d != null) {
      start = d.start();
      tok = d.endTok();
      end = d.end();
      day = d.day();
      LexMatch con = next(end, tok, Cat.CONNECTOR, SPACE);
      if (con != null) {
        tok = con.endTok();
        end = con.end();
      }
    } else {
      LexMatch cb = get(i, Cat.CUE_BEFORE);
      if (cb != null && gap(cb.end(), cb.endTok(), SPACE) && get(cb.endTok(), Cat.MONTH) != null) {
        start = cb.start();
        tok = cb.endTok();
        end = cb.end();
        cue = cb.num();
        licensed = true;
      }
    }
    LexMatch mw = end < 0 ? get(tok, Cat.MONTHWORD) : next(end, tok, Cat.MONTHWORD, SPACE);
    if (mw != null) {
      if (start < 0) {
        start = mw.start();
      }
      tok = mw.endTok();
      end = mw.end();
      licensed = true;
    }
    LexMatch m = end < 0 ? get(tok, Cat.MONTH) : next(end, tok, Cat.MONTH, SPACE);
    if (m == null) {
      return d != null && mw == null && gap(end, tok, SPACE) ? dayOfPeriod(d, tok) : null;
    }
    if (start < 0) {
      start = m.start();
    }
    tok = m.endTok();
    end = m.end();
    int month = m.num();
    if (m.end() - m.start() < 3 && day == 0 && mw == null && cue == null) {
      // "آب" folds to two letters that are also "إب" (a town) and the end of "باب" (a door) after
      // ب: a preposition alone does not make it the month
      licensed = false;
    }
    LexMatch alt = next(end, tok, Cat.MONTH, PAREN);
    if (alt != null && alt.num() == month) {
      tok = alt.endTok();
      end = alt.end();
      licensed = true;
    }
    if (day == 0 && text.charAt(m.start()) < 0x80) {
      Day d2 = dayAfterMonth(end, tok, m.e().abbrev());
      if (d2 != null) {
        day = d2.day();
        tok = d2.endTok();
        end = d2.end();
      }
    }
    int year = 0;
    boolean sameYear = false;
    Year y = yearAfter(end, tok);
    Hit relYear = y == null ? relativeYear(end, tok) : null;
    Hit yearPeriod = y == null && relYear == null && gap(end, tok, PAREN) ? periodExpr(tok, null) : null;
    if (yearPeriod != null && (yearPeriod.value() == null || yearPeriod.value().length() != 4)) {
      yearPeriod = null; // "3 أغسطس (آب) العام الماضي": only a year named by a cue dates the month
    }
    if (y != null) {
      year = y.year();
      tok = y.endTok();
    } else if (relYear != null) {
      // "in August last year": the month of the year the cue names
      if (pub == null) {
        return new Hit(start, relYear.endTok(), null, day > 0 ? 1 : 3);
      }
      year = pub.getYear() + Integer.parseInt(relYear.value());
      tok = relYear.endTok();
    } else if (yearPeriod != null) {
      year = Integer.parseInt(yearPeriod.value());
      tok = yearPeriod.endTok();
    } else {
      LexMatch ca = cue == null ? next(end, tok, Cat.CUE_AFTER, PAREN) : null;
      LexMatch sy = next(end, tok, Cat.SAMEYEAR, PAREN | COMMA);
      if (ca != null) {
        cue = ca.num();
        tok = ca.endTok();
        licensed = true;
      } else if (sy != null) {
        sameYear = true;
        tok = sy.endTok();
      }
    }
    if (day == 0 && year == 0 && !licensed && !sameYear) {
      return null; // a bare month name: "نصر أكتوبر", "they may", "مارس الضغط"
    }
    int precision = day > 0 ? 1 : 3;
    if (sameYear) {
      return new Hit(start, tok, null, precision, EventDate.Kind.ON, SAME_YEAR, month, day);
    }
    String v = Dates.monthDay(pub, year, month, day, cue);
    if (Dates.INVALID.equals(v)) {
      return null;
    }
    return year == 0 && cue == null ? new Hit(start, tok, v, precision, EventDate.Kind.ON, YEARLESS, month, day)
        : new Hit(start, tok, v, precision);
  }

  /**
   * "last year", "this year", "next year" right after a month name ("in August last year"): a hit
   * whose value is the years to add to the publication year, or null.
   */
  Hit relativeYear(int end, int tok) {
    LexMatch cb = next(end, tok, Cat.CUE_BEFORE, SPACE);
    if (cb == null) {
      return null;
    }
    LexMatch unit = next(cb.end(), cb.endTok(), Cat.PERIOD, SPACE);
    if (unit == null || !"year".equals(unit.e().unit())) {
      return null;
    }
    return new Hit(cb.start(), unit.endTok(), Integer.toString(cb.num()), 3);
  }

  /** "5 من الشهر الجاري", "العاشر من الشهر الماضي": a day of a month named by a cue. */
  Hit dayOfPeriod(Day d, int tok) {
    LexMatch unit = get(tok, Cat.PERIOD);
    Hit p = unit != null && unit.e().unit().equals("month") ? periodExpr(tok, null) : null;
    if (p == null) {
      return null;
    }
    if (p.value() == null) {
      return new Hit(d.start(), p.endTok(), null, 1); // no publication date
    }
    YearMonth ym = YearMonth.parse(p.value());
    String v = Dates.date(ym.getYear(), ym.getMonthValue(), d.day());
    return Dates.INVALID.equals(v) ? null : new Hit(d.start(), p.endTok(), v, 1);
  }

  /** A day number before a month (with an English suffix or a range), or an ordinal word. */
  Day day(int i) {
    Token t = toks.get(i);
    if (!t.numeric()) {
      LexMatch o = get(i, Cat.ORDINAL);
      return o == null ? null : new Day(o.start(), o.endTok(), o.end(), o.num());
    }
    int d = dayNumber(t);
    if (d == 0) {
      return null;
    }
    int endTok = i + 1;
    int end = t.end();
    LexMatch sfx = endTok < n && toks.get(endTok).start() == end ? get(endTok, Cat.DAYSUFFIX) : null;
    if (sfx != null) {
      endTok = sfx.endTok();
      end = sfx.end();
    }
    // A range keeps its first day: "24 و25 أكتوبر", "24-25 October", "24 and 25 October".
    if (endTok < n) {
      Token c = toks.get(endTok);
      boolean conj = (c.text().equals("\u0648") || c.text().equals("and")) && gap(end, endTok, SPACE);
      int second = conj ? endTok + 1 : endTok;
      int from = conj ? c.end() : end;
      if (second < n && dayNumber(toks.get(second)) > 0 && (conj ? gap(from, second, SPACE) : dash(from, toks.get(second).start()))) {
        endTok = second + 1;
        end = toks.get(second).end();
      }
    }
    return new Day(t.start(), endTok, end, d);
  }

  /** English "September 21", "Sept. 21st". */
  Day dayAfterMonth(int end, int tok, boolean abbrev) {
    if (!gap(end, tok, abbrev ? DOT : SPACE)) {
      return null;
    }
    Token t = toks.get(tok);
    int d = dayNumber(t);
    if (d == 0) {
      return null;
    }
    int endTok = tok + 1;
    int e = t.end();
    LexMatch sfx = endTok < n && toks.get(endTok).start() == e ? get(endTok, Cat.DAYSUFFIX) : null;
    if (sfx != null) {
      endTok = sfx.endTok();
      e = sfx.end();
    }
    return new Day(t.start(), endTok, e, d);
  }

  static int dayNumber(Token t) {
    if (!t.numeric() || t.text().length() > 2) {
      return 0;
    }
    int d = Integer.parseInt(t.text());
    return d >= 1 && d <= 31 ? d : 0;
  }

  /** A year after a month: "1952", "(حزيران) 1952", ", 2020", "من عام 2015", "عام 1973". */
  Year yearAfter(int end, int tok) {
    int k = tok;
    int e = end;
    int mode = PAREN | COMMA;
    LexMatch con = next(e, k, Cat.CONNECTOR, mode);
    if (con != null) {
      k = con.endTok();
      e = con.end();
      mode = SPACE;
    }
    LexMatch yw = next(e, k, Cat.YEARWORD, mode);
    if (yw != null) {
      k = yw.endTok();
      e = yw.end();
      mode = SPACE;
    }
    return gap(e, k, mode) ? yearNumber(k, 1000) : null;
  }

  /** "عام 2018", "العام 2018", "لعام 1979م"; a bare "2003" only after a preposition or منذ. */
  Hit yearExpr(int i, boolean lic) {
    LexMatch yw = get(i, Cat.YEARWORD);
    if (yw != null && gap(yw.end(), yw.endTok(), SPACE)) {
      Year y = yearNumber(yw.endTok(), 1000);
      if (y != null) {
        return new Hit(yw.start(), y.endTok(), Dates.year(y.year()), 3);
      }
    }
    if (lic) {
      // Without "عام" a four-digit number is a year only in the modern range (not "في 1500 منزل").
      Year y = yearNumber(i, 1900);
      if (y != null) {
        return new Hit(y.start(), y.endTok(), Dates.year(y.year()), 3);
      }
    }
    return null;
  }

  /** A four-digit year from {@code min} to 2100, with an optional era mark; Hijri years are skipped. */
  Year yearNumber(int k, int min) {
    if (k >= n) {
      return null;
    }
    Token t = toks.get(k);
    if (!t.numeric() || t.text().length() != 4) {
      return null;
    }
    int y = Integer.parseInt(t.text());
    int endTok = k + 1;
    int end = t.end();
    if (next(end, endTok, Cat.YEAR_HIJRI, SPACE) != null) {
      return null;
    }
    LexMatch ce = next(end, endTok, Cat.YEAR_CE, SPACE);
    if (ce != null) {
      endTok = ce.endTok();
      end = ce.end();
      min = Math.min(min, 1000);
    }
    return y >= min && y <= 2100 ? new Year(t.start(), endTok, end, y) : null;
  }

  /** 21/9/2020, 21-9-2020, 21.9.2020 (day first, unless the month would exceed 12), 2020-09-21. */
  Hit numericDate(int i) {
    if (i + 2 >= n) {
      return null;
    }
    Token a = toks.get(i);
    Token b = toks.get(i + 1);
    Token c = toks.get(i + 2);
    if (!a.numeric() || !b.numeric() || !c.numeric() || b.start() != a.end() + 1 || c.start() != b.end() + 1) {
      return null;
    }
    char d1 = text.charAt(a.end());
    if (d1 != text.charAt(b.end()) || (d1 != '/' && d1 != '-' && d1 != '.') || b.text().length() > 2) {
      return null;
    }
    int x = Integer.parseInt(a.text());
    int mo = Integer.parseInt(b.text());
    int z = c.text().length() <= 4 ? Integer.parseInt(c.text()) : -1;
    int y;
    int da;
    if (a.text().length() == 4 && c.text().length() <= 2) {
      y = x;
      da = z;
    } else if (c.text().length() == 4 && a.text().length() <= 2) {
      y = z;
      da = x;
      if (mo > 12 && da <= 12) { // "9/21/2020": an American order betrays itself
        int swap = mo;
        mo = da;
        da = swap;
      }
    } else {
      return null;
    }
    if (y < 1000 || y > 2100) {
      return null;
    }
    String v = Dates.date(y, mo, da);
    return Dates.INVALID.equals(v) ? null : new Hit(a.start(), i + 3, v, 1);
  }
}
