package org.marsad.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.marsad.model.DateRange;
import org.marsad.model.EventDate;
import org.marsad.model.Place;

/**
 * Joins the mentions of a report into happenings: one event however many times the report tells
 * it (a toll, a follow-up, a restatement), and dates for the mentions that detail a dated one.
 */
final class Happenings {
  private final ExtractSettings s;

  Happenings(ExtractSettings s) {
    this.s = s;
  }

  /**
   * An internal attribute (dropped from the output): the mention tells a happening of its own ("a
   * second car bomb", "another strike", "exploded in another district"), which joins no earlier event.
   */
  static final String DISTINCT = "_distinct";

  /**
   * The mention with the marks that keep it from joining what was told before: DISTINCT for one more
   * act of its kind ("a second car bomb"), OWN_STAGE for an English siege's end or easing.
   */
  Draft marked(Draft d, Mentions m, int f, int e, boolean english) {
    Map<String, Object> own = new java.util.LinkedHashMap<>(d.attributes());
    if (english && d.ending()) {
      own.put(OWN_STAGE, "yes");
    }
    if (!d.type().isCondition() && distinct(m, f, e, s.distinctReach())) {
      own.put(DISTINCT, "yes");
    }
    return own.size() == d.attributes().size() ? d : d.with(own);
  }

  /**
   * "The airstrikes ripped through the market": an English act noun after "the" whose sentence names no
   * place and no time is the act told before with the same noun (in {@code told}: the noun's last act of
   * this report that its own sentence placed); it takes that act's place, so that it joins it rather than
   * the last place named. {@code told} is updated with this mention when its sentence places it.
   */
  static Draft restated(Draft d, Mentions m, int f, Map<String, Draft> told) {
    String head = m.tokens.get(f).text();
    boolean placedHere = "sentence".equals(d.attributes().get("place_basis"));
    if (placedHere && !d.historical() && !d.attributes().containsKey(DISTINCT)) {
      told.put(d.type() + " " + head, d);
      return d;
    }
    Draft before = f > 0 && m.tokens.get(f - 1).text().equals("the") && d.date() == null && !placedHere
        ? told.get(d.type() + " " + head) : null;
    return before == null || before.modality() != d.modality() ? d : d.placed(before.place());
  }

  /**
   * Whether the act at words [f, e) is told as one more of its kind: a DISTINCT cue before its words,
   * at most {@code reach} words before with no comma between ("another policeman was shot"), or an
   * ELSEWHERE cue in its clause after them. Conditions (a siege) are one however they are told.
   */
  static boolean distinct(Mentions m, int f, int e, int reach) {
    org.marsad.lexicon.PhraseMatcher.Match<Lexicons.Cue> before = m.cueIn(CueClass.DISTINCT, f - reach - 2, f, f);
    if (before != null && before.endToken() <= f && f - before.endToken() <= reach && m.sameSentence(before.firstToken(), f)
        && !Mentions.hasClauseBreak(m.norm, m.tokens.get(before.endToken() - 1).end(), m.tokens.get(f).start())
        && !m.barrierBetween(before.firstToken(), f)) {
      for (int k = before.endToken(); k < f - 1; k++) {
        if (m.tokens.get(k).numeric() || m.cueIn(CueClass.APPROX, k, k + 1, k) != null) {
          return false; // "another 100 people were wounded": a toll of the act told ("another 17 strikes" counts acts)
        }
      }
      return true;
    }
    org.marsad.lexicon.PhraseMatcher.Match<Lexicons.Cue> after = m.cueIn(CueClass.ELSEWHERE, e, e + reach, f);
    return after != null && m.sameSentence(after.firstToken(), f) && !m.barrierBetween(e, after.firstToken())
        && !Mentions.hasClauseBreak(m.norm, m.tokens.get(e - 1).end(), m.tokens.get(after.firstToken()).start());
  }

