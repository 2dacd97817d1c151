package org.marsad.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.marsad.clean.NormalizedText;
import org.marsad.clean.Token;
import org.marsad.lexicon.Words;
import org.marsad.model.DateRange;
import org.marsad.model.EventDate;
import org.marsad.model.Span;

/**
 * One report's pass: every token is looked up once in the lexicon, then a small recursive-descent
 * grammar is tried at each token that starts something (a lexicon word or a number), left to
 * right; the longest expression starting there wins and the scan resumes after it, so mentions
 * never overlap and come out sorted. Work is linear in the number of tokens: each rule looks at
 * a bounded number of following tokens, and there is no backtracking over the text.
 */
final class TimeParser {
  // What may stand between two words of one expression besides blanks.
  private static final int SPACE = 0;
  private static final int PAREN = 1; // ( ) [ ] / - : "يونيو (حزيران)", "كانون الثاني/يناير", "mid-May"
  private static final int COMMA = 2; // , ، : "September 21, 2020", "Monday, 21 September"
  private static final int DOT = 4; // after an abbreviation: "Sept. 21"
  private static final int MAX_GAP = 8;

  private static final int PLAIN = 0;
  private static final int ANAPHOR = 1; // "منذ ذلك الوقت": the previous mention of the sentence
  private static final int SAME_YEAR = 2; // "من العام ذاته": the year mentioned last
  private static final int YEARLESS = 3; // "في 11 سبتمبر": the sentence's year if it names one
  private static final int NIGHT = 1; // a daypart's value for a night ("ليل", "ليلة")
  private static final int DUAL = 2; // a dayword's value for "يومي"

  /** An expression found, before the post-pass resolves anaphora. month/day serve SAME_YEAR. */
  private record Hit(int start, int endTok, String value, int precision, EventDate.Kind kind, int flag, int month, int day) {
    Hit(int start, int endTok, String value, int precision) {
      this(start, endTok, value, precision, EventDate.Kind.ON, PLAIN, 0, 0);
    }

    Hit from(int s) {
      return new Hit(s, endTok, value, precision, kind, flag, month, day);
    }

    Hit since(int s) {
      return new Hit(s, endTok, value, precision, EventDate.Kind.SINCE, flag, month, day);
    }
  }

  private record Quantity(int start, int endTok, int end, String unit, int count) {}

  private record Day(int start, int endTok, int end, int day) {}

  private record Year(int start, int endTok, int end, int year) {}

  private final NormalizedText norm;
  private final String text;
  private final List<Token> toks;
  private final int n;
  private final LexMatch[][] at;
  private final LocalDate pub;

  TimeParser(TimeLexicon lexicon, NormalizedText norm, Words words, LocalDate pub) {
    this.norm = norm;
    this.text = norm.text();
    this.toks = words.tokens();
    this.n = toks.size();
    this.pub = pub;
    this.at = new LexMatch[n][];
    List<LexMatch> buf = new ArrayList<>(4);
    for (int i = 0; i < n; i++) {
      if (!lexicon.mayMatch(words, i)) {
        Entry slip = i > 0 && toks.get(i - 1).numeric() ? lexicon.monthSlip(toks.get(i).text()) : null;
        if (slip != null) { // "11 سبتمر": a month name missing one letter after a day number
          at[i] = new LexMatch[] {new LexMatch(slip, toks.get(i).start(), i + 1, toks.get(i).end())};
        }
        continue; // most words: no time form begins with any reading of it
      }
      buf.clear();
      lexicon.match(text, toks, i, buf);
      if (!buf.isEmpty()) {
        at[i] = buf.toArray(new LexMatch[0]);
      }
    }
  }

  List<TimeMention> run() {
    List<Hit> hits = new ArrayList<>();
    int i = 0;
    while (i < n) {
      Hit h = at[i] == null && !toks.get(i).numeric() ? null : top(i);
      if (h == null) {
        i++;
      } else {
        hits.add(h);
        i = h.endTok();
      }
    }
    return resolve(hits);
  }

  private Hit top(int i) {
    Hit best = since(i);
    best = longer(best, ago(i));
    return longer(best, core(i, licensed(i)));
  }

  // ---- since / ago / quantities -------------------------------------------------------------

