package org.marsad.extract;

import java.util.ArrayList;
import java.util.List;
import org.marsad.geocode.PlaceLevel;
import org.marsad.model.Place;

/**
 * Places listed together for one act ("نبل والزهراء", "near A and B", "one in A province, a second in
 * B"): each gets its own copy of the event (EventExtractor), as the codebook counts an act per place.
 */
final class PlaceLists {
  private PlaceLists() {}

  /**
   * Towns joined to the chosen one by "و" share its siege: "بلدتي نبل والزهراء", "نبل والزهراء (في حلب)
   * والفوعة وكفريا". Between two towns only "في" and other place names (the governorate in brackets) may stand.
   */
  static List<At<Place>> coordinated(Mentions m, List<At<Place>> places, Place chosen) {
    int at = -1;
    // mentions are in text order: the chosen one is found by its offset, not by reading them all
    for (int i = At.firstAt(places, p -> p.value().evidence().start(), chosen.evidence().start());
        i < places.size() && places.get(i).value().evidence().start() == chosen.evidence().start(); i++) {
      if (places.get(i).value() == chosen) {
        at = i;
        break;
      }
    }
    if (at < 0 || !listable(m, places.get(at))) {
      return List.of();
    }
    List<At<Place>> out = new ArrayList<>();
    for (int cur = at, j = at + 1; j < places.size(); j++) {
      At<Place> next = places.get(j);
      if (!listable(m, next)) {
        continue;
      }
      if (!joined(m, places, places.get(cur), next)) {
        break;
      }
      out.add(next);
      cur = j;
    }
    for (int cur = at, j = at - 1; j >= 0; j--) {
      At<Place> prev = places.get(j);
      if (!listable(m, prev)) {
        continue;
      }
      if (!joined(m, places, prev, places.get(cur))) {
        break;
      }
      out.add(prev);
      cur = j;
    }
    out.removeIf(p -> p.value().id().equals(chosen.id()));
    return out;
  }



  /**
   * English lists: "near A and B", "nine near A and one at B", "one in A province, a second in B": only
   * "and", a comma, counts, ordinals, a preposition of place and a kind of place between the two names.
   */
  private static boolean listed(Mentions m, List<At<Place>> places, At<Place> a, At<Place> b) {
    boolean linked = Mentions.hasClauseBreak(m.norm, m.tokens.get(a.end() - 1).end(), m.tokens.get(b.first()).start());
    boolean and = false;
    boolean counted = false;
    for (int k = a.end(); k < b.first(); k++) {
      String w = m.tokens.get(k).text().toLowerCase(java.util.Locale.ROOT);
      boolean covered = m.tokens.get(k).numeric() || LIST_WORDS.contains(w);
      for (At<Place> p : places) {
        covered |= p.first() <= k && k < p.end();
      }
      if (!covered) {
        return false;
      }
      and |= w.equals("and");
      counted |= m.tokens.get(k).numeric() || COUNTS.contains(w);
    }
    // "Madaya, a town near Damascus": the second name locates the first, it is no item of a list
    String before = m.tokens.get(b.first() - 1).text().toLowerCase(java.util.Locale.ROOT);
    if (!and && !counted && LOCATORS.contains(before)) {
      return false;
    }
    return (linked || and) && b.first() - a.end() <= 6;
  }

  /** Words that put a place beside another ("a town near Damascus") rather than list it. */
  private static final java.util.Set<String> LOCATORS = java.util.Set.of("near", "outside", "around");

  /** Counts and ordinals that number the items of a list ("one in A, a second in B"). */
  private static final java.util.Set<String> COUNTS = java.util.Set.of("one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten", "second", "third", "fourth", "fifth", "another", "each");

  /** Words an English list of places may hold between two names (counts, ordinals, places' kinds). */
  private static final java.util.Set<String> LIST_WORDS = java.util.Set.of("and", "a", "an", "the", "one", "two", "three",
      "four", "five", "six", "seven", "eight", "nine", "ten", "second", "third", "fourth", "fifth", "another", "near",
      "at", "in", "around", "outside", "on", "province", "governorate", "city", "town", "village", "district", "each");

  static boolean joined(Mentions m, List<At<Place>> places, At<Place> a, At<Place> b) {
    if (b.first() >= m.tokens.size() || !m.sameSentence(a.first(), b.first()) || b.first() < a.end()) {
      return false;
    }
    String word = m.tokens.get(b.first()).text();
    if (!word.isEmpty() && word.charAt(0) < 0x80) {
      return listed(m, places, a, b);
    }
    String name = b.value().nameAr() == null ? "" : org.marsad.clean.ArabicNormalizer.fold(b.value().nameAr());
    if (!word.startsWith("و") || name.startsWith("و")) {
      return false;
    }
    for (int k = a.end(); k < b.first(); k++) {
      boolean covered = m.tokens.get(k).text().equals("في");
      for (At<Place> p : places) {
        covered |= p.first() <= k && k < p.end();
      }
      if (!covered) {
        return false;
      }
    }
    return true;
  }

  /** A town of a list; in English also a governorate ("one in A province, a second in B province"). */
  private static boolean listable(Mentions m, At<Place> p) {
    if (PlaceRules.isTown(p)) {
      return true;
    }
    String w = p.first() < m.tokens.size() ? m.tokens.get(p.first()).text() : "";
    return p.level() == PlaceLevel.ADMIN1 && !p.aside() && !w.isEmpty() && w.charAt(0) < 0x80;
  }
}
