package org.marsad.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.lexicon.PhraseMatcher;
import org.marsad.model.EventDate;
import org.marsad.model.EventType;

/**
 * Attaches a date to an act from the time mentions of its sentence: the nearest one not across a
 * clause barrier, refined by a finer one inside it, leaving out the times that date something
 * else (the day a statement was made, what a relative clause tells of another noun, the act a
 * threat avenges). For an English act reported after it happened, the statement's day (or the
 * report's stamp) is kept apart as {@link Dated#said()}: it dates the act only when no mention of
 * it names the act's own day ({@link #lastResort}).
 */
final class DateRules {
  // acts reported after they happen: a statement's day is not theirs (a siege, a threat, a demand is news of that day)
  private static final Set<EventType> REPORTED_ACTS = Set.of(
      EventType.ATTACK, EventType.ARREST, EventType.CONTROL_CHANGE, EventType.DISPLACEMENT);

  private final ExtractSettings s;

  DateRules(ExtractSettings s) {
    this.s = s;
  }

  /** An act's own date, and the day of the statement that reports it (null unless English and reported). */
  record Dated(EventDate date, EventDate said) {}

  /**
   * Takes the report's stamps out of {@code times} and returns them: "Published April 5 2017", a date
   * line in the first words. They date the report, and an act of their sentence only as a statement's day.
   */
  static List<At<EventDate>> takeStamps(Mentions m, List<At<EventDate>> times) {
    List<At<EventDate>> stamps = new ArrayList<>();
    times.removeIf(x -> StatementDates.stamp(m, x.first()) && stamps.add(x));
    return stamps;
  }

  /**
   * The date of the act whose words are [f, e) (null when its sentence gives none for it) and, for an English act reported after it happened ("killing 30, a
   * monitoring group said Wednesday", "on Monday claimed responsibility"), the statement's day.
   */
  Dated dated(Mentions m, EventType type, boolean passive, int f, int e, List<At<EventDate>> times,
      List<At<EventDate>> stamps, boolean english) {
    int from = m.sentenceStart[f];
    List<At<EventDate>> sentence =
        times.subList(At.firstAt(times, At::first, from), At.firstAt(times, At::first, m.sentenceEnd[f]));
    List<At<EventDate>> own = new ArrayList<>(sentence);
    PhraseMatcher.Match<Lexicons.Cue> that = type == EventType.ATTACK ? m.cueIn(CueClass.THAT, from, f, f) : null;
    if (that != null && m.cueIn(CueClass.SAYS, from, that.firstToken(), f) != null) {
      // "قال الجيش في بيان اليوم الأحد إن الغارات أصابت": that day is the statement's, and
      // strikes are reported after they happen; a siege lifted or imposed is news of that day
      own.removeIf(x -> x.first() < that.firstToken() && m.cueIn(CueClass.SAYS, from, x.first(), f) != null);
    }
    EventDate said = null;
    if (english && REPORTED_ACTS.contains(type)) {
      List<At<EventDate>> saying = new ArrayList<>(StatementDates.saying(m, own, f, s.statementTimeGap()));
      for (At<EventDate> x : sentence) {
        if (!own.contains(x)) {
          saying.add(x); // "said on Monday that its jets struck": dropped above as the statement's
        }
      }
      At<EventDate> st = At.nearest(m, saying, f, e, Integer.MAX_VALUE, false); // a statement reports its whole sentence
      said = st == null ? null : st.value();
      for (At<EventDate> x : stamps) {
        said = said == null && m.sameSentence(x.first(), f) ? x.value() : said;
      }
      own.removeAll(saying);
    }
    if (english && type == EventType.THREAT) {
      // "vowed revenge for Tuesday's strike": that day is the avenged act's, not the threat's
      own.removeIf(x -> endsAt(m, CueClass.REASON, x.first()) || endsAt(m, CueClass.ACT_REFERENCE, x.first()));
    }
    own.removeIf(x -> inRelativeClause(m, x, f, e) || comparison(m, x, f) || describesPlace(m, x, f));
    At<EventDate> time = At.nearest(m, own, f, e, s.maxTimeDistance(), true);
    EventDate date = time == null ? null : refined(m, own, time, f, e).value();
    if (english && type == EventType.SIEGE && date != null && !date.since() && sinceUnknown(m, passive, f, e)) {
      date = null; // "under siege for years", "four besieged areas resumed Wednesday": the day is the main verb's
    }
    return new Dated(date, said);
  }

  private static final Set<String> SINCE = Set.of("منذ", "since");

  /** "أعنف قصف منذ ستة أشهر", "the worst attack since February": a since-time after a superlative measures, it dates nothing. */
  private static boolean comparison(Mentions m, At<EventDate> x, int f) {
    if (x.value().since() && m.cueIn(CueClass.SUPERLATIVE, x.first() - 5, x.first(), x.first()) != null) {
      return true;
    }
    // "الأعنف منذ معركة ... في فبراير", "the worst since the battle of X in February": the time of the act compared
    // with, which dates that act (after "منذ") but not the one compared (before it)
    for (int k = x.first() - 1; k > f && k >= Math.max(m.sentenceStart[x.first()], x.first() - 8); k--) {
      if (SINCE.contains(m.tokens.get(k).text().toLowerCase(java.util.Locale.ROOT))) {
        return m.cueIn(CueClass.SUPERLATIVE, k - 5, k, k) != null;
      }
    }
    return false;
  }

