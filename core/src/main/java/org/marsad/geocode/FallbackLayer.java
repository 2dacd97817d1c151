package org.marsad.geocode;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.marsad.BadInputException;
import org.marsad.lexicon.LexiconFile;

/**
 * The lowest-priority gazetteer layer (geonames-mena.tsv, made by tools/gazetteer/build-geonames-layer.sh):
 * the columns of a Marsad TSV layer plus {@code feature_code} and {@code cue_names}, every field checked
 * when it loads (a bad line fails naming file:line, since a generated file with a shifted column would
 * otherwise put towns at wrong places). Its entries never replace a curated one: an entry that shares a
 * name with a curated entry within {@value #SAME_PLACE_KM} km is the same place and is dropped.
 */
final class FallbackLayer {
  static final int COLUMNS = 13;
  /** Two entries with one name this close are one place (the layer's build script uses the same figure). */
  static final double SAME_PLACE_KM = 15;
  private static final Pattern ID = Pattern.compile("gn:[0-9]+");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
  private static final Pattern FEATURE = Pattern.compile("PPL[A-Z0-9]{0,3}|STLMT");
  // a country comes from countries.tsv, never from the fallback layer
  private static final Set<PlaceLevel> LEVELS = java.util.EnumSet.complementOf(java.util.EnumSet.of(PlaceLevel.COUNTRY));

  private FallbackLayer() {}

  /** Reads a layer into fallback entries, checking every field. */
  static List<GazetteerEntry> read(Reader r, String source) {
    List<GazetteerEntry> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (LexiconFile.Row row : LexiconFile.rows(r, source)) {
      List<String> c = row.cols();
      if (c.size() != COLUMNS) {
        throw bad(row, "expected " + COLUMNS + " tab-separated columns (id, level, name_en, name_ar, aliases, country, "
            + "admin1, admin2, lat, lon, population, feature_code, cue_names), got " + c.size());
      }
      String id = c.get(0);
      check(row, ID.matcher(id).matches(), "id must be gn:<geonameid>, got '" + id + "'");
      check(row, ids.add(id), "id " + id + " appears twice");
      PlaceLevel level = PlaceLevel.parse(c.get(1), row.id());
      check(row, LEVELS.contains(level), "level '" + c.get(1) + "' has no place in a fallback layer");
      check(row, !c.get(2).isEmpty() || !c.get(3).isEmpty(), "no name_en and no name_ar");
      check(row, COUNTRY.matcher(c.get(5)).matches(), "country must be a two-letter code, got '" + c.get(5) + "'");
      check(row, FEATURE.matcher(c.get(11)).matches(), "feature_code must be a GeoNames populated-place code, got '" + c.get(11) + "'");
      double lat = number(row, c.get(8), "lat");
      double lon = number(row, c.get(9), "lon");
      check(row, lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180, "lat/lon out of range");
      long pop;
      try {
        pop = Long.parseLong(c.get(10));
      } catch (NumberFormatException e) {
        throw bad(row, "population must be a whole number, got '" + c.get(10) + "'");
      }
      check(row, pop >= 0, "negative population");
      GazetteerEntry e = Gazetteer.entry(id, level, c.get(2), c.get(3), c.get(4), c.get(5), c.get(6), c.get(7), lat, lon, pop);
      List<String> cue = new ArrayList<>();
      for (String n : c.get(12).split("\\|")) {
        if (!n.isBlank()) {
          check(row, e.names().contains(n.trim()), "cue name '" + n.trim() + "' is not one of the row's names");
          cue.add(n.trim());
        }
      }
      out.add(new GazetteerEntry(e.id(), e.level(), e.nameEn(), e.nameAr(), e.names(), e.country(), e.admin1(), e.admin2(),
          e.lat(), e.lon(), e.population(), true, List.copyOf(cue)));
    }
    return out;
  }

  /** The fallback entries that are not a curated entry under another id (same name, within {@value #SAME_PLACE_KM} km). */
  static List<GazetteerEntry> withoutCurated(List<GazetteerEntry> fallback, List<GazetteerEntry> curated) {
    Map<String, List<GazetteerEntry>> byKey = new HashMap<>();
    Set<String> ids = new HashSet<>();
    for (GazetteerEntry e : curated) {
      ids.add(e.id());
      for (String n : e.names()) {
        byKey.computeIfAbsent(PlaceNames.key(n), k -> new ArrayList<>(1)).add(e);
      }
    }
    List<GazetteerEntry> out = new ArrayList<>(fallback.size());
    outer:
    for (GazetteerEntry f : fallback) {
      if (ids.contains(f.id())) {
        continue; // a user's GeoNames dump already gave this place
      }
      for (String n : f.names()) {
        for (GazetteerEntry e : byKey.getOrDefault(PlaceNames.key(n), List.of())) {
          if (Geocoder.km(f.lat(), f.lon(), e.lat(), e.lon()) <= SAME_PLACE_KM) {
            continue outer;
          }
        }
      }
      out.add(f);
    }
    return out;
  }

  private static double number(LexiconFile.Row row, String s, String what) {
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw bad(row, what + " must be a number, got '" + s + "'");
    }
  }

  private static void check(LexiconFile.Row row, boolean ok, String what) {
    if (!ok) {
      throw bad(row, what);
    }
  }

  private static BadInputException bad(LexiconFile.Row row, String what) {
    return new BadInputException(row.id() + ": " + what + "; regenerate it with tools/gazetteer/build-geonames-layer.sh");
  }
}