  /** منذ + expression, anaphor ("منذ ذلك الوقت") or quantity ("منذ ثلاثة أيام", "منذ أيام"). */
  private Hit since(int i) {
    LexMatch s = get(i, Cat.SINCE);
    if (s == null || !gap(s.end(), s.endTok(), SPACE)) {
      return null;
    }
    int j = s.endTok();
    Hit best = core(j, true);
    LexMatch an = get(j, Cat.ANAPHOR);
    if (an != null && (best == null || an.end() > end(best))) {
      best = new Hit(an.start(), an.endTok(), null, 3, EventDate.Kind.ON, ANAPHOR, 0, 0);
    }
    Quantity q = quantity(j);
    if (q != null && (best == null || q.end() > end(best))) {
      best = quantityHit(q, q.start(), q.endTok());
    }
    return best == null ? null : best.since(s.start());
  }

  /** "قبل يومين", "قبل ثلاثة أسابيع", "two days ago"; not "قبل يومين من الانتخابات". */
  private Hit ago(int i) {
    LexMatch b = get(i, Cat.AGO_BEFORE);
    if (b != null && gap(b.end(), b.endTok(), SPACE)) {
      Quantity q = quantity(b.endTok());
      if (q != null && next(q.end(), q.endTok(), Cat.AGO_BLOCK, SPACE) == null) {
        return quantityHit(q, b.start(), q.endTok());
      }
    }
    Quantity q = quantity(i);
    if (q != null) {
      LexMatch a = next(q.end(), q.endTok(), Cat.AGO_AFTER, SPACE);
      if (a != null) {
        return quantityHit(q, q.start(), a.endTok());
      }
    }
    return null;
  }

  /** A vague quantity ("أيام", "a few days") is kept with a null value: it names no date. */
  private Hit quantityHit(Quantity q, int start, int endTok) {
    if (q.count() == 0) {
      return new Hit(start, endTok, null, q.unit().equals("day") ? 2 : 3);
    }
    return new Hit(start, endTok, Dates.minus(pub, q.unit(), q.count()), Dates.precision(q.unit()));
  }

  private Quantity quantity(int j) {
    if (j >= n) {
      return null;
    }
    int k = j;
    int start = -1;
    LexMatch ap = get(k, Cat.APPROX);
    if (ap != null && gap(ap.end(), ap.endTok(), SPACE)) {
      start = ap.start();
      k = ap.endTok();
    }
    Token t = toks.get(k);
    int count = -1;
    int numStart = 0;
    int numEnd = 0;
    if (t.numeric()) {
      if (t.text().length() > 4) {
        return null;
      }
      count = Integer.parseInt(t.text());
      if (count == 0) {
        return null;
      }
      numStart = t.start();
      numEnd = t.end();
      k++;
    } else {
      LexMatch nm = get(k, Cat.NUMBER);
      if (nm != null) {
        count = nm.num();
        numStart = nm.start();
        numEnd = nm.end();
        k = nm.endTok();
      }
    }
    if (count >= 0) {
      LexMatch u = next(numEnd, k, Cat.UNIT, SPACE);
      return u == null ? null : new Quantity(start >= 0 ? start : numStart, u.endTok(), u.end(), u.e().unit(), count);
    }
    LexMatch u = get(k, Cat.UNIT);
    if (u == null) {
      return null;
    }
    // A lone singular noun is "one unit" unless a date follows: "قبل يوم الجمعة", "قبل عام 2018".
    if (u.num() == 1 && startsDate(u.end(), u.endTok())) {
      return null;
    }
    return new Quantity(start >= 0 ? start : u.start(), u.endTok(), u.end(), u.e().unit(), u.num());
  }

  private boolean startsDate(int end, int tok) {
    if (!gap(end, tok, SPACE)) {
      return false;
    }
    return toks.get(tok).numeric()
        || get(tok, Cat.WEEKDAY) != null
        || get(tok, Cat.MONTH) != null
        || get(tok, Cat.RELDAY) != null;
  }

  // ---- core expressions ---------------------------------------------------------------------

