package org.marsad.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.marsad.lexicon.PhraseMatcher;
import org.marsad.model.Place;

/**
 * Places a sentence names beside the act's own (PlaceRules drops them when another remains): where
 * something set out from, a place a way passes, a way's far end, and a place that only says where a town
 * named just before it lies.
 */
final class SidePlaces {
  private SidePlaces() {}

  /** "من عدن", "من مدينة هيت", "من جنوب مدينة درنة", "انطلاقا من X": the place something set out from. */
  static boolean origin(Mentions m, At<Place> p) {
    for (int k = p.first() - 1, hops = 0; k >= 0 && hops < 3; k--, hops++) {
      String w = m.tokens.get(k).text();
      if (w.equals("من") || w.equals("ومن")) {
        return true;
      }
      if (m.cueIn(CueClass.TOWN_WORD, k, k + 1, k) == null && m.cueIn(CueClass.DIRECTION_WORD, k, k + 1, k) == null) {
        return false;
      }
    }
    return false;
  }

  /**
   * "عبر معبر Y", "through the Y crossing", "via Y": a place the way passes. Between the route word and
   * the place only an article or a road word ("معبر", "crossing", "طريق") may stand.
   */
  static boolean route(Mentions m, At<Place> p) {
    for (int k = p.first() - 1, hops = 0; k >= 0 && hops < 3; k--, hops++) {
      PhraseMatcher.Match<Lexicons.Cue> c = m.cueIn(CueClass.ROUTE, Math.max(0, k - 2), k + 1, p.first());
      if (c != null && c.endToken() == k + 1) {
        return true;
      }
      String w = m.tokens.get(k).text().toLowerCase(Locale.ROOT);
      if (!w.equals("the") && m.cueIn(CueClass.A_ROAD, k, k + 1, p.first()) == null) {
        break;
      }
    }
    // a place joined to a route's place ("من جهات طوز خورماتو وسليمان بيك وكفري", "via X and Y") is one too
    int f = p.first();
    boolean joined = m.tokens.get(f).text().startsWith("و")
        || f > 0 && (AND_OR.contains(m.tokens.get(f - 1).text().toLowerCase(Locale.ROOT)) || m.tokens.get(f - 1).text().equals("و"));
    if (!joined) {
      return false;
    }
    for (int k = f - 1; k >= Math.max(m.sentenceStart[f], f - 8); k--) {
      if (Mentions.hasClauseBreak(m.norm, m.tokens.get(k).end(), m.tokens.get(k + 1).start())) {
        return false;
      }
      PhraseMatcher.Match<Lexicons.Cue> c = m.cueIn(CueClass.ROUTE, Math.max(0, k - 2), k + 1, f);
      if (c != null && c.endToken() == k + 1) {
        return true;
      }
    }
    return false;
  }

  /**
   * "the road linking the city to Y", "connecting X with Y": Y is the far end of a way (a linking word at
   * most five words before its "to" or "with").
   */
  static boolean farEnd(Mentions m, At<Place> p) {
    int k = p.first() - 1;
    if (k > 0 && m.tokens.get(k).text().equalsIgnoreCase("of")) {
      k--; // "to the town of Y"
    }
    if (k > 0 && PLACE_TITLES.contains(m.tokens.get(k).text().toLowerCase(Locale.ROOT))) {
      k--; // "with the capital Damascus", "to the city of Y"
    }
    if (k > 0 && m.tokens.get(k).text().equalsIgnoreCase("the")) {
      k--;
    }
    if (k > 2 && AND_OR.contains(m.tokens.get(k).text().toLowerCase(Locale.ROOT))) {
      for (int j = k - 1; j >= Math.max(1, k - 4); j--) {
        if (m.tokens.get(j).text().equalsIgnoreCase("between")) {
          // "the only passage between the neighbourhood and Y": the other end of a way
          return m.cueIn(CueClass.A_ROAD, Math.max(0, j - 3), j, p.first()) != null
              || m.cueIn(CueClass.ROAD_LINK, Math.max(0, j - 3), j, p.first()) != null;
        }
      }
      // "linking X to Kosti and Khartoum": a far end coordinated with the first is one too
      for (int j = k - 1; j >= Math.max(1, k - 4); j--) {
        if (TO_WITH.contains(m.tokens.get(j).text().toLowerCase(Locale.ROOT))) {
          k = j;
          break;
        }
      }
    }
    if (k < 1) {
      return false;
    }
    String prep = m.tokens.get(k).text().toLowerCase(Locale.ROOT);
    if (TOWARD.contains(prep)) {
      // "along the southern road toward Y": where a way leads, not where the act is
      return m.cueIn(CueClass.A_ROAD, Math.max(0, k - 3), k, p.first()) != null;
    }
    if (!TO_WITH.contains(prep)) {
      return false;
    }
    return m.cueIn(CueClass.ROAD_LINK, Math.max(0, k - 5), k, p.first()) != null;
  }

  private static final Set<String> TO_WITH = Set.of("to", "with");
  /** Words naming what a far end is, between "the" and its name. */
  private static final Set<String> PLACE_TITLES = Set.of("capital", "city", "town", "village", "port");
  private static final Set<String> AND_OR = Set.of("and", "or");
  private static final Set<String> TOWARD = Set.of("toward", "towards");

  /** Words that put a place beside a town named just before it ("a town near Damascus"). */
  private static final java.util.Set<String> BESIDE = java.util.Set.of("near", "outside", "قرب", "بالقرب");

  /** Words between a town and the word that locates it ("Madaya, a town near"). */
  private static final int APPOSITION_WORDS = 3;

  /**
   * Whether {@code p} follows "near" right after a town of {@code places}, or is an area joined by ب right after
   * it ("دماج بمحافظة صعدة"): it says where that town lies.
   */
  static boolean locatesTownBefore(Mentions m, At<Place> p, List<At<Place>> places) {
    if (p.value().geoPrecision() == 3 && p.first() < m.tokens.size() && m.tokens.get(p.first()).text().startsWith("ب")) {
      // "منطقة دماج بمحافظة صعدة", "بلدة X بريف إدلب": the area joined by ب to the town just before it locates it
      for (At<Place> q : places) {
        if (q != p && q.end() == p.first() && q.value().geoPrecision() <= 2 && PlaceRules.isTown(q)) {
          return true;
        }
      }
    }
    int k = p.first() - 1;
    if (k < 1 || p.first() >= m.tokens.size() || !BESIDE.contains(m.tokens.get(k).text().toLowerCase(java.util.Locale.ROOT))) {
      return false;
    }
    for (At<Place> q : places) {
      if (q != p && PlaceRules.isTown(q) && q.value().geoPrecision() == 1 && q.end() <= k && k - q.end() <= APPOSITION_WORDS
          && m.sameSentence(q.first(), p.first())) {
        return true;
      }
    }
    return false;
  }
}
