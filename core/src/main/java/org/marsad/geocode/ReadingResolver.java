package org.marsad.geocode;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.geocode.PlaceCues.Cue;

/**
 * Chooses each recognised name's reading. A name with one reading is an anchor giving the admin
 * context (governorates, districts, countries) of its paragraph and of the report; a name with
 * several takes the one that fits that context best, then the larger place. A small place in a
 * country the report does not otherwise name is dropped: an unknown place stays unresolved rather
 * than pinned to a homonym.
 */
final class ReadingResolver {

  // levels a distance and bearing may set a point off; a governorate or country is too large
  static final Set<PlaceLevel> TOWN_LEVELS = EnumSet.of(PlaceLevel.LOCALITY, PlaceLevel.CAMP, PlaceLevel.NEIGHBOURHOOD,
      PlaceLevel.ADMIN2, PlaceLevel.ADMIN3);

  // sizes, distances and context scores: marsad/gazetteer/settings.tsv. A fallback-layer (GeoNames)
  // reading ranks after a curated one unless the report's context points at it: curated first,
  // then context, then size
  private final GeocodeSettings s;

  /** What may stand between a place and its locator: "X بمحافظة Y", "X في Y", "X، Y", "X (Y)". */
  private static final Set<String> LOCATOR_GAPS = Set.of("", "ب", "في", "،", ",", "(", "-", "–");

  private final Gazetteer gazetteer;

  ReadingResolver(Gazetteer gazetteer, GeocodeSettings settings) {
    this.gazetteer = gazetteer;
    this.s = settings;
  }

  void resolve(List<Candidate> cands, String norm) {
    keepLocated(cands, norm);
    Map<Integer, Set<String>> paraKeys = new HashMap<>();
    Set<String> docKeys = new HashSet<>();
    Set<String> countries = new HashSet<>();
    for (Candidate c : cands) {
      // what sets the report's countries: a kind cue, a country, governorate or region, or a
      // multi-word name; a one-word town name may be a common word and does not
      // ("the Britain-based group" says where a body is based, not what the report is about)
      c.strong = !c.based && (c.kind != null || c.match.value().key().indexOf(' ') > 0 || c.readings.stream()
          .anyMatch(e -> e.level() == PlaceLevel.COUNTRY || e.level() == PlaceLevel.ADMIN1 || e.level() == PlaceLevel.REGION));
      List<GazetteerEntry> distinct = distinct(c.readings);
      if (distinct.size() == 1 && !onlyNeighbourhood(distinct)) {
        c.chosen = distinct.get(0);
        Set<String> keys = paraKeys.computeIfAbsent(c.paragraph, k -> new HashSet<>());
        addKeys(c.chosen, keys);
        addKeys(c.chosen, docKeys);
        if (c.strong && !c.chosen.country().isEmpty()) {
          countries.add(c.chosen.country());
        }
      }
    }
    for (Candidate c : cands) { // in text order, so a resolved name is context for the next ones
      if (c.chosen != null) {
        continue;
      }
      Set<String> para = paraKeys.computeIfAbsent(c.paragraph, k -> new HashSet<>());
      double best = Double.NEGATIVE_INFINITY;
      for (GazetteerEntry e : c.readings) {
        if (e.level() == PlaceLevel.NEIGHBOURHOOD && c.kind != Cue.NEIGHBOURHOOD && !para.contains(e.admin2())) {
          continue; // a neighbourhood name without "حي" needs its city nearby
        }
        double score = base(e, c.readings) - (e.fallback() ? s.fallbackPenalty() : 0);
        if (para.contains(e.admin2())) {
          score += s.districtContext();
        } else if (para.contains(e.admin1()) || para.contains(e.id())) {
          score += s.governorateContext();
        } else if (docKeys.contains(e.admin2()) || docKeys.contains(e.admin1())) {
          score += s.reportContext();
        }
        if (!countries.isEmpty()) {
          score += countries.contains(e.country()) ? s.countryContext() : -s.countryContext();
        }
        if (score > best) {
          best = score;
          c.chosen = e;
        }
      }
      if (c.chosen != null) {
        addKeys(c.chosen, para);
        addKeys(c.chosen, docKeys);
      }
    }
    Map<Integer, Set<String>> paraCountries = new HashMap<>();
    for (Candidate c : cands) {
      if (c.chosen != null && !c.chosen.country().isEmpty() && !c.based && (c.strong || isMajor(c.chosen))) {
        paraCountries.computeIfAbsent(c.paragraph, k -> new HashSet<>()).add(c.chosen.country());
      }
    }
    for (Candidate c : cands) {
      GazetteerEntry e = c.chosen;
      // a populous place is read in any country, but a GeoNames one only in a country the report names:
      // "the district of Hamdaniyeh" in a report on Aleppo is not Iraq's Al-Hamdaniya
      boolean foreignFallback = e != null && e.fallback() && !countries.isEmpty() && !countries.contains(e.country())
          && !isMajor(e);
      if (e == null || isBig(e) && !foreignFallback) {
        continue;
      }
      Set<String> here = paraCountries.getOrDefault(c.paragraph, Set.of());
      if (c.kind == null && !countries.isEmpty() && !countries.contains(e.country()) || foreignFallback
          || !here.isEmpty() && !here.contains(e.country())) {
        // a small place in a country the report (or its paragraph) does not otherwise name: a
        // Yemeni "مدينة شقرة" next to Zinjibar is not the Syrian village of that name
        c.chosen = null;
      }
    }
    dropInCountriesNamedOnlyWhole(cands);
    for (int i = 0; i + 1 < cands.size(); i++) {
      Candidate c = cands.get(i);
      Candidate area = cands.get(i + 1);
      if (c.chosen != null && area.chosen != null && TOWN_LEVELS.contains(c.chosen.level())
          && locatedBy(norm, c, area) && !within(c.chosen, area.chosen)) {
        // "بلدة الحوطة في ريف دمشق": the text says where the town lies, and the gazetteer's only
        // town of that name lies elsewhere; the town is not in the gazetteer, the area stays
        c.chosen = null;
      }
    }
  }

