package org.marsad.geocode;

import java.util.List;

/**
 * One gazetteer place. {@code level}: country, admin1, admin2, admin3, locality, camp, neighbourhood
 * or region. {@code admin1}/{@code admin2} are keys: the id of another entry (an OCHA P-code such as
 * "SY03") or, where the source has no such entry, a literal name; {@link Gazetteer#adminName}
 * turns them into names. {@code names} holds every surface form (Arabic and English) the entry is
 * found by; {@code population} is 0 when unknown. {@code fallback} marks an entry of the
 * lowest-priority layer (GeoNames populated places): it never replaces a curated entry and ranks
 * after one. {@code cueNames} are those of its names that are read only after a kind cue ("قرية X")
 * or beside their governorate or country: small places whose name is also a common word.
 */
public record GazetteerEntry(
    String id,
    PlaceLevel level,
    String nameEn,
    String nameAr,
    List<String> names,
    String country,
    String admin1,
    String admin2,
    double lat,
    double lon,
    long population,
    boolean fallback,
    List<String> cueNames) {

  /** A curated entry: every name is read by the usual rules. */
  public GazetteerEntry(String id, PlaceLevel level, String nameEn, String nameAr, List<String> names, String country,
      String admin1, String admin2, double lat, double lon, long population) {
    this(id, level, nameEn, nameAr, names, country, admin1, admin2, lat, lon, population, false, List.of());
  }

  /** The English name, or the Arabic one when the source gives none. */
  public String name() {
    return nameEn.isEmpty() ? nameAr : nameEn;
  }
}
