package org.marsad.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.model.EventType;
import org.marsad.model.Modality;
import org.marsad.lexicon.PhraseMatcher;
import org.marsad.lexicon.PhraseMatcher.Match;

/** Whether a siege's besieged are fighters (a base, fighters said to be besieged), not a community. */
final class SiegeSides {
  private SiegeSides() {}

  /**
   * An aim to break a siege ("بهدف فك الحصار", "a push to end the siege") says the siege holds: the
   * lifting becomes the siege continued. Who aims to break it is its besieged side or a relief force,
   * never the besieger: an asserted aim's doer named before the trigger (at raw offset {@code at}) is
   * dropped; a besieger named after it stays, and so does the addressee of a demand ("called on the
   * army to lift the siege").
   */
  static Draft heldByAim(Draft d, int at) {
    Map<String, Object> held = new LinkedHashMap<>(d.attributes());
    held.put("phase", "continued");
    Draft out = d.with(held);
    if (out.modality() == Modality.ASSERTED && out.actor1() != null && out.actor1().evidence() != null
        && out.actor1().evidence().start() < at) {
      out = out.withActor1(null);
    }
    return out;
  }

  /**
   * A siege's ending negated right before its verb ("has not lifted the siege", "have not said whether they
   * are lifting the blockade", "لم ترفع القوات الحصار"): the siege holds. The negation must end at the
   * verb or one word before it ("has not yet lifted").
   */
  static PhraseMatcher.Match<Lexicons.Cue> negatedEnding(Mentions m, int f) {
    PhraseMatcher.Match<Lexicons.Cue> not = m.cueIn(CueClass.END_NEGATED, f - 6, f, f);
    return not != null && not.endToken() >= f - 1 ? not : null;
  }

  /**
   * Whether the only denial cue before a negated ending is the negation {@code not} itself ("لم"), not a verb
   * of denying ("نفى").
   */
  static boolean deniedOnlyBy(Mentions m, int f, PhraseMatcher.Match<Lexicons.Cue> not) {
    for (PhraseMatcher.Match<Lexicons.Cue> d : m.cues(CueClass.MOD_DENIED)) {
      if (d.firstToken() >= f - 8 && d.firstToken() < f && m.sameSentence(d.firstToken(), f)
          && (d.firstToken() < not.firstToken() || d.endToken() > not.endToken())) {
        return false;
      }
    }
    return true;
  }

  /**
   * "بات التنظيم محاصرا", "حصار مقاتلي المعارضة", "حصار المطار": fighters or a base, not a community, are besieged. A
   * participle's besieged stand before it; a noun's stand right after it, named as fighters (a
   * force's name after "حصار" is usually who besieges: "حصار قوات النظام للبلدة").
   */
  static boolean fighters(Mentions m, Lexicons.Trigger row, int f, int e,
      List<Match<Lexicons.ActorEntry>> actors, boolean english) {
    if (m.cueIn(CueClass.MILITARY_SITE, f - 4, f, f) != null || m.cueIn(CueClass.MILITARY_SITE, e, e + 3, f) != null) {
      return true; // "مطار كويرس العسكري الذي يحاصره التنظيم": a base, not a community
    }
    if (row.passive() && english) {
      // English "besieged" is a past tense as often as a participle: "Israeli forces besieged Jabalia",
      // "the army has besieged the camp" name the besieger; only "fighters were (being) besieged" the besieged
      PhraseMatcher.Match<Lexicons.Cue> aux = m.cueIn(CueClass.PASSIVE_AUX, f - 2, f, f);
      if (aux == null || aux.endToken() != f) {
        PhraseMatcher.Match<Lexicons.Cue> c = m.cueIn(CueClass.COMBATANT, e, e + 2, f);
        return c != null && c.firstToken() == e;
      }
      int before = aux.firstToken();
      PhraseMatcher.Match<Lexicons.Cue> aux2 = m.cueIn(CueClass.PASSIVE_AUX, before - 1, before, f);
      if (aux2 != null) {
        before = aux2.firstToken(); // "have been"
      }
      PhraseMatcher.Match<Lexicons.Cue> who = m.cueIn(CueClass.COMBATANT, before - 2, before, f);
      if (who != null && who.endToken() >= before - 1) {
        return true;
      }
      for (Match<Lexicons.ActorEntry> a : actors) {
        if (a.endToken() >= before - 1 && a.endToken() <= before && !a.value().kind().equals("civilians")) {
          return true;
        }
      }
      return false;
    }
    if (row.passive()) {
      if (m.tokens.get(f).text().startsWith("و")) {
        return false; // "حي X الذي تسيطر عليه قوات النظام، والمحاصر": "و" joins it to the noun before the clause
      }
      if (m.cueIn(CueClass.COMBATANT, f - 3, f, f) != null && m.cueIn(CueClass.COMBATANT, f - 3, f, f).endToken() >= f - 1) {
        return true;
      }
      for (Match<Lexicons.ActorEntry> a : actors) {
        if (a.endToken() >= f - 1 && a.endToken() <= f && !a.value().kind().equals("civilians")) {
          return true;
        }
      }
      return false;
    }
    PhraseMatcher.Match<Lexicons.Cue> c = m.cueIn(CueClass.COMBATANT, e, e + 2, f);
    return c != null && (c.firstToken() == e || c.firstToken() == e + 1 && ON.contains(m.tokens.get(e).text()));
  }

  /**
   * The preposition of a siege's object ("شددت الحصار على مقاتلي التنظيم", "the siege on fighters"), as the
   * normalised text writes it (ى folded to ي).
   */
  private static final java.util.Set<String> ON = java.util.Set.of("علي", "on", "around", "حول");

  /**
   * A lifting the same report denies or qualifies ("opening the road does not mean the end of the
   * siege", "they still encircle the city from the east") is an easing: a way in was opened, the
   * encirclement holds. The denial may stand in another sentence, a quote after the news.
   */
  static List<Draft> qualifiedLiftings(Mentions m, List<Draft> events) {
    if (m.cues(CueClass.SIEGE_GOES_ON).isEmpty()) {
      return events;
    }
    List<Draft> out = new ArrayList<>(events.size());
    for (Draft d : events) {
      if (d.type() == EventType.SIEGE && "lifted".equals(d.attributes().get("phase"))) {
        Map<String, Object> eased = new LinkedHashMap<>(d.attributes());
        eased.put("phase", "eased");
        d = d.with(eased);
      }
      out.add(d);
    }
    return out;
  }
}
