package org.marsad.extract;

import java.util.List;
import org.marsad.lexicon.PhraseMatcher.Match;
import org.marsad.model.EventType;

/**
 * Whether the object of a predicate puts it outside the codebook (issue 9, "the object class of the
 * predicate decides"): expelling diplomats or journalists is a diplomatic sanction, not the
 * displacement of a community; deploying peacekeepers, monitors or observers is aid, not a party's
 * build-up; withdrawing envoys or peacekeepers is a sanction, and seizing offices, assets or weapons a
 * confiscation, not a change of control. The object words are data (wordclasses.tsv: O_ENVOY, O_PEACEKEEPER, O_PROPERTY,
 * O_RESCUED).
 */
final class ObjectClass {
  /** A figurative modifier or object follows the act's words at once or after one word ("حصار أصحاب الأفكار"). */
  private static final int FIGURE_REACH = 3;

  private final ExtractSettings s;

  ObjectClass(ExtractSettings s) {
    this.s = s;
  }

  boolean outsideCodebook(Mentions m, Match<Lexicons.Trigger> t) {
    EventType type = t.value().type();
    int f = t.firstToken();
    int e = t.endToken();
    if (type == EventType.ATTACK || type == EventType.SIEGE || type == EventType.CONTROL_CHANGE
        || type == EventType.MOVEMENT_RESTRICTION) {
      // "المعركة الانتخابية", "حصار أصحاب الأفكار", "انفجار الأوضاع", "هجوم يستهدف أي قوات": a figurative
      // modifier, an abstract object or a universal one right after the act's words is no act of force
      Match<Lexicons.Cue> figure = m.cueIn(CueClass.O_FIGURATIVE, e, e + FIGURE_REACH, f);
      if (figure != null && !m.barrierBetween(f, figure.firstToken())) {
        return true;
      }
    }
    if (type == EventType.SIEGE) {
      // "حاصروا بقية أفراد عائلته", "حاصرت الدورية منزل المطلوب": persons or a house, a raid or a manhunt; the
      // object stands right after the act's words or after one word or a two-word doer, before any town
      Match<Lexicons.Cue> persons = m.cueIn(CueClass.O_PERSONS, e, e + PERSONS_REACH, f);
      if (persons != null && !m.barrierBetween(f, persons.firstToken()) && !m.cueBetween(CueClass.TOWN_WORD, e - 1, persons.firstToken())) {
        return true;
      }
      // "حوصرنا بين الطرفين", "trapped between the two sides": people caught between the fighting; "طوقت مكان
      // الحادث", "cordoned off the scene": the site of an incident closed off for a while. Neither is a siege.
      for (CueClass c : new CueClass[] {CueClass.O_CAUGHT_BETWEEN, CueClass.O_SCENE}) {
        Match<Lexicons.Cue> object = m.cueIn(c, e, e + FIGURE_REACH + 1, f);
        if (object != null && !m.barrierBetween(f, object.firstToken())) {
          return true;
        }
      }
    }
    if (type == EventType.DISPLACEMENT) {
      Match<Lexicons.Cue> envoy = m.cueIn(CueClass.O_ENVOY, e, e + s.objectAfter(), f);
      if (envoy != null && !m.barrierBetween(f, envoy.firstToken())) {
        return true;
      }
      // "evacuated the wounded", "evacuated 300 foreigners": people carried to safety (PLOVER's AID), not a community
      // driven out; only as the direct object, right after the act's words or after one word ("fled as shelling wounded")
      Match<Lexicons.Cue> rescued = m.cueIn(CueClass.O_RESCUED, e, e + RESCUED_REACH, f);
      return rescued != null && !m.barrierBetween(f, rescued.firstToken());
    }
    if (type == EventType.CONTROL_CHANGE && appliesTo(m, f, e)) {
      return true; // "وانسحب هذا الموقف على الأطراف الأخرى": the stance applies to the others, nobody withdrew
    }
    if (type == EventType.CONTROL_CHANGE) {
      Match<Lexicons.Cue> undertaking = m.cueIn(CueClass.O_UNDERTAKING, e, e + 4, f);
      if (undertaking != null && undertaking.firstToken() == e) {
        return true; // "withdrew from the deal", "pulled out of the talks": a commitment ended, no ground
      }
      Match<Lexicons.Cue> goods = m.cueIn(CueClass.O_PROPERTY, e, e + s.propertyAfter(), f);
      if (goods != null && !m.barrierBetween(f, goods.firstToken())) {
        return true; // "seized its offices", "captured weapons": property taken, not ground
      }
      if (propertyAfterOf(m, f, e)) {
        return true; // "the withdrawal, storage and inspection of heavy weapons": weapons moved, no ground handed over
      }
      // "withdrew its ambassador", "pulled out its peacekeepers": a sanction or an end of aid, not ground handed over
      Match<Lexicons.Cue> envoy = m.cueIn(CueClass.O_ENVOY, e, e + s.objectAfter(), f);
      Match<Lexicons.Cue> keepers = m.cueIn(CueClass.O_PEACEKEEPER, e, e + s.objectAfter(), f);
      Match<Lexicons.Cue> object = envoy == null ? keepers : keepers == null || envoy.firstToken() < keepers.firstToken() ? envoy : keepers;
      return object != null && !m.barrierBetween(f, object.firstToken());
    }
    if (type == EventType.MILITARY_BUILDUP) {
      Match<Lexicons.Cue> keepers = m.cueIn(CueClass.O_PEACEKEEPER, f - s.objectBefore(), e + s.objectAfter(), f);
      return keepers != null && !m.barrierBetween(Math.min(f, keepers.firstToken()), Math.max(f, keepers.firstToken()));
    }
    return false;
  }

