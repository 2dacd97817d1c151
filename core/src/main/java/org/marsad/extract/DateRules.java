package org.marsad.extract;

import java.util.ArrayList;
import java.util.List;
import org.marsad.lexicon.PhraseMatcher;
import org.marsad.model.EventDate;
import org.marsad.model.EventType;

/**
 * Attaches a date to an act from the time mentions of its sentence: the nearest one not across a
 * clause barrier, refined by a finer one inside it, leaving out the times that date something
 * else (the day a statement was made, what a relative clause tells of another noun).
 */
final class DateRules {
  private final ExtractSettings s;

  DateRules(ExtractSettings s) {
    this.s = s;
  }

  /** The date of the act whose words are [f, e), or null when its sentence gives none for it. */
  EventDate date(Mentions m, EventType type, int f, int e, List<At<EventDate>> times) {
    int from = m.sentenceStart[f];
    List<At<EventDate>> own = new ArrayList<>(
        times.subList(At.firstAt(times, At::first, from), At.firstAt(times, At::first, m.sentenceEnd[f])));
    PhraseMatcher.Match<Lexicons.Cue> that = type == EventType.ATTACK ? m.cueIn(CueClass.THAT, from, f, f) : null;
    if (that != null && m.cueIn(CueClass.SAYS, from, that.firstToken(), f) != null) {
      // "قال الجيش في بيان اليوم الأحد إن الغارات أصابت": that day is the statement's, and
      // strikes are reported after they happen; a siege lifted or imposed is news of that day
      own.removeIf(x -> x.first() < that.firstToken() && m.cueIn(CueClass.SAYS, from, x.first(), f) != null);
    }
    own.removeIf(x -> inRelativeClause(m, x, f, e));
    At<EventDate> time = At.nearest(m, own, f, e, s.maxTimeDistance(), true);
    return time == null ? null : refined(m, own, time, f, e).value();
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
