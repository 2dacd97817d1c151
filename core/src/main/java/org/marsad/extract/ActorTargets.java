package org.marsad.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.lexicon.PhraseMatcher;
import org.marsad.lexicon.PhraseMatcher.Match;

/**
 * The actors a clause marks as acted on, never as the act's doer: a target after a preposition or a target's
 * noun ("ضد قوات النظام", "على مواقع X", "an attack on the army"), the object of a verbal noun ("استهداف
 * المسلحين"), the dead, wounded and attacked of an English sentence ("soldiers came under attack").
 * {@link ActorRules} weighs or excludes them.
 */
final class ActorTargets {
  private ActorTargets() {}

  /** "came under attack": the English verb of undergoing before "under". */
  private static final Set<String> UNDERGO_EN = Set.of("came", "come", "comes", "coming");
  /** ل with a pronoun ("الموالين لهم") belongs to the name before it; it opens no object of the clause. */
  private static final Set<String> L_PRONOUNS = Set.of("له", "لها", "لهم", "لهما", "لهن");

  /**
   * Whether actor {@code i} is marked as a target, itself or as the second of a pair joined by "و"
   * whose first is ("مقتل 18 عنصرا من قوات النظام والمسلحين الموالين لها": both lost fighters).
   */
  static boolean marked(Mentions m, List<Match<Lexicons.ActorEntry>> actors, int i) {
    Match<Lexicons.ActorEntry> ac = actors.get(i);
    if (objectMarked(m, ac)) {
      return true;
    }
    if (!m.tokens.get(ac.firstToken()).text().startsWith("و")) {
      return false;
    }
    for (int j = i - 1; j >= 0 && actors.get(j).endToken() >= ac.firstToken() - 1; j--) {
      Match<Lexicons.ActorEntry> o = actors.get(j);
      if (o.endToken() == ac.firstToken() && !ActorRules.inner(actors, j)) {
        return marked(m, actors, j);
      }
    }
    return false;
  }

  /**
   * "إن مسلحي جماعة الحوثي يطوقون المنطقة": before the act, a members' noun ("مسلحي", "عناصر") right before the
   * name, itself unmarked (no preposition before it, no ل/ب on it), opens the clause's subject; it marks a
   * target only after the act ("قتل مسلحي التنظيم").
   */
  static boolean membersSubject(Mentions m, Match<Lexicons.ActorEntry> ac) {
    int a = ac.firstToken();
    if (a < 1 || !m.sameSentence(a - 1, a)) {
      return false;
    }
    String w = m.tokens.get(a - 1).text();
    if (!targetNoun(m, a - 1) || w.startsWith("ل") || w.startsWith("ب")) {
      return false;
    }
    PhraseMatcher.Match<Lexicons.Cue> before = m.cueIn(CueClass.OBJECT_MARK, a - 3, a - 1, a);
    return before == null || before.endToken() != a - 1;
  }

  /**
   * Whether word {@code k} is a one-word target noun of OBJECT_MARK ("عناصر", "مواقع", "positions"), not one
   * of its prepositions ("على", "مع", "on": three letters or fewer).
   */
  private static boolean targetNoun(Mentions m, int k) {
    if (k < 0 || k >= m.tokens.size()) {
      return false;
    }
    PhraseMatcher.Match<Lexicons.Cue> noun = m.cueIn(CueClass.OBJECT_MARK, k, k + 1, k);
    return noun != null && noun.firstToken() == k && m.tokens.get(k).text().length() > 3;
  }

  /** Whether a preposition (a separate word, or a ل/ب proclitic on the name) marks the actor as a target. */
  static boolean objectMarked(Mentions m, Match<Lexicons.ActorEntry> ac) {
    PhraseMatcher.Match<Lexicons.Cue> mark = m.cueIn(CueClass.OBJECT_MARK, ac.firstToken() - 2, ac.firstToken(), ac.firstToken());
    if (mark != null && mark.endToken() == ac.firstToken()) {
      return true;
    }
    // "مقتل 12 عنصرا من قوات النظام", "قادة من التنظيم": the fighters of X that the act befell
    int a = ac.firstToken();
    if (a >= 2 && m.tokens.get(a - 1).text().equals("من") && m.sameSentence(a - 2, a)) {
      PhraseMatcher.Match<Lexicons.Cue> of = m.cueIn(CueClass.OBJECT_MARK, a - 3, a - 1, a);
      if (of != null && of.endToken() == a - 1) {
        return true;
      }
    }
    String word = m.tokens.get(ac.firstToken()).text();
    String first = ac.value().firstWord();
    if (word.length() > first.length() && word.endsWith(first)) {
      String prefix = word.substring(0, word.length() - first.length());
      // "طائرات تابعة للتحالف": the ل after "belonging to" names the owner of the arm, not a target
      return prefix.indexOf('ب') >= 0 || prefix.indexOf('ل') >= 0 && m.cueIn(CueClass.BELONGING, a - 1, a, a) == null;
    }
    return false;
  }