  /** Any expression of kind "on"; {@code lic}: a preposition or منذ licenses a bare year or month. */
  private Hit core(int i, boolean lic) {
    if (i >= n) {
      return null;
    }
    Hit best = dayish(i);
    LexMatch am = get(i, Cat.AFTER_MIDNIGHT);
    int k = am != null && gap(am.end(), am.endTok(), SPACE) ? am.endTok() : i;
    LexMatch dp = get(k, Cat.DAYPART);
    if (dp != null && gap(dp.end(), dp.endTok(), SPACE)) {
      Hit h = dayish(dp.endTok());
      if (h != null) {
        if (dp.num() == NIGHT) {
          h = nightOfTwoDays(h, k != i);
        }
        best = longer(best, h.from(k != i ? am.start() : dp.start()));
      }
    }
    LexMatch mp = get(i, Cat.MONTHPART);
    if (mp != null && gap(mp.end(), mp.endTok(), PAREN)) {
      int j = mp.endTok();
      Hit h = longer(longer(monthExpr(j, true), periodExpr(j, 0)), yearExpr(j, true));
      if (h != null) {
        best = longer(best, h.from(mp.start()));
      }
    }
    best = longer(best, monthExpr(i, lic));
    best = longer(best, periodExpr(i, null));
    best = longer(best, yearExpr(i, lic));
    return longer(best, numericDate(i));
  }

  /** A day, optionally after "يوم": "يوم أمس", "يوم الجمعة الماضي", "يوم 25 أكتوبر". */
  private Hit dayish(int i) {
    Hit best = longer(relday(i), weekdayExpr(i));
    LexMatch dw = get(i, Cat.DAYWORD);
    if (dw != null && gap(dw.end(), dw.endTok(), SPACE)) {
      int j = dw.endTok();
      Hit h = longer(longer(relday(j), weekdayExpr(j)), longer(monthExpr(j, true), numericDate(j)));
      if (h != null && dw.num() == DUAL && h.value() != null && h.precision() == 1) {
        h = earlierOfTwo(h);
      }
      if (h != null) {
        best = longer(best, h.from(dw.start()));
      }
    }
    return best;
  }

  /** "يومي أمس وأمس الأول", "يومي الاثنين والثلاثاء": two days joined by و; the earlier is kept. */
  private Hit earlierOfTwo(Hit first) {
    int t = first.endTok();
    if (!gap(end(first), t, SPACE)) {
      return first;
    }
    Hit second = longer(relday(t), weekdayExpr(t));
    if (second == null || second.value() == null || second.value().length() != 10) {
      return first;
    }
    String v = first.value().compareTo(second.value()) <= 0 ? first.value() : second.value();
    return new Hit(first.start(), second.endTok(), v, 1);
  }

  /**
   * "ليل الثلاثاء - الأربعاء": a night named by the two weekdays it joins. It is dated by the first
   * day, or by the second after "بعد منتصف" (after midnight).
   */
  private Hit nightOfTwoDays(Hit first, boolean afterMidnight) {
    LexMatch w = next(end(first), first.endTok(), Cat.WEEKDAY, PAREN);
    if (w == null || first.value() == null || first.value().length() != 10) {
      return first;
    }
    LocalDate d = LocalDate.parse(first.value());
    if (w.num() != d.getDayOfWeek().getValue() % 7 + 1) {
      return first; // not the next day: two separate mentions
    }
    return new Hit(first.start(), w.endTok(), (afterMidnight ? d.plusDays(1) : d).toString(), 1);
  }

  /** اليوم / أمس / غدا, with an optional weekday ("أمس الاثنين") and part of day. */
  private Hit relday(int i) {
    LexMatch r = get(i, Cat.RELDAY);
    if (r != null && r.num() == 0) {
      LexMatch nth = next(r.end(), r.endTok(), Cat.ORDINAL, SPACE);
      if (nth != null && nth.num() > 1) {
        // "لليوم العاشر على التوالي", "في اليوم العاشر للحصار": day N of a state that began
        // N-1 days before publication
        String v = pub == null ? null : pub.minusDays(nth.num() - 1L).toString();
        return new Hit(r.start(), nth.endTok(), v, 1).since(r.start());
      }
    }
    if (r == null || next(r.end(), r.endTok(), Cat.NOTDAY, SPACE) != null) {
      return null;
    }
    int endTok = r.endTok();
    int end = r.end();
    int dow = 0;
    LexMatch w = next(end, endTok, Cat.WEEKDAY, PAREN);
    if (w != null) {
      dow = w.num();
      endTok = w.endTok();
      end = w.end();
    }
    LexMatch dp = next(end, endTok, Cat.DAYPART_AFTER, SPACE);
    if (dp != null) {
      endTok = dp.endTok();
    }
    return new Hit(r.start(), endTok, Dates.relDay(pub, r.num(), dow), 1);
  }

