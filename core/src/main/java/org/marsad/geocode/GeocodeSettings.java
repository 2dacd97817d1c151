package org.marsad.geocode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.lexicon.LexiconFile;

/**
 * The tuning of reading resolution (sizes, distances and context scores), read once from
 * marsad/gazetteer/settings.tsv so that a figure can be changed and traced without reading code.
 * Each line is {@code name value why}; every name must be given once, as a number.
 */
record GeocodeSettings(
    long bigPlace,
    double locatorKm,
    double fallbackPenalty,
    double districtContext,
    double governorateContext,
    double reportContext,
    double countryContext) {

  static final String FILE = Gazetteer.RESOURCE_DIR + "settings.tsv";

  private static final List<String> NAMES = List.of("big_place", "locator_km", "fallback_penalty", "district_context",
      "governorate_context", "report_context", "country_context");

  static GeocodeSettings load() {
    return parse(LexiconFile.read(FILE));
  }

  /** Errors name the file's line and the key, so that a bad edit fails at start-up. */
  static GeocodeSettings parse(List<LexiconFile.Row> rows) {
    Map<String, Double> v = new HashMap<>();
    for (LexiconFile.Row r : rows) {
      String key = r.col(0);
      if (!NAMES.contains(key)) {
        throw new IllegalStateException(r.id() + ": unknown setting '" + key + "'; the known ones are " + NAMES);
      }
      if (v.containsKey(key)) {
        throw new IllegalStateException(r.id() + ": setting '" + key + "' is given twice; keep one line");
      }
      try {
        v.put(key, Double.parseDouble(r.col(1)));
      } catch (NumberFormatException e) {
        throw new IllegalStateException(r.id() + ": setting '" + key + "' needs a number, not '" + r.col(1) + "'");
      }
    }
    Set<String> missing = new java.util.TreeSet<>(NAMES);
    missing.removeAll(v.keySet());
    if (!missing.isEmpty()) {
      throw new IllegalStateException(FILE + ": settings " + missing + " are missing; add a line 'name<TAB>value<TAB>why' for each");
    }
    return new GeocodeSettings(Math.round(v.get("big_place")), v.get("locator_km"), v.get("fallback_penalty"),
        v.get("district_context"), v.get("governorate_context"), v.get("report_context"), v.get("country_context"));
  }
}
