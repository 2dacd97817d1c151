package org.marsad.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.lexicon.PhraseMatcher;
import org.marsad.lexicon.PhraseMatcher.Match;

/**
 * Doers that the clause around an act names or rules out by its construction, not by distance: the
 * subject of a verb of managing ("تمكنت الفصائل من السيطرة"), and the actors named in a charge
 * ("بتهمة التعاون مع الجيش"), who are never the doer. {@link ActorRules} asks these first.
 */
final class ClauseDoers {
  private ClauseDoers() {}

  /** How far a verb of managing governs the verbal nouns after it, and how close its subject stands to it. */
  private static final int ABLE_REACH = 20;
  /** The words that open a verb of managing's complement: "تمكنت من السيطرة", "نجحت في فك". */
  private static final Set<String> ABLE_COMPLEMENT = Set.of("من", "في");
  private static final int ABLE_SUBJECT = 3;
  /** A subject before the verb may carry a qualifier ("الفصائل المقاتلة في المدينة تمكنت"). */
  private static final int ABLE_SUBJECT_BEFORE = 5;

  /**
   * "تمكنت الفصائل بعد سلسلة هجمات من السيطرة على مواقع", "الفصائل تمكنت من قتل العشرات من قوات النظام
   * والسيطرة على مبان": an Arabic verbal noun governed by a verb of managing (ABLE) before it in its clause
   * (its complement opened by من/في, or coordinated in it by و) is done by that verb's subject, the actor
   * just before or just after the verb; the actors between are its objects. Null when no such verb or
   * subject is found.
   */
  static Match<Lexicons.ActorEntry> ableSubject(Mentions m, Set<String> kinds, int f, List<Match<Lexicons.ActorEntry>> actors,
      Set<Match<Lexicons.ActorEntry>> excluded, Match<Lexicons.ActorEntry> not) {
    PhraseMatcher.Match<Lexicons.Cue> able = m.cueIn(CueClass.ABLE, f - ABLE_REACH, f, f);
    // the verbal noun opens the complement ("من السيطرة") or is coordinated in it ("من قتل ... والسيطرة")
    boolean governed = f > 0 && (ABLE_COMPLEMENT.contains(m.tokens.get(f - 1).text()) || m.tokens.get(f).text().startsWith("و"));
    if (able == null || !governed || able.endToken() > f || m.barrierBetween(able.firstToken(), f)
        || Mentions.hasClauseBreak(m.norm, m.tokens.get(able.firstToken()).start(), m.tokens.get(f).start())) {
      return null;
    }
    Match<Lexicons.ActorEntry> subject = null;
    for (int i = 0; i < actors.size(); i++) {
      Match<Lexicons.ActorEntry> ac = actors.get(i);
      boolean before = ac.endToken() <= able.firstToken() && able.firstToken() - ac.endToken() <= ABLE_SUBJECT_BEFORE
          && !m.barrierBetween(ac.firstToken(), able.firstToken());
      boolean after = ac.firstToken() >= able.endToken() && ac.firstToken() - able.endToken() < ABLE_SUBJECT && ac.endToken() <= f
          && !ActorRules.objectMarked(m, ac);
      if ((before || after) && m.sameSentence(ac.firstToken(), f) && !ActorRules.inner(actors, i) && !excluded.contains(ac)
          && (not == null || !ac.value().name().equals(not.value().name())) && kinds.contains(ac.value().kind())
          && (subject == null || after)) {
        subject = ac; // after the verb (VSO) over before it
      }
    }
    return subject;
  }

  /** Words from a charge to an actor it names: "بتهمة التعاون مع الجيش", "accused of collaborating with the army". */
  private static final int CHARGE_REACH = 5;

  /**
   * Actors named in a charge ("اعتقلت القوات شابين بتهمة التعاون مع الجيش", "detained two men accused of
   * spying for the rebels"): whom the accused sided with, never the doer of the arrest.
   */
  static Set<Match<Lexicons.ActorEntry>> inCharge(Mentions m, int f, List<Match<Lexicons.ActorEntry>> actors) {
    Set<Match<Lexicons.ActorEntry>> out = new HashSet<>();
    for (Match<Lexicons.ActorEntry> ac : actors) {
      int a = ac.firstToken();
      PhraseMatcher.Match<Lexicons.Cue> charge = m.sameSentence(a, f) ? m.cueIn(CueClass.CHARGE, a - CHARGE_REACH, a, a) : null;
      if (charge != null && charge.endToken() <= a && !m.barrierBetween(charge.firstToken(), a)) {
        out.add(ac);
      }
    }
    return out;
  }
}
