package org.marsad.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.lexicon.PhraseMatcher;
import org.marsad.lexicon.PhraseMatcher.Match;

/**
 * Doers that the clause around an act names or rules out by its construction, not by distance: the
 * subject of a verb of managing ("تمكنت الفصائل من السيطرة"); the actors named in a charge ("بتهمة
 * التعاون مع الجيش"), a body in the title of who speaks ("قال الناطق باسم X إن ..."), and a side marked as a
 * siege's target or escort ("برفقة"), who are never the doer. {@link ActorRules} asks these first.
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
          && !ActorTargets.objectMarked(m, ac);
      if ((before || after) && m.sameSentence(ac.firstToken(), f) && !ActorRules.inner(actors, i) && !excluded.contains(ac)
          && (not == null || !ac.value().name().equals(not.value().name())) && kinds.contains(ac.value().kind())
          && (subject == null || after)) {
        subject = ac; // after the verb (VSO) over before it
      }
    }
    return subject;
  }

  /** How far before an act's noun a verb of undergoing may stand ("تعرضت مواقع قوات النظام أمس لقصف"). */
  private static final int UNDERGO_REACH = 8;
  /** How far before that verb its subject may end ("عناصر من قوات النظام تعرضوا"). */
  private static final int UNDERGO_SUBJECT = 3;

  /**
   * "تعرضت قوات النظام لهجوم", "عناصر من قوات النظام تعرضوا لقصف": the subject of a verb of undergoing
   * (UNDERGO) whose act noun follows with ل is what the act befell, never its doer; after the verb
   * (VSO) or just before it.
   */
  static Set<Match<Lexicons.ActorEntry>> undergoers(Mentions m, int f, List<Match<Lexicons.ActorEntry>> actors) {
    PhraseMatcher.Match<Lexicons.Cue> verb = m.cueIn(CueClass.UNDERGO, f - UNDERGO_REACH, f, f);
    if (verb == null || verb.endToken() > f || !m.tokens.get(f).text().startsWith("ل") || m.barrierBetween(verb.firstToken(), f)
        || Mentions.hasClauseBreak(m.norm, m.tokens.get(verb.firstToken()).start(), m.tokens.get(f).start())) {
      return Set.of();
    }
    Set<Match<Lexicons.ActorEntry>> out = new HashSet<>();
    for (Match<Lexicons.ActorEntry> ac : actors) {
      boolean after = ac.firstToken() >= verb.endToken() && ac.endToken() <= f;
      boolean before = ac.endToken() <= verb.firstToken() && verb.firstToken() - ac.endToken() <= UNDERGO_SUBJECT
          && m.sameSentence(ac.firstToken(), f) && !m.barrierBetween(ac.firstToken(), verb.firstToken())
          && !Mentions.hasClauseBreak(m.norm, m.tokens.get(ac.endToken() - 1).end(), m.tokens.get(verb.firstToken()).start());
      if (after || before) {
        out.add(ac);
      }
    }
    return out;
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

  /** How far before a body's name a verb of saying may open the title of its speaker ("قال نقيب في شرطة الأنبار"). */
  private static final int TITLE_WORDS = 5;

  /**
   * Whether the actor stands in the title of who speaks, between a verb of saying and the "إن" that
   * opens what they say, with the act inside it: "قال نقيب في شرطة الأنبار إن التنظيم بات يطوّق
   * البغدادي" — the police are the source; the act is the clause's own.
   */
  static boolean inSpeakersTitle(Mentions m, Match<Lexicons.ActorEntry> ac, int f) {
    int a = ac.firstToken();
    if (f < ac.endToken()) {
      return false;
    }
    PhraseMatcher.Match<Lexicons.Cue> says = m.cueIn(CueClass.SAYS, a - TITLE_WORDS, a, a);
    if (says == null || says.endToken() > a || m.barrierBetween(says.firstToken(), a)) {
      return false;
    }
    PhraseMatcher.Match<Lexicons.Cue> that = m.cueIn(CueClass.THAT, ac.endToken(), f, f);
    // "قال الجيش إن قواته قصفت": the body's own forces act, and the body is their doer
    return that != null && that.firstToken() - ac.endToken() <= TITLE_WORDS
        && m.cueIn(CueClass.OWN_FORCES, that.endToken(), that.endToken() + 1, f) == null;
  }

  /** Adds to {@code out} the actors of the sentence of word {@code f} that a word before them marks as a target or escort. */
  static void markedIn(Mentions m, int f, List<Match<Lexicons.ActorEntry>> actors, Set<Match<Lexicons.ActorEntry>> out) {
    for (int i = At.firstAt(actors, Match::firstToken, m.sentenceStart[f]); i < actors.size() && actors.get(i).firstToken() < m.sentenceEnd[f]; i++) {
      Match<Lexicons.ActorEntry> ac = actors.get(i);
      PhraseMatcher.Match<Lexicons.Cue> mark = m.cueIn(CueClass.OBJECT_MARK, ac.firstToken() - 2, ac.firstToken(), ac.firstToken());
      // "في صفوف التنظيم الذي فرض حظرا للتجوال": the antecedent of the act's relative clause is its doer
      boolean antecedent = ac.endToken() <= f && m.cueIn(CueClass.RELATIVE, ac.endToken(), ac.endToken() + 1, f) != null;
      // "إن مسلحي جماعة الحوثي يطوقون المنطقة": a members' noun before the act opens its subject
      boolean subject = ac.endToken() <= f && ActorTargets.membersSubject(m, ac);
      if (m.sameSentence(ac.firstToken(), f) && mark != null && mark.endToken() == ac.firstToken() && !antecedent && !subject) {
        out.add(actors.get(i));
      }
    }
  }
}