  /**
   * "a monitor said Wednesday": an act no mention dates takes the day of the statement that reported it.
   */
  Draft lastResort(Draft d, LocalDate published) {
    return (d.date() == null || d.date().range() == null) && d.said() != null
        ? d.dated(d.said(), EventExtractor.before(d.said(), published, s.historicalDays())) : d;
  }

  /**
   * "سيطرت القوات أمس على بلدة ... واستهدف الطيران بلدة أخرى": an Arabic act that no mention dates
   * takes the last day named in the sentences just before it in its paragraph ({@code
   * paragraph_day_sentences}), as a report tells a paragraph's news on one day and dates it once.
   * Run after the joining of mentions, so it changes no event's identity; a since-time, a vague, a
   * future or a background time is no such day. English does the same for acts reported after they
   * happen ("strikes killed 22 on Monday ... Five more were killed in Sabqa"): a lead's day covers the
   * toll told town by town after it, while a build-up, a threat or a deal told later is news of its own.
   */
  Draft paragraphDay(Draft d, Mentions m, List<At<EventDate>> times, LocalDate published, boolean english) {
    if ((d.date() != null && d.date().range() != null) || d.type().isCondition() || d.historical() || published == null
        || english && !REPORTED_ACTS.contains(d.type())) {
      return d;
    }
    int first = 0;
    while (first < m.tokens.size() && m.sentence[first] < d.sentence()) {
      first++;
    }
    if (first >= m.tokens.size()) {
      return d;
    }
    EventDate day = null;
    for (At<EventDate> x : times) {
      if (x.first() >= m.sentenceStart[first]) {
        break;
      }
      EventDate v = x.value();
      if (m.paragraph[x.first()] == m.paragraph[first] && d.sentence() - m.sentence[x.first()] <= s.paragraphDaySentences()
          && v.range() != null && !v.since() && v.timePrecision() == 1
          && !v.range().end().isAfter(published) && !EventExtractor.before(v, published, s.historicalDays())) {
        day = v;
      }
    }
    return day == null ? d : d.dated(day, false);
  }

  /**
   * A siege told by how long it has lasted, or as an attribute of a place noun, runs from an unknown start;
   * after an article the place's name may stand between ("a besieged Damascus suburb").
   */
  private static boolean sinceUnknown(Mentions m, boolean passive, int f, int e) {
    boolean participle = passive || m.tokens.get(e - 1).text().endsWith("ed");
    boolean article = f > 0 && ActorRules.isDeterminer(m.tokens.get(f - 1).text());
    boolean attributive = participle && (m.cueIn(CueClass.PLACE_NOUN, e, e + 1, f) != null
        || article && m.cueIn(CueClass.PLACE_NOUN, e + 1, e + 3, f) != null);
    return attributive || m.cueIn(CueClass.DURATION, e, e + 3, f) != null;
  }

  /** Whether a cue of the class ends right at word {@code w}. */
  private static boolean endsAt(Mentions m, CueClass cls, int w) {
    PhraseMatcher.Match<Lexicons.Cue> c = m.cueIn(cls, w - 4, w, w);
    return c != null && c.endToken() == w;
  }

  /**
   * "أعدم التنظيم 50 من أهالي المدينة الذين تظاهروا أمس": a time inside a relative clause that
   * opens after the act's words (and their adjectives) dates what the clause tells of its own noun.
   * "الغارة الجوية التي نفذها الطيران أمس" keeps its day: the clause there tells of the act itself.
   */
  private boolean inRelativeClause(Mentions m, At<EventDate> x, int f, int e) {
    if (x.first() < e) {
      return false;
    }
    PhraseMatcher.Match<Lexicons.Cue> rel = m.cueIn(CueClass.RELATIVE, e + s.relativeAntecedentWords(), x.first(), f);
    // "... والتي كانت في أيدي المتمردين، وفق ما أفادت مصادر أمس": a comma closes the clause
    return rel != null && !m.barrierBetween(f, rel.firstToken())
        && !Mentions.hasClauseBreak(m.norm, m.tokens.get(rel.endToken() - 1).end(), m.tokens.get(x.first()).start());
  }

  /**
   * "أحكموا يوم السبت الخناق على بلدة مضايا المحاصرة منذ يوليو، إذ أغلقوا المنفذ الأخير": a since-time
   * right after a definite participle of another act describes the place that participle qualifies (a
   * reduced relative clause); it dates that state, not the acts told after it.
   */
  private static boolean describesPlace(Mentions m, At<EventDate> x, int f) {
    int w = x.first() - 1;
    return x.value().since() && x.first() < f && w >= m.sentenceStart[f] && m.actStarts.get(w)
        && m.tokens.get(w).text().startsWith("ال");
  }

  /**
   * A finer date of the same sentence inside the nearest one: "حرب حزيران 1967 ... وبالتحديد يوم
   * 9 حزيران" is dated the 9th, not June.
   */
  private At<EventDate> refined(Mentions m, List<At<EventDate>> times, At<EventDate> time, int f, int e) {
    EventDate d = time.value();
    if (d.range() == null || d.timePrecision() == 1) {
      return time;
    }
    List<At<EventDate>> finer = new ArrayList<>();
    for (At<EventDate> x : times) {
      EventDate v = x.value();
      if (v.range() != null && v.timePrecision() < d.timePrecision() && v.dateKind() == d.dateKind()
          && d.range().contains(v.range())) {
        finer.add(x);
      }
    }
    At<EventDate> best = At.nearest(m, finer, f, e, s.maxTimeDistance(), true);
    return best == null ? time : best;
  }
}
