package org.marsad.extract;

import java.util.Set;
import org.marsad.geocode.PlaceLevel;
import org.marsad.lexicon.PhraseMatcher.Match;
import org.marsad.model.EventType;

/**
 * Whether a trigger tells that something happened, or only names a state, an aim or a topic. The
 * word classes it reads are data (wordclasses.tsv: STATE, CHANGE, AIM, MAKE); this class holds
 * the reasoning:
 *
 * <ul>
 *   <li>control in the present or "under control" is a state ("المدينة الخاضعة لسيطرة التنظيم",
 *       "الأحياء التي تسيطر عليها المعارضة"), not a change of hands, unless a word of becoming leads
 *       it ("باتت تسيطر", "خضعت لسيطرة") or the sentence dates its start ("تسيطر عليها منذ الربيع");
 *   <li>"ل" before the verbal noun of an act ("للسيطرة على", "لتحرير", "to take control") is an
 *       aim, whatever the act;
 *   <li>an agreement named as a topic ("الاتفاق"), with no date in its sentence and no verb that
 *       concludes it near, is talk about an agreement, not one made.
 * </ul>
 */
final class Eventiveness {
  private final ExtractSettings s;

  Eventiveness(ExtractSettings s) {
    this.s = s;
  }

  /** Whether the trigger reports an act or a change; false for states, aims and topics. */
  boolean eventive(Mentions m, Match<Lexicons.Trigger> t, boolean dated, boolean since) {
    EventType type = t.value().type();
    int f = t.firstToken();
    if (future(m, t)) {
      return false; // a future is no event yet (issue 9, eventiveness)
    }
    Match<Lexicons.Cue> instead = m.cueIn(CueClass.INSTEAD, f - 3, f, f);
    if (instead != null && instead.endToken() == f) {
      return false; // "cooperates with Damascus rather than fighting it", "بدلا من قصف": the act not done
    }
    if (type != EventType.SIEGE && aim(m, t)) {
      return false; // an aim to lift a siege says the siege holds: the extractor keeps it as such
    }
    if (type == EventType.CONTROL_CHANGE && !since && startsAt(m, CueClass.STATE, f, t.endToken())) {
      Match<Lexicons.Cue> change = m.cueIn(CueClass.CHANGE, f - s.changeWindow(), f, f);
      return change != null && !m.barrierBetween(change.firstToken(), f);
    }
    if (type == EventType.CONTROL_CHANGE && !dated && startsAt(m, CueClass.CONTROL_HELD, f, t.endToken())
        && m.cueIn(CueClass.O_BORDER, t.endToken(), t.endToken() + 2, f) != null
        && m.cueIn(CueClass.P_TAKE, f - s.changeWindow(), f, f) == null) {
      return false; // "يسعى إلى تعزيز سيطرته على الحدود", "السيطرة على الحدود المترامية": control held or aimed at
    }
    if (type == EventType.AGREEMENT && !dated && Mentions.definite(m.tokens.get(f).text())) {
      return m.cueIn(CueClass.MAKE, f - s.makeWindow(), t.endToken() + 2, f) != null;
    }
    if ((type == EventType.ATTACK || type == EventType.DISPLACEMENT) && summary(m, f, t.endToken())) {
      return false; // "the war has left 250,000 killed", "fighting to oust the president": the war, not an act
    }
    if (type == EventType.DISPLACEMENT && !dated && describesPeople(m, f, t.endToken())) {
      return false; // "Syrians displaced by the war", "families fleeing the fighting": who they are, not a flight told
    }
    return true;
  }