  /**
   * One event per (type, place, date, modality, historical): spans of the same happening merge.
   * An undated mention joins the latest dated event of its kind in its paragraph or the one before,
   * as reports date a happening once and then refer back to it; further on, it is news of its own
   * (and so are two undated ones paragraphs apart). A condition (a siege) is one however far apart.
   */
  List<Draft> merge(List<Draft> drafts) {
    List<Draft> out = new ArrayList<>();
    Map<List<Object>, Integer> lastOfKey = new HashMap<>(); // (kind, date) -> its latest event
    Map<List<Object>, List<Integer>> datedOfKind = new HashMap<>();
    Map<List<Object>, Integer> lastOfType = new HashMap<>();
    for (Draft d : drafts) {
      // an undated mention is not known to be background: the dated event it joins decides that
      List<Object> kind = Arrays.asList(d.type(), d.modality(), placeId(d.place()));
      DateRange date = range(d.date());
      // two undated acts reported on different days ("said on Wednesday", "said on Thursday") are two
      List<Object> key = Arrays.asList(kind, date != null ? date : range(d.said()), d.historical());
      Integer same = lastOfKey.get(key);
      if (same != null && (d.attributes().containsKey(DISTINCT) || stagesApart(out.get(same), d))
          && out.get(same).sentence() != d.sentence()) {
        same = null; // "a second car bomb exploded": one more happening, though its sentence tells it twice
      }
      int target = same != null && (date != null || near(out.get(same), d)) && !phasesClash(out.get(same), d) ? same : -1;
      if (target < 0 && date == null && !d.attributes().containsKey(DISTINCT)) {
        DateRange latest = null;
        List<Integer> dated = datedOfKind.getOrDefault(kind, List.of());
        for (int i : dated.subList(Math.max(0, dated.size() - s.lookBackEvents()), dated.size())) {
          Draft o = out.get(i);
          if (near(o, d) && !otherDoer(o, d) && !stagesApart(o, d) && !phasesClash(o, d)
              && (latest == null || range(o.date()).compareTo(latest) > 0)) {
            latest = range(o.date());
            target = i;
          }
        }
      }
      if (target < 0 && date == null && !d.type().isCondition() && !"sentence".equals(d.attributes().get("place_basis"))
          && !d.attributes().containsKey(DISTINCT)) {
        // "وقال ناشط إن الاشتباكات متواصلة": an act whose sentence names no place is the last one
        // of its kind told just before
        Integer last = lastOfType.get(Arrays.asList(d.type(), d.modality()));
        if (last != null && near(out.get(last), d) && !otherDoer(out.get(last), d) && !phasesClash(out.get(last), d)) {
          target = last;
        }
      }
      if (target < 0) {
        out.add(d);
        lastOfKey.put(key, out.size() - 1);
        lastOfType.put(Arrays.asList(d.type(), d.modality()), out.size() - 1);
        if (date != null) {
          datedOfKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(out.size() - 1);
        }
      } else {
        out.set(target, out.get(target).join(d));
        lastOfType.put(Arrays.asList(d.type(), d.modality()), target);
      }
    }
    return out;
  }


  /**
   * A mention joins the latest earlier event it does not contradict: same type and modality, and
   * dates, places and doers that are equal, unknown on one side, or one holding the other (a
   * country or governorate and a town of it). "خطفت الجبهة ثمانية عناصر ... عملية الخطف تمت على
   * حاجز قرب إعزاز مساء الأربعاء" is one abduction, told twice. Compatible means not
   * contradicting, not equal; the joined event keeps the finer place and the known date.
   */
  List<Draft> join(List<Draft> events) {
    List<Draft> out = new ArrayList<>(events.size());
    for (Draft d : events) {
      int target = -1;
      for (int j = out.size() - 1; j >= Math.max(0, out.size() - s.lookBackEvents()); j--) {
        Draft o = out.get(j);
        if (d.paragraph() - o.paragraph() > s.joinParagraphs() && !d.type().isCondition()) {
          break;
        }
        if (compatible(o, d)) {
          target = j;
          break;
        }
      }
      if (target < 0) {
        out.add(d);
      } else {
        Draft o = out.get(target);
        Draft joined = o.join(d);
        if (finer(d.place(), o.place())) {
          joined = joined.placed(d.place());
        }
        if (o.date() != null && d.date() != null && d.date().timePrecision() < o.date().timePrecision()) {
          joined = joined.dated(d.date(), joined.historical()); // "في آب ... يوم الرابع منه": the day
        }
        out.set(target, joined);
      }
    }
    return out;
  }