  /**
   * "قضاء الخالدية" in a report on Anbar that names Syria once, as a neighbour: when the report
   * names places of another country, a small place needs another place of its own country (a town,
   * governorate or region, not only the country's name), or it is a homonym of a place the
   * gazetteer lacks; its cue word ("قضاء", "بلدة") says it is a place, not which country's.
   */
  private void dropInCountriesNamedOnlyWhole(List<Candidate> cands) {
    Map<String, Integer> placesIn = new HashMap<>();
    for (Candidate c : cands) {
      // a neighbourhood sets no country: its name is often a common word ("حي الروضة" in Taiz is not
      // Damascus's), and two such homonyms must not vouch for each other
      if (c.chosen != null && c.chosen.level() != PlaceLevel.COUNTRY && c.chosen.level() != PlaceLevel.NEIGHBOURHOOD
          && !c.chosen.country().isEmpty() && !c.based && (c.strong || isMajor(c.chosen))) {
        placesIn.merge(c.chosen.country(), 1, Integer::sum);
      }
    }
    if (placesIn.isEmpty()) {
      return;
    }
    for (Candidate c : cands) {
      GazetteerEntry e = c.chosen;
      if (e == null || isBig(e) || e.country().isEmpty()) {
        continue;
      }
      int own = c.strong || isMajor(e) ? 1 : 0;
      boolean others = placesIn.size() > (placesIn.containsKey(e.country()) ? 1 : 0);
      if (others && placesIn.getOrDefault(e.country(), 0) - own <= 0) {
        c.chosen = null;
      }
    }
  }

  /**
   * Drops the readings that need a locator and have none. A reading is located by the next name
   * when that names its country or governorate ("X بمحافظة تعز", "X، اليمن"), or by a name of its
   * governorate (the governorate or a city of it) elsewhere in the paragraph; the locator's own
   * readings must not need one.
   */
  private void keepLocated(List<Candidate> cands, String norm) {
    for (int i = 0; i < cands.size(); i++) {
      Candidate c = cands.get(i);
      if (c.needLocator.isEmpty()) {
        continue;
      }
      Candidate next = i + 1 < cands.size() ? cands.get(i + 1) : null;
      boolean adjacent = next != null && next.start >= c.end && next.start - c.end <= 12
          && LOCATOR_GAPS.contains(norm.substring(c.end, next.start).strip());
      List<GazetteerEntry> kept = new ArrayList<>(c.readings.size());
      for (GazetteerEntry e : c.readings) {
        if (!c.needLocator.contains(e) || adjacent && locates(next, e, true) || locatedInParagraph(cands, c, e)) {
          kept.add(e);
        }
      }
      c.readings = kept;
    }
  }