  /**
   * Whether the act's words sum up a war rather than tell an act (English): a war named as a whole up to
   * {@code WAR_SUBJECT} words before them in their sentence, with no barrier between ("the conflict has
   * killed more than 250,000 people"); the war's aim right after them ("fighting to oust the president");
   * or a wider campaign before them in their sentence ("part of a wider campaign ... battles with"); or
   * what people flee, right after a verb of flight ("fleeing from the fighting").
   */
  private static boolean summary(Mentions m, int f, int e) {
    Match<Lexicons.Cue> war = m.cueIn(CueClass.O_WAR, f - WAR_SUBJECT, f, f);
    int after = war == null ? -1 : m.tokens.get(war.endToken() - 1).end();
    if (war != null && !m.barrierBetween(war.firstToken(), f) && !(after < m.norm.length() && m.norm.charAt(after) == '-')) {
      // ("the war-torn country" names no war)
      return true;
    }
    Match<Lexicons.Cue> fled = m.cueIn(CueClass.FLED_FROM, f - 3, f, f);
    if (fled != null && fled.endToken() >= f - 1) {
      return true; // "Syrians fleeing from the fighting elsewhere", "الفارين من المعارك": what people flee, no act told
    }
    Match<Lexicons.Cue> aim = m.cueIn(CueClass.O_WAR_AIM, e, e + 3, f);
    if (aim != null && aim.firstToken() == e) {
      return true;
    }
    return m.cueIn(CueClass.O_WIDER, m.sentenceStart[f], f, f) != null;
  }

  /** Words between a war named as a whole and the toll it is the subject of ("the war in X has left 250,000 killed"). */
  private static final int WAR_SUBJECT = 16;

  /**
   * Whether an English participle of flight right after a people noun describes them: "people
   * fleeing the violence", "Syrians displaced by the war", "families who fled the fighting". A
   * finite verb ("civilians fled the town") is told, and so is any of them with a time in its sentence.
   */
  private static boolean describesPeople(Mentions m, int f, int e) {
    String word = m.tokens.get(f).text();
    int before = f;
    if (f >= 2 && m.tokens.get(f - 1).text().equals("who")) {
      before = f - 1;
    } else if (f >= 3 && m.tokens.get(f - 2).text().equals("who") && Set.of("have", "had").contains(m.tokens.get(f - 1).text())) {
      before = f - 2;
    } else if (!word.endsWith("ing") && !(e < m.tokens.size() && m.tokens.get(e).text().equals("by"))) {
      return false;
    }
    Match<Lexicons.Cue> people = m.cueIn(CueClass.PEOPLE_NOUN, before - 1, before, f);
    return people != null && people.endToken() == before;
  }

  /**
   * Whether a noun names acts as a topic: "الهجمات الصاروخية في المنطقة", "المعارك", "مفاوضات
   * السلام" with no time, no count and no place finer than a country are talk about attacks or
   * talks, not one. A plural, a noun with the article or a broken plural of TOPIC_NOUN counts.
   *
   * @param placeLevel the gazetteer level of the place attached, null when none
   */
  boolean topic(Mentions m, EventType type, int f, int e, boolean dated, boolean counted, PlaceLevel placeLevel) {
    if (dated || counted || !(type == EventType.ATTACK || type == EventType.NEGOTIATION || type == EventType.AGREEMENT)) {
      return false;
    }
    if (f > 0 && m.tokens.get(f - 1).numeric() && m.sameSentence(f - 1, f)) {
      return false; // "another 17 strikes targeted": acts counted are acts told, not a topic
    }
    String first = m.tokens.get(f).text();
    boolean noun = m.tokens.get(e - 1).text().endsWith("ات") || Mentions.definite(first)
        || startsAt(m, CueClass.TOPIC_NOUN, f, e) || englishTopic(m, f, e);
    if (!noun || (type == EventType.AGREEMENT && m.cueIn(CueClass.MAKE, f - s.makeWindow(), e + 2, f) != null)) {
      return false; // "وقع الطرفان الاتفاق": an agreement concluded is news, dated or not
    }
    if (type == EventType.ATTACK && happening(m, f, e)) {
      return false; // "تدور معارك عنيفة في منطقة X", "تجدد الاشتباكات": battles said to take place are news
    }
    return placeLevel == null ? m.cueIn(CueClass.TOWN_WORD, m.sentenceStart[f], m.sentenceEnd[f], f) == null
        : placeLevel == PlaceLevel.COUNTRY;
  }

  /**
   * The English forms of a topic noun: an act's noun after "the" ("the negotiations", "the
   * bombing") or in the plural ("attacks", "air strikes"); a verb ("attacked") is never one.
   */
  private static boolean englishTopic(Mentions m, int f, int e) {
    String last = m.tokens.get(e - 1).text();
    if (e - f != 1 || !last.chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
      return false;
    }
    boolean article = f > 0 && m.tokens.get(f - 1).text().equalsIgnoreCase("the");
    boolean plural = last.endsWith("s") && !last.endsWith("ss");
    if (last.endsWith("ing") && m.cueIn(CueClass.OFFICIAL, e, e + 3, f) != null) {
      return false; // "received the visiting prime minister": a participle before the visitor
    }
    return (article || plural) && !last.endsWith("ed");
  }

