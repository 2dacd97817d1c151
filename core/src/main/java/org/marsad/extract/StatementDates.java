package org.marsad.extract;

import java.util.ArrayList;
import java.util.List;
import org.marsad.lexicon.PhraseMatcher.Match;
import org.marsad.model.EventDate;

/**
 * Which times of a sentence date a statement rather than the act it reports: English puts the day
 * right at the verb of saying ("killing 30, a monitoring group said Wednesday", "told AFP on Monday",
 * "on Monday claimed responsibility"), and news reports an act the day after it, so the statement's
 * day is the act's only when nothing else dates it. The verbs are data (cues-en: STATEMENT).
 */
final class StatementDates {
  private StatementDates() {}

  /**
   * Whether a time is the report's own stamp: the first words of the text ("Mon Aug 15 2016 More than
   * 30 rebels killed", "16 July 2015 At least 11 civilians") or a time right after a stamp word
   * ("Published April 5 2017", "AFP Wednesday 29 Oct 2014"). It dates the report, not an act.
   */
  static boolean stamp(Mentions m, int first) {
    if (first <= 1) { // a weekday's name may lead it ("Thu Oct 5 2017")
      return true;
    }
    Match<Lexicons.Cue> c = m.cueIn(CueClass.STAMP, first - 2, first, first);
    return c != null && c.endToken() == first;
  }

  /** The times of {@code own} standing at a statement verb; a time right before the act's word ("Tuesday's strike") is the act's. */
  static List<At<EventDate>> saying(Mentions m, List<At<EventDate>> own, int f, int gap) {
    List<At<EventDate>> out = new ArrayList<>();
    // SAYS ("said", "reported") and STATEMENT ("told", "claimed"): at one start the longest phrase of any class wins, so both are read
    List<Match<Lexicons.Cue>> says = m.cues(CueClass.SAYS);
    List<Match<Lexicons.Cue>> verbs = m.cues(CueClass.STATEMENT);
    for (At<EventDate> x : own) {
      if (x.end() != f && (atVerb(m, verbs, x, gap) || atVerb(m, says, x, gap))) {
        out.add(x);
      }
    }
    return out;
  }

  /** A verb ends at most {@code gap} words before the time ("said on Wednesday", "told AFP Monday") or starts right after it. */
  private static boolean atVerb(Mentions m, List<Match<Lexicons.Cue>> verbs, At<EventDate> x, int gap) {
    int from = At.firstAt(verbs, Match::firstToken, x.first() - gap - 4);
    for (int i = from; i < verbs.size() && verbs.get(i).firstToken() <= x.end(); i++) {
      Match<Lexicons.Cue> c = verbs.get(i);
      if (m.sameSentence(c.firstToken(), x.first())
          && ((x.first() >= c.endToken() && x.first() - c.endToken() <= gap) || c.firstToken() == x.end())) {
        return true;
      }
    }
    return false;
  }
}