  /**
   * Whether the actor at word {@code a} follows a preposition that aims the act at it (AIMED_AT: "على", "ضد",
   * "on", "against", not the pair words of a clash), with at most a target noun or an article between ("على
   * مواقع X", "against the army").
   */
  static boolean aimedAt(Mentions m, int a) {
    for (int k = a - 1; k >= Math.max(m.sentenceStart[a], a - 3); k--) {
      String w = m.tokens.get(k).text().toLowerCase(java.util.Locale.ROOT);
      if (m.cueIn(CueClass.AIMED_AT, k, k + 1, k) != null) {
        return true;
      }
      if (!targetNoun(m, k) && !ActorRules.isDeterminer(w)) {
        return false;
      }
    }
    return false;
  }

  /**
   * The actor right after a verbal noun ending at {@code e}, its object ("استهداف المسلحين", "تهجير المعارضين
   * للاتفاق"). For an attack, a ل object after it makes it the subject: "اقتحام قوات النظام للبلدة", "استهداف
   * الطيران لمواقع" (a displacement's ل is its object's own complement: "المعارضين للاتفاق").
   */
  static Match<Lexicons.ActorEntry> objectOf(Mentions m, int e, List<Match<Lexicons.ActorEntry>> actors, Set<String> kinds,
      boolean attack) {
    // "مهاجمة عناصر حزب الله", "استهداف مواقع التنظيم": a target's noun may stand between
    int at = targetNoun(m, e) ? e + 1 : e;
    for (Match<Lexicons.ActorEntry> ac : actors) {
      if ((ac.firstToken() == e || ac.firstToken() == at) && kinds.contains(ac.value().kind())) {
        return attack && lObjectAfter(m, ac.endToken(), e) ? null : ac;
      }
    }
    return null;
  }

  /** Whether word {@code w} opens a ل object of the clause ("للبلدة", "لمواقع"), not a pronoun ("الموالين لهم"). */
  private static boolean lObjectAfter(Mentions m, int w, int f) {
    if (w >= m.tokens.size() || !m.sameSentence(w, f)) {
      return false;
    }
    String next = m.tokens.get(w).text();
    return next.length() > 3 && next.startsWith("ل") && !L_PRONOUNS.contains(next) && !next.equals("لكن");
  }

  /**
   * "29 rebels were killed in the besieged Old City", "soldiers died in the attack", "the army came under
   * attack": the sentence's dead, wounded and attacked are its victims, the doer of none of its acts. A form
   * of "be" before the verb, or "died", keeps "rebels killed five soldiers" (active) out.
   */
  static Set<Match<Lexicons.ActorEntry>> victims(Mentions m, int f, List<Match<Lexicons.ActorEntry>> actors) {
    Set<Match<Lexicons.ActorEntry>> out = new HashSet<>();
    for (Match<Lexicons.ActorEntry> ac : actors) {
      int n = ac.endToken();
      if (!m.sameSentence(ac.firstToken(), f) || n + 1 >= m.tokens.size() || !m.sameSentence(n, f)) {
        continue;
      }
      String next = m.tokens.get(n).text().toLowerCase(java.util.Locale.ROOT);
      boolean died = next.equals("died") || next.equals("perished");
      // "government soldiers came under attack", "Syrian army positions came under fire": what the act befell
      int v = n + 2 < m.tokens.size() && next.endsWith("s") && !UNDERGO_EN.contains(next) && m.sameSentence(n + 1, f) ? n + 1 : n;
      boolean underwent = UNDERGO_EN.contains(m.tokens.get(v).text().toLowerCase(java.util.Locale.ROOT))
          && m.tokens.get(v + 1).text().equalsIgnoreCase("under");
      boolean suffered = ActorRules.BE.contains(next) && (m.cueIn(CueClass.KILLED, n + 1, n + 3, n) != null
          || m.cueIn(CueClass.INJURED, n + 1, n + 3, n) != null);
      if (died || suffered || underwent) {
        out.add(ac);
      }
    }
    return out;
  }
}