  private boolean locatedInParagraph(List<Candidate> cands, Candidate c, GazetteerEntry e) {
    for (Candidate o : cands) {
      if (o != c && o.paragraph == c.paragraph && locates(o, e, false)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a candidate names (through a reading that needs no locator) the governorate, or the country, of {@code e}. */
  private boolean locates(Candidate area, GazetteerEntry e, boolean countryToo) {
    String admin1 = e.admin1().isEmpty() ? null : gazetteer.adminName(e.admin1());
    for (GazetteerEntry a : area.readings) {
      if (area.needLocator.contains(a) || !a.country().equals(e.country())) {
        continue;
      }
      if (a.level() == PlaceLevel.COUNTRY ? countryToo
          : admin1 != null && (a.level() == PlaceLevel.ADMIN1 || isMajor(a))
              && (admin1.equals(gazetteer.adminName(a.admin1())) || a.level() == PlaceLevel.ADMIN1 && admin1.equals(a.name()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code area} follows {@code c} as its locator: "X بـY", "X في Y", "X بريف Y". */
  private static boolean locatedBy(String norm, Candidate c, Candidate area) {
    if (area.start < c.end || area.start - c.end > 6) {
      return false;
    }
    String gap = norm.substring(c.end, area.start).strip();
    return gap.equals("ب") || gap.equals("في");
  }

  /**
   * Whether a town lies in an area: its country or governorate, a region of its governorate, or
   * (a town, or a region named for no governorate) within {@code locator_km} of its point.
   */
  private boolean within(GazetteerEntry town, GazetteerEntry area) {
    return switch (area.level()) {
      case COUNTRY -> area.country().equals(town.country());
      // outside Syria admin1 is a literal name, which the governorate's own row also carries ("Abyan")
      case ADMIN1 -> area.id().equals(town.admin1()) || area.name().equals(gazetteer.adminName(town.admin1()))
          || !area.admin1().isEmpty() && area.admin1().equals(town.admin1())
          // a GeoNames town without its governorate: the text's word is not contradicted within its country
          || town.admin1().isEmpty() && area.country().equals(town.country());
      case ADMIN2 -> area.id().equals(town.admin2()) || area.name().equals(gazetteer.adminName(town.admin2()));
      // "مدينة الزبداني في القلمون": a region's point is a rough centre; its governorate says more
      case REGION -> !area.admin1().isEmpty() && area.admin1().equals(town.admin1())
          || Geocoder.km(town.lat(), town.lon(), area.lat(), area.lon()) <= s.locatorKm();
      default -> Geocoder.km(town.lat(), town.lon(), area.lat(), area.lon()) <= s.locatorKm();
    };
  }

  /** A place well enough known that its name is read without a cue: a country, governorate or city. */
  static boolean isMajor(GazetteerEntry e) {
    return e.level() == PlaceLevel.COUNTRY || e.level() == PlaceLevel.ADMIN1 || e.population() >= 100_000;
  }

  private static boolean onlyNeighbourhood(List<GazetteerEntry> es) {
    return es.size() == 1 && es.get(0).level() == PlaceLevel.NEIGHBOURHOOD;
  }

  /** Readings with near-duplicates (the same place from two sources, within 3 km) merged. */
  private static List<GazetteerEntry> distinct(List<GazetteerEntry> es) {
    if (es.size() < 2) {
      return es;
    }
    List<GazetteerEntry> out = new ArrayList<>(es.size());
    outer:
    for (GazetteerEntry e : es) {
      for (GazetteerEntry o : out) {
        if (o.level().equals(e.level()) && Geocoder.km(o.lat(), o.lon(), e.lat(), e.lon()) < 3) {
          continue outer;
        }
      }
      out.add(e);
    }
    return out;
  }

  private boolean isBig(GazetteerEntry e) {
    return switch (e.level()) {
      case COUNTRY, ADMIN1, REGION, CAMP -> true;
      default -> e.population() >= s.bigPlace();
    };
  }

  /**
   * Prior for a reading with no context: larger places, and towns over same-named districts. A town
   * named like the admin unit that contains it is that unit's seat and counts its population ("حلب"
   * is the city before the governorate).
   */
  private static double base(GazetteerEntry e, List<GazetteerEntry> readings) {
    long pop = e.population();
    if (e.level() == PlaceLevel.LOCALITY) {
      for (GazetteerEntry r : readings) {
        if (r.id().equals(e.admin1()) || r.id().equals(e.admin2()) || r.level() == PlaceLevel.ADMIN3 && r.admin2().equals(e.admin2())) {
          pop = Math.max(pop, r.population());
        }
      }
    }
    double bonus = switch (e.level()) {
      case COUNTRY -> 3;
      case LOCALITY, CAMP -> 1;
      case REGION -> 0.5;
      case ADMIN2 -> -0.5;
      case ADMIN3, NEIGHBOURHOOD -> -1;
      default -> 0;
    };
    return Math.log10(Math.max(pop, 1000)) + bonus;
  }

  private static void addKeys(GazetteerEntry e, Set<String> keys) {
    keys.add(e.id());
    if (!e.admin1().isEmpty()) {
      keys.add(e.admin1());
    }
    if (!e.admin2().isEmpty()) {
      keys.add(e.admin2());
    }
  }
}