  /** "الجمعة", "الجمعة الماضية", "الخميس المقبل", "last Friday", "Monday, 21 September 2020". */
  private Hit weekdayExpr(int i) {
    int j = i;
    Integer cue = null;
    int start = -1;
    LexMatch cb = get(i, Cat.CUE_BEFORE);
    if (cb != null) {
      if (!gap(cb.end(), cb.endTok(), SPACE)) {
        return null;
      }
      j = cb.endTok();
      cue = cb.num();
      start = cb.start();
    }
    LexMatch w = get(j, Cat.WEEKDAY);
    if (w == null || next(w.end(), w.endTok(), Cat.NOTWEEKDAY, SPACE) != null) {
      return null; // "الأحد عشر" is eleven
    }
    if (start < 0) {
      start = w.start();
    }
    int endTok = w.endTok();
    int end = w.end();
    if (cue == null) {
      LexMatch ca = next(end, endTok, Cat.CUE_AFTER, SPACE);
      if (ca != null) {
        cue = ca.num();
        endTok = ca.endTok();
        end = ca.end();
      }
    }
    LexMatch dp = next(end, endTok, Cat.DAYPART_AFTER, SPACE);
    if (dp != null) {
      endTok = dp.endTok();
      end = dp.end();
    }
    if (gap(end, endTok, COMMA)) {
      // A full date right after the weekday is more reliable than the weekday.
      Hit d = longer(monthExpr(endTok, true), numericDate(endTok));
      if (d != null && d.precision() == 1 && (d.flag() == PLAIN || d.flag() == YEARLESS)) {
        return d.from(start);
      }
    }
    return new Hit(start, endTok, Dates.weekday(pub, w.num(), cue), 1);
  }

