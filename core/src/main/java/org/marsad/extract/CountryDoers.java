package org.marsad.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.marsad.geocode.PlaceLevel;
import org.marsad.model.Actor;
import org.marsad.model.Place;
import org.marsad.clean.NormalizedText;

/**
 * A country named as the subject of an act is its doer, the state acting: "فرضت إسرائيل حصارا",
 * "تركيا تشن غارات", "Israel imposed a siege", "Russia has bombed". The actor lexicon names armies and
 * air forces; a bare country name is a place to the geocoder, so without this rule such acts had no
 * doer. Read only when no actor of the lexicon was found for the act.
 */
final class CountryDoers {
  private CountryDoers() {}

  /** Words between an English subject and its verb: auxiliaries of a past or present act. */
  private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "is", "was", "also", "then", "reportedly");

  /** The country acting at the act starting at word {@code f}, or null. */
  static Actor of(Mentions m, NormalizedText norm, List<At<Place>> places, int f) {
    for (At<Place> p : places) {
      if (subject(m, p, f)) {
        return new Actor(p.value().name(), "government",
            norm.toRaw(m.tokens.get(p.first()).start(), m.tokens.get(p.end() - 1).end()));
      }
    }
    return null;
  }

  /**
   * Whether the place is a country named as the subject of the act starting at word {@code f}; the
   * script of its name says which language's word order to read.
   */
  static boolean subject(Mentions m, At<Place> p, int f) {
    if (p.level() != PlaceLevel.COUNTRY || p.value() == null || p.first() >= m.tokens.size() || f >= m.tokens.size()
        || !m.sameSentence(p.first(), f)) {
      return false;
    }
    return latin(m, p) ? englishSubject(m, p, f) : arabicSubject(m, p, f);
  }

  /** Whether the place's name is written in Latin letters (an English report). */
  private static boolean latin(Mentions m, At<Place> p) {
    String w = m.tokens.get(p.first()).text();
    return !w.isEmpty() && w.charAt(0) < 0x0250;
  }

  /** Words that end a subject: a conjunction, a relative or a verb of saying stands between it and the act. */
  private static final Set<String> BREAKS = Set.of("and", "or", "but", "that", "which", "who", "said", "says", "say");

  /**
   * "Israel imposed", "Russia has also bombed" (the act's verb right after the subject but for
   * auxiliaries), "Israel imposed a complete siege", "Turkey launched air strikes" (the act's noun a
   * few words after a verb in -ed or -s); never the object of a preposition ("in Syria"), nor behind
   * "and" or "said".
   */
  private static boolean englishSubject(Mentions m, At<Place> p, int f) {
    int k = p.end();
    while (k < f && AUXILIARIES.contains(m.tokens.get(k).text().toLowerCase(Locale.ROOT))) {
      k++;
    }
    if (k > f || f - k > 3) {
      return false;
    }
    if (k < f) {
      String verb = m.tokens.get(k).text().toLowerCase(Locale.ROOT);
      if (!(verb.endsWith("ed") || verb.endsWith("es") || verb.endsWith("s") && !verb.endsWith("ss"))) {
        return false;
      }
      for (int j = k; j < f; j++) {
        String w = m.tokens.get(j).text().toLowerCase(Locale.ROOT);
        if (BREAKS.contains(w) || ActorRules.PREPOSITIONS.contains(w)) {
          return false;
        }
      }
    }
    if (Mentions.hasClauseBreak(m.norm, m.tokens.get(p.first()).start(), m.tokens.get(f).start())) {
      return false;
    }
    if (p.first() == m.sentenceStart[f]) {
      return true;
    }
    String before = m.tokens.get(p.first() - 1).text().toLowerCase(Locale.ROOT);
    return !ActorRules.PREPOSITIONS.contains(before) && !before.equals("the") && !BREAKS.contains(before);
  }

  /**
   * "قصفت إسرائيل": right after a verb (Arabic puts the subject there); "إسرائيل تفرض": opening the
   * sentence right before the verb, as headlines do; "فرضت إسرائيل حصارا", "شنت تركيا غارات": between a
   * light verb and the act's noun. A noun's genitive ("حصار سوريا") is its object, and a country
   * carrying a preposition ("لإسرائيل", "بتركيا") is no subject.
   */
  private static boolean arabicSubject(Mentions m, At<Place> p, int f) {
    if (p.end() - p.first() != 1 || preposed(m.tokens.get(p.first()).text(), p.value().nameAr())) {
      return false;
    }
    if (p.first() == m.sentenceStart[f]) {
      return p.end() == f; // a headline's subject before its verb
    }
    // a country is feminine: its verb before it ends in the past's ت ("قصفت", "وفرضت"), not a plural's ات
    String verb = m.tokens.get(p.first() - 1).text();
    boolean pastVerb = verb.length() >= 3 && verb.endsWith("ت") && !verb.endsWith("ات");
    return pastVerb && (p.first() - 1 == f || p.end() == f || p.end() + 1 == f && !ARABIC_PREPOSITIONS.contains(m.tokens.get(p.end()).text()))
        && !Mentions.hasClauseBreak(m.norm, m.tokens.get(p.first() - 1).start(), m.tokens.get(Math.max(f, p.end() - 1)).start());
  }

  private static final Set<String> ARABIC_PREPOSITIONS = Set.of("في", "من", "إلى", "الى", "على", "عن", "مع", "ضد",
      "بين", "داخل", "نحو", "عبر", "قرب", "حول", "و", "أو", "او", "أن", "ان", "إن");

  /** Whether the word carries ل or ب before the country's own name ("لإسرائيل"; not "لبنان"). */
  private static boolean preposed(String word, String name) {
    return !word.isEmpty() && (word.charAt(0) == 'ل' || word.charAt(0) == 'ب' || word.startsWith("ول") || word.startsWith("وب"))
        && (name == null || name.isEmpty() || name.charAt(0) != word.charAt(0)) && !word.startsWith("و" + (name == null ? "" : name));
  }
}
