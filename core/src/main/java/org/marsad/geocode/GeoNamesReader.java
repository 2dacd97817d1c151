package org.marsad.geocode;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.marsad.BadInputException;

/**
 * Reads a GeoNames dump (allCountries.txt, or one country's SY.txt: 19 tab-separated columns,
 * geonameid, name, asciiname, alternatenames, latitude, longitude, feature class, feature code,
 * country code, cc2, admin1 code, admin2 code, admin3, admin4, population, ...). Only the feature
 * types a news report names as a place are kept: countries (PCL*), admin 1-3 (ADM1-3), populated
 * places (P, less historical and abandoned ones), refugee camps, regions and airports/air bases.
 * Of the alternate names only those in Arabic script are kept (English comes from name and
 * asciiname), which keeps a country file small. Ids are "gn:" + geonameid; admin keys are
 * "gn:CC.admin1" (and "gn:CC.admin1.admin2"), named by the ADM1/ADM2 rows of the same dump.
 */
final class GeoNamesReader {
  private GeoNamesReader() {}

  static boolean looksLikeGeoNames(String line) {
    String[] c = line.split("\t", -1);
    return c.length >= 15 && c[0].chars().allMatch(Character::isDigit) && !c[0].isEmpty();
  }

  static void read(BufferedReader r, String source, List<GazetteerEntry> out, Map<String, String> adminNames) throws IOException {
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t", -1);
      if (c.length < 15) {
        throw new BadInputException(source + ":" + n + ": a GeoNames line needs at least 15 tab-separated columns, got " + c.length);
      }
      PlaceLevel level = level(c[6], c[7]);
      if (level == null) {
        continue;
      }
      String cc = c[8];
      String a1 = c[10].isEmpty() || c[10].equals("00") ? "" : "gn:" + cc + "." + c[10];
      String a2 = a1.isEmpty() || c[11].isEmpty() ? "" : a1 + "." + c[11];
      if (level == PlaceLevel.ADMIN1 && !a1.isEmpty()) {
        adminNames.putIfAbsent(a1, c[2].isEmpty() ? c[1] : c[2]);
      } else if (level == PlaceLevel.ADMIN2 && !a2.isEmpty()) {
        adminNames.putIfAbsent(a2, c[2].isEmpty() ? c[1] : c[2]);
      }
      String ar = "";
      List<String> aliases = new ArrayList<>();
      if (!c[2].isEmpty() && !c[2].equals(c[1])) {
        aliases.add(c[2]);
      }
      for (String alt : c[3].split(",")) {
        if (isArabicScript(alt)) {
          if (ar.isEmpty()) {
            ar = alt.trim();
          } else {
            aliases.add(alt.trim());
          }
        }
      }
      double lat;
      double lon;
      long pop;
      try {
        lat = Double.parseDouble(c[4]);
        lon = Double.parseDouble(c[5]);
        pop = c[14].isEmpty() ? 0 : Long.parseLong(c[14]);
      } catch (NumberFormatException e) {
        throw new BadInputException(source + ":" + n + ": bad number in latitude/longitude/population: " + e.getMessage());
      }
      out.add(Gazetteer.entry("gn:" + c[0], level, c[1], ar, String.join("|", aliases), cc,
          level == PlaceLevel.COUNTRY ? "" : a1, level == PlaceLevel.ADMIN1 || level == PlaceLevel.COUNTRY ? "" : a2, lat, lon, pop));
    }
  }

  /** Our level for a GeoNames feature class and code, or null to skip the row. */
  static PlaceLevel level(String fclass, String fcode) {
    switch (fclass) {
      case "A":
        if (fcode.startsWith("PCL") && !fcode.equals("PCLH")) {
          return PlaceLevel.COUNTRY;
        }
        return switch (fcode) {
          case "ADM1" -> PlaceLevel.ADMIN1;
          case "ADM2" -> PlaceLevel.ADMIN2;
          case "ADM3" -> PlaceLevel.ADMIN3;
          default -> null;
        };
      case "P":
        return switch (fcode) {
          case "PPLH", "PPLQ", "PPLCH" -> null; // historical or abandoned
          case "PPLX" -> PlaceLevel.NEIGHBOURHOOD;
          default -> PlaceLevel.LOCALITY;
        };
      case "L":
        return switch (fcode) {
          case "CMPRF" -> PlaceLevel.CAMP;
          case "RGN", "RGNE" -> PlaceLevel.REGION;
          default -> null;
        };
      case "S":
        return fcode.equals("AIRB") || fcode.equals("AIRP") ? PlaceLevel.LOCALITY : null;
      default:
        return null;
    }
  }

  private static boolean isArabicScript(String s) {
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch >= '\u0600' && ch <= '\u06FF') {
        return true;
      }
    }
    return false;
  }
}