  /** Words between "of" and the property it names at most (an adjective: "of heavy weapons"). */
  private static final int OF_PROPERTY_GAP = 1;

  /**
   * Whether the first "of" after a verbal noun of withdrawal or capture, past nouns coordinated with it,
   * names property as its object ("the withdrawal, collection and monitoring of heavy weapons"); a place
   * after "of" ("the capture of the town of X") or a later clause's goods do not count.
   */
  private boolean propertyAfterOf(Mentions m, int f, int e) {
    Match<Lexicons.Cue> of = m.cueIn(CueClass.O_OF, e, e + s.objectAfter(), f);
    if (of == null || m.barrierBetween(f, of.firstToken())) {
      return false;
    }
    Match<Lexicons.Cue> goods = m.cueIn(CueClass.O_PROPERTY, of.endToken(), of.endToken() + OF_PROPERTY_GAP + 1, f);
    return goods != null && goods.firstToken() - of.endToken() <= OF_PROPERTY_GAP;
  }

  /** How far after an evacuation's words the people rescued may start: at once or after one word ("the", "its", "300"). */
  private static final int RESCUED_REACH = 2;

  /** How far after a siege's words its object of persons or a house may start (a two-word doer between). */
  private static final int PERSONS_REACH = 4;

  /** How far after a withdrawal's words its first preposition is read (the subject between). */
  private static final int PREPOSITION_REACH = 4;

  /**
   * Whether a withdrawal word is "to apply to": its first preposition is "على" ("انسحب ذلك على", "ينسحب
   * الأمر عليهم"), not "من", "إلى" or an adverbial "على" ("على وقع", "على طول").
   */
  private static boolean appliesTo(Mentions m, int f, int e) {
    Match<Lexicons.Cue> word = m.cueIn(CueClass.W_WITHDRAW, f, f + 1, f);
    if (word == null || word.firstToken() != f) {
      return false;
    }
    Match<Lexicons.Cue> onto = m.cueIn(CueClass.O_ONTO, e, e + PREPOSITION_REACH, f);
    if (onto == null || m.barrierBetween(f, onto.firstToken())) {
      return false;
    }
    Match<Lexicons.Cue> away = m.cueIn(CueClass.O_AWAY, e, onto.firstToken(), f);
    return away == null;
  }

  /** Words between an act's words and a person noun that is its object: a determiner, a number, an adjective. */
  private static final int PATIENT_GAP = 2;

  /**
   * Whether a trigger that names people by the act they take part in ("demonstrators", "detainees")
   * stands as the object of another act's words just before it ("opened fire on demonstrators",
   * "tortured the detainees", "killing protesters"): the people are that act's patients, and the
   * sentence tells no protest or arrest of its own.
   */
  static boolean patientOfAnother(Mentions m, Match<Lexicons.Trigger> t, List<Match<Lexicons.Trigger>> triggers) {
    int f = t.firstToken();
    Match<Lexicons.Cue> role = m.cueIn(CueClass.ROLE_NOUN, f, f + 1, f);
    if (role == null || role.firstToken() != f) {
      return false;
    }
    for (Match<Lexicons.Trigger> o : triggers) {
      if (o != t && o.value().type() != null && o.value().type() != t.value().type() && o.endToken() <= f
          && f - o.endToken() <= PATIENT_GAP && m.sameSentence(o.firstToken(), f) && !m.barrierBetween(o.firstToken(), f)) {
        return true;
      }
    }
    return false;
  }
}