  /**
   * "الأسبوع الماضي", "الشهر المقبل", "العام الحالي", "هذا العام", "last week", "this year". A
   * period needs a cue unless {@code bare} gives one: after a part word, "مطلع العام" is this year.
   */
  private Hit periodExpr(int i, Integer bare) {
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
  private Hit monthExpr(int i, boolean lic) {
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
  private Hit relativeYear(int end, int tok) {
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
  private Hit dayOfPeriod(Day d, int tok) {
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
  private Day day(int i) {
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
  private Day dayAfterMonth(int end, int tok, boolean abbrev) {
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

  private static int dayNumber(Token t) {
    if (!t.numeric() || t.text().length() > 2) {
      return 0;
    }
    int d = Integer.parseInt(t.text());
    return d >= 1 && d <= 31 ? d : 0;
  }

  /** A year after a month: "1952", "(حزيران) 1952", ", 2020", "من عام 2015", "عام 1973". */
  private Year yearAfter(int end, int tok) {
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
  private Hit yearExpr(int i, boolean lic) {
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
  private Year yearNumber(int k, int min) {
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
  private Hit numericDate(int i) {
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

  // ---- post-pass ----------------------------------------------------------------------------

  private List<TimeMention> resolve(List<Hit> hits) {
    List<TimeMention> out = new ArrayList<>(hits.size());
    for (Hit h : hits) {
      int end = end(h);
      String value = h.value();
      DateRange range = null; // an anaphor's, taken whole from the mention it refers to
      int precision = h.precision();
      List<Span> evidence = new ArrayList<>(2);
      evidence.add(rawSpan(h.start(), end));
      if (h.flag() == ANAPHOR) {
        TimeMention prev = out.isEmpty() ? null : out.get(out.size() - 1);
        if (prev != null && sameSentence(prev.end(), h.start())) {
          range = prev.date().range();
          precision = prev.date().timePrecision();
          evidence.addAll(prev.date().evidence());
        }
      } else if (h.flag() == SAME_YEAR) {
        for (int k = out.size() - 1; k >= 0 && value == null; k--) {
          int year = yearOf(out.get(k));
          if (year > 0) {
            value = Dates.monthDay(null, year, h.month(), h.day(), null);
            if (Dates.INVALID.equals(value)) {
              value = null;
              break;
            }
          }
        }
      } else if (h.flag() == YEARLESS) {
        int year = yearOfSentence(out, h.start());
        String v = year > 0 ? Dates.monthDay(null, year, h.month(), h.day(), null) : null;
        if (v != null && !Dates.INVALID.equals(v)) {
          value = v;
        }
      }
      // the one place a resolved value's string becomes a typed range
      out.add(new TimeMention(h.start(), end,
          new EventDate(range != null ? range : DateRange.parse(value), h.kind(), precision, evidence)));
    }
    return out;
  }

  /**
   * The year of the last dated mention of kind "on" before {@code start} in its sentence, or 0: a
   * history names the year once ("عام 2001 وقعت الهجمات (11 سبتمبر)", "حرب حزيران 1967 ... يومي
   * 5 و6 حزيران"), and a yearless date there belongs to it rather than to the publication year.
   */
  private int yearOfSentence(List<TimeMention> out, int start) {
    for (int k = out.size() - 1; k >= 0; k--) {
      TimeMention m = out.get(k);
      if (!sameSentence(m.end(), start)) {
        return 0;
      }
      if (m.date().dateKind() == EventDate.Kind.ON && yearOf(m) > 0) {
        return yearOf(m);
      }
    }
    return 0;
  }

  /** The year a resolved mention names ("1973", "1973-10", "1973-10-24"), or 0. */
  private static int yearOf(TimeMention m) {
    DateRange r = m.date().range();
    return r != null && r.start().getYear() >= 0 ? r.start().getYear() : 0;
  }

  /**
   * The raw span of [start, end), widened over marks the normaliser deleted after the last letter
   * (tanween in "غداً", a final kasra, tatweel) so that evidence quotes whole written words.
   */
  private Span rawSpan(int start, int end) {
    Span s = norm.toRaw(start, end);
    String raw = norm.raw();
    int e = s.end();
    while (e < raw.length() && isMark(raw.charAt(e))) {
      e++;
    }
    return e == s.end() ? s : new Span(s.start(), e);
  }

  private static boolean isMark(char c) {
    return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640';
  }

  private boolean sameSentence(int from, int to) {
    for (int k = from; k < to; k++) {
      switch (text.charAt(k)) {
        case '.':
        case '!':
        case '?':
        case ';':
        case '\n':
        case '\r':
        case '\u061F': // Arabic question mark
        case '\u061B': // Arabic semicolon
        case '\u06D4': // Arabic full stop
          return false;
        default:
          break;
      }
    }
    return true;
  }

  // ---- helpers ------------------------------------------------------------------------------

  private int end(Hit h) {
    return toks.get(h.endTok() - 1).end();
  }

  private Hit longer(Hit a, Hit b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return end(b) > end(a) ? b : a;
  }

  /** Whether licensed by a preposition just before token i ("في 2003", "in May", "خلال يوليو"). */
  private boolean licensed(int i) {
    if (i == 0 || at[i - 1] == null) {
      return false;
    }
    for (LexMatch m : at[i - 1]) {
      if (m.e().cat() == Cat.PREP && m.endTok() == i && gap(m.end(), i, SPACE)) {
        return true;
      }
    }
    return false;
  }

  /** The longest entry of a category starting at token i, or null. */
  private LexMatch get(int i, Cat cat) {
    if (i >= n || at[i] == null) {
      return null;
    }
    LexMatch best = null;
    for (LexMatch m : at[i]) {
      if (m.e().cat() == cat && (best == null || m.end() > best.end())) {
        best = m;
      }
    }
    return best;
  }

  private LexMatch next(int end, int tok, Cat cat, int mode) {
    return gap(end, tok, mode) ? get(tok, cat) : null;
  }

  /** Whether only blanks (and what {@code mode} allows) separate offset {@code from} and token tok. */
  private boolean gap(int from, int tok, int mode) {
    if (tok >= n) {
      return false;
    }
    int to = toks.get(tok).start();
    if (to - from > MAX_GAP) {
      return false;
    }
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c == ' ' || c == '\t'
          || ((mode & PAREN) != 0 && "()[]/-\u2013\u2014".indexOf(c) >= 0)
          || ((mode & COMMA) != 0 && (c == ',' || c == '\u060C'))
          || ((mode & DOT) != 0 && c == '.')) {
        continue;
      }
      return false;
    }
    return true;
  }

  /** Blanks and exactly one hyphen or en dash: a day range "24-25". */
  private boolean dash(int from, int to) {
    int dashes = 0;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c == '-' || c == '\u2013') {
        dashes++;
      } else if (c != ' ') {
        return false;
      }
    }
    return dashes == 1;
  }
}