  private static boolean compatible(Draft a, Draft b) {
    if (b.attributes().containsKey(DISTINCT) || a.type() != b.type() || a.modality() != b.modality() || a.historical() != b.historical()) {
      return false;
    }
    DateRange da = span(a.date());
    DateRange db = span(b.date());
    if (!reportable(da, range(a.said()), db, range(b.said()))) {
      return false;
    }
    if (otherDoer(a, b) || phasesClash(a, b) || stagesApart(a, b) && a.sentence() != b.sentence()) {
      return false;
    }
    Place pa = a.place();
    Place pb = b.place();
    if (pa != null && pb != null && !pa.id().equals(pb.id()) && !holds(pa, pb) && !holds(pb, pa)) {
      return false;
    }
    if (otherTown(a, b) || otherTown(b, a)) {
      return false;
    }
    // two mentions each with its own town and day are two acts even when they agree; one of them
    // must leave something unsaid to be a restatement: no place or date, or a coarser one (a
    // lead's "this week in Syria" told again as "on Wednesday near Azaz")
    return da == null || db == null || pa == null || pb == null || !pa.id().equals(pb.id()) || !da.equals(db);
  }

  /**
   * Whether the days of two mentions can be one happening's: own days nested; two undated acts
   * reported on different days ("Russia said on Wednesday", "... on Thursday") are two; an act told
   * on one day cannot have happened after it.
   */
  private static boolean reportable(DateRange da, DateRange saidA, DateRange db, DateRange saidB) {
    if (da != null && db != null) {
      return da.nested(db);
    }
    if (da == null && db == null) {
      return saidA == null || saidB == null || saidA.nested(saidB);
    }
    DateRange own = da != null ? da : db;
    DateRange said = da != null ? saidB : saidA;
    return said == null || !own.start().isAfter(said.end());
  }

  /**
   * An internal attribute: the name of a town the gazetteer lacks that the text gives as the act's place
   * ("براميل على قرية الزكاة بريف حماة"). The event stands at the area named after it, but the act was at
   * that town: it is no restatement of an act at another town of the area, nor at another unknown one.
   */
  static final String UNKNOWN_TOWN = "_unknown_town";

  /** Whether {@code a} is at a town the gazetteer lacks and {@code b} at another town, known or not. */
  private static boolean otherTown(Draft a, Draft b) {
    Object name = a.attributes().get(UNKNOWN_TOWN);
    if (name == null) {
      return false;
    }
    Object other = b.attributes().get(UNKNOWN_TOWN);
    return other != null ? !other.equals(name) : b.place() != null && b.place().geoPrecision() == 1;
  }

  /** A siege's end and its tightening are two happenings, never one told twice. */
  private static boolean phasesClash(Draft a, Draft b) {
    return tighteningAndEnd(a, b) || tighteningAndEnd(b, a);
  }

  private static boolean tighteningAndEnd(Draft a, Draft b) {
    Object phase = b.attributes().get("phase");
    // not "imposed": a siege said to hold since a date ("المفروض منذ سنتين") is the one an ending ends
    return a.ending() && "tightened".equals(phase);
  }

  /**
   * An internal attribute: an English siege's end or easing, which is news of its own. Arabic names
   * battles and plans by their goal ("معركة فك الحصار", "مشروع فك الحصار"), so there a lifting without
   * an aim cue still often tells the siege held, and joins it.
   */
  static final String OWN_STAGE = "_own_stage";

  /**
   * Whether one mention tells a siege held and the other its end or easing ("besieged the district
   * for two years ... the end of the siege"): the end is a change of its own, dated by itself, which a
   * siege told in another sentence must not swallow. A participle that only describes a place
   * ("the besieged town") is no stage.
   */
  private static boolean stagesApart(Draft a, Draft b) {
    Draft end = a.ending() ? a : b;
    return a.type() == b.type() && a.ending() != b.ending() && end.attributes().containsKey(OWN_STAGE)
        && !a.attributes().containsKey(Draft.DESCRIBED) && !b.attributes().containsKey(Draft.DESCRIBED);
  }

