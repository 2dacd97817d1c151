package org.marsad.time;

import java.time.LocalDate;
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
 *
 * <p>This class holds the entry point, the relative expressions ("منذ", "قبل يومين", weekdays, "أمس")
 * and the post-pass that resolves anaphora; calendar expressions are {@link CalendarGrammar}'s and
 * the token view {@link TimeScan}'s, so that each stays readable on its own.
 */
final class TimeParser extends CalendarGrammar {
  TimeParser(TimeLexicon lexicon, NormalizedText norm, Words words, LocalDate pub) {
    super(lexicon, norm, words, pub);
  }

  /** {@code approx}: "أكثر من عامين", "نحو سنة": the count is a bound or a guess, not a measure. */
  private record Quantity(int start, int endTok, int end, String unit, int count, boolean approx) {}

  List<TimeMention> run() {
    List<Hit> hits = new ArrayList<>();
    int i = 0;
    while (i < n) {
      Hit h = at[i] == null && !toks.get(i).numeric() ? null : top(i);
      if (h != null) {
        h = corrected(h);
      }
      if (h == null) {
        i++;
      } else {
        hits.add(h);
        i = h.endTok();
      }
    }
    return resolve(hits);
  }

  /**
   * "ظهر اليوم (أمس)", "صباح الاثنين (أمس)": a paper printing a quoted or agency text the day after
   * puts its own relative day in brackets; that correction, relative to publication, dates the act.
   */
  private Hit corrected(Hit h) {
    int t = h.endTok();
    if (h.precision() != 1 || t >= n || !gap(end(h), t, PAREN) || text.lastIndexOf('(', toks.get(t).start()) < end(h)) {
      return h;
    }
    Hit r = relday(t);
    if (r == null || r.value() == null && pub != null || r.endTok() > t + 2) {
      return h;
    }
    int close = end(r);
    while (close < text.length() && text.charAt(close) == ' ') {
      close++;
    }
    if (close >= text.length() || text.charAt(close) != ')') {
      return h;
    }
    return new Hit(h.start(), r.endTok(), r.value(), 1);
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
    if (q.approx() && (q.unit().equals("month") || q.unit().equals("year"))) {
      // "منذ أكثر من عام": a year or so back names no month or year of its own (a few days' slack does)
      return new Hit(start, endTok, null, 3);
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
      return u == null ? null : new Quantity(start >= 0 ? start : numStart, u.endTok(), u.end(), u.e().unit(), count, start >= 0);
    }
    LexMatch u = get(k, Cat.UNIT);
    if (u == null) {
      return null;
    }
    // A lone singular noun is "one unit" unless a date follows: "قبل يوم الجمعة", "قبل عام 2018".
    if (u.num() == 1 && startsDate(u.end(), u.endTok())) {
      return null;
    }
    return new Quantity(start >= 0 ? start : u.start(), u.endTok(), u.end(), u.e().unit(), u.num(), start >= 0);
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
   * day, or by the second after "بعد منتصف" (after midnight). A night of one day after midnight ("بعد
   * منتصف ليل أمس") is the next day's small hours.
   */
  private Hit nightOfTwoDays(Hit first, boolean afterMidnight) {
    if (first.value() == null || first.value().length() != 10) {
      return first;
    }
    LocalDate d = LocalDate.parse(first.value());
    Hit sameNight = afterMidnight ? new Hit(first.start(), first.endTok(), d.plusDays(1).toString(), 1) : first;
    LexMatch w = next(end(first), first.endTok(), Cat.WEEKDAY, PAREN);
    if (w == null || w.num() != d.getDayOfWeek().getValue() % 7 + 1) {
      return sameNight; // one day's night, or two separate mentions
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
}