  /**
   * Whether the act is told in the future: the trigger's own verb or the verb right after its noun carries
   * the future "س" ("سينسحبون", "الغارات ستقتصر على"). A word is future when it starts with س before a
   * present prefix (ي ت ن أ) and every reading of the word is one of the word without that س ("سيطروا"
   * is no future: it also reads as سيطر).
   */
  static boolean future(Mentions m, Match<Lexicons.Trigger> t) {
    int f = t.firstToken();
    int e = t.endToken();
    if (futureVerb(m.tokens.get(f).text())) {
      return true;
    }
    // the noun's predicate: right after it or after its adjective ("الغارات الجوية ستقتصر")
    for (int k = e; t.value().noun() && k < Math.min(e + 2, m.tokens.size()) && m.sameSentence(k, f)
        && !Mentions.hasClauseBreak(m.norm, m.tokens.get(k - 1).end(), m.tokens.get(k).start()); k++) {
      if (futureVerb(m.tokens.get(k).text())) {
        return true;
      }
    }
    return false;
  }

  static boolean futureVerb(String word) {
    String w = word.startsWith("و") || word.startsWith("ف") ? word.substring(1) : word;
    if (w.length() < 5 || w.charAt(0) != 'س' || "يتنا".indexOf(w.charAt(1)) < 0) {
      return false;
    }
    org.marsad.lexicon.Morphology ar = org.marsad.lexicon.Morphology.arabic();
    java.util.List<String> without = ar.lemmas(w.substring(1));
    if (without.isEmpty()) {
      return false;
    }
    // every reading must be the future of the word without س: "سيطروا" also reads as a verb of its own (سيطر)
    java.util.List<String> with = ar.lemmas(w);
    return !with.isEmpty() && without.containsAll(with);
  }

  /**
   * Whether a verb or verbal noun of taking place governs the act's noun: before it with at most a
   * place between ("اندلعت أمس اشتباكات", "تشهد مدينة X مواجهات") or right after it or its adjective ("الاشتباكات تواصلت", "معارك عنيفة تدور").
   */
  static boolean happening(Mentions m, int f, int e) {
    Match<Lexicons.Cue> before = m.cueIn(CueClass.HAPPEN, f - HAPPEN_BEFORE, f, f);
    if (before != null && !Mentions.hasClauseBreak(m.norm, m.tokens.get(before.endToken() - 1).end(), m.tokens.get(f).start())
        && !m.barrierBetween(before.firstToken(), f)) {
      return true;
    }
    Match<Lexicons.Cue> after = m.cueIn(CueClass.HAPPEN, e, e + 2, f); // the noun, its adjective, the verb
    return after != null && !Mentions.hasClauseBreak(m.norm, m.tokens.get(e - 1).end(), m.tokens.get(after.firstToken()).start());
  }

  /** "تشهد مدينة درعا اشتباكات": a verb of taking place, its subject's town word and name, then the act. */
  private static final int HAPPEN_BEFORE = 4;

  /**
   * Whether the trigger is the verbal noun of an aim: "ل" before it ("للسيطرة على", "لفك الحصار"), or a
   * verb of aiming right before its definite noun ("عملية تستهدف السيطرة على", "يسعى إلى السيطرة").
   */
  static boolean aim(Mentions m, Match<Lexicons.Trigger> t) {
    int f = t.firstToken();
    if (startsAt(m, CueClass.AIM, f, t.endToken())) {
      return true;
    }
    Match<Lexicons.Cue> verb = m.cueIn(CueClass.AIM_VERB, f - 2, f, f);
    return verb != null && verb.endToken() == f && (t.value().noun() || Mentions.definite(m.tokens.get(f).text()));
  }

  /** Whether a word of the class covers the trigger's first word ("لسيطرة" covers "سيطرة"). */
  private static boolean startsAt(Mentions m, CueClass cls, int f, int e) {
    Match<Lexicons.Cue> c = m.cueIn(cls, f - 2, e + 3, f);
    return c != null && c.firstToken() <= f && c.endToken() > f;
  }
}