  /** Whether both name their doer and the doers differ. */
  private static boolean otherDoer(Draft a, Draft b) {
    if (a.actor1() == null || b.actor1() == null || a.actor1().name().equals(b.actor1().name())) {
      return false;
    }
    // a clash has two sides, either named first: "ISIL, Nusra clash" and "clashes between Nusra and ISIL"
    return !(clash(a) && clash(b) && (named(a.actor2(), b.actor1()) || named(b.actor2(), a.actor1())));
  }

  private static boolean clash(Draft d) {
    return "armed clash".equals(d.attributes().get("subtype"));
  }

  private static boolean named(org.marsad.model.Actor x, org.marsad.model.Actor y) {
    return x != null && y != null && x.name().equals(y.name());
  }

  /** Whether {@code p} says more precisely where than {@code q}. */
  private static boolean finer(Place p, Place q) {
    return p != null && (q == null || p.geoPrecision() < q.geoPrecision());
  }

  /**
   * "شنت الطائرات غارات في سوريا يوم الأحد ... تركزت حول إدلب": an undated act dated nowhere else
   * takes the date of the report's act of its type just before it (within {@code inherit_paragraphs}
   * paragraphs) whose place holds its place, or of its sentence, as a report dates a happening once and
   * then details it ("عام 1980 هاجمت القوات المدينة ... مما دفع الطرف الآخر إلى قصف الحدود").
   */
  List<Draft> inheritDates(List<Draft> events) {
    List<Draft> out = new ArrayList<>(events.size());
    for (int i = 0; i < events.size(); i++) {
      Draft d = events.get(i);
      if (range(d.date()) == null && !d.type().isCondition() && d.place() != null) {
        Draft from = null;
        // events are in the order of their first mention: the act detailed is among the last few before
        for (int j = Math.max(0, i - s.lookBackEvents()); j < i; j++) {
          Draft o = events.get(j);
          if (o != d && o.type() == d.type() && range(o.date()) != null && o.place() != null
              && o.paragraph() <= d.paragraph() && d.paragraph() - o.paragraph() <= s.inheritParagraphs()
              && o.evidence().get(0).start() < d.evidence().get(0).start()
              && (holds(o.place(), d.place()) || o.sentence() == d.sentence())
              && reportable(range(o.date()), null, null, range(d.said()))) {
            from = o;
          }
        }
        if (from == null && d.attributes().containsKey(DISTINCT)) {
          // "another 17 strikes targeted ... in Iraq": one more of the act told just before, on its day
          for (int j = Math.max(0, i - s.lookBackEvents()); j < i; j++) {
            Draft o = events.get(j);
            if (o.type() == d.type() && range(o.date()) != null && o.paragraph() <= d.paragraph()
                && d.paragraph() - o.paragraph() <= s.inheritParagraphs()) {
              from = o;
            }
          }
          if (from != null && d.actor1() == null && from.actor1() != null) {
            d = d.doneBy(from.actor1());
          }
        }
        if (from != null) {
          d = d.dated(from.date(), from.historical());
        }
      }
      out.add(d);
    }
    return out;
  }

  /** Whether {@code area} is {@code p} or a country or governorate holding it. */
  private static boolean holds(Place area, Place p) {
    if (area.id().equals(p.id())) {
      return true;
    }
    if (area.geoPrecision() != 3 || area.admin1() != null || !Objects.equals(area.country(), p.country())) {
      return false;
    }
    return area.id().equals(area.country()) || area.name().equals(p.admin1());
  }

  private static boolean near(Draft earlier, Draft later) {
    return later.type().isCondition() || later.paragraph() - earlier.paragraph() <= 1;
  }

  private static String placeId(Place p) {
    return p == null ? null : p.id();
  }

  private static DateRange range(EventDate d) {
    return d == null ? null : d.range();
  }

  /**
   * The days a date can mean: a week told without its day ("هذا الأسبوع", "last week": a day at
   * precision 2) is any day within a week of it, so the day a later paragraph gives does not contradict it.
   */
  private static DateRange span(EventDate d) {
    DateRange r = range(d);
    if (r == null || d.timePrecision() != 2 || r.unit() != DateRange.Unit.DAY) {
      return r;
    }
    return new DateRange(r.start().minusDays(6), r.end().plusDays(6), DateRange.Unit.DAY);
  }
}
