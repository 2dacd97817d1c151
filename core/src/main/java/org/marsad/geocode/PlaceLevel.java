package org.marsad.geocode;

import java.util.Locale;

/**
 * A gazetteer entry's level, as the gazetteer files write it in lower case ("locality"). A file
 * naming another level fails when it loads ({@link #parse}), so a typo never turns a town into
 * something no rule reads.
 */
public enum PlaceLevel {
  COUNTRY, REGION, ADMIN1, ADMIN2, ADMIN3, LOCALITY, CAMP, NEIGHBOURHOOD;

  /** As the files write it: "admin1", "neighbourhood". */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** A town, camp or quarter: where an act happens, as opposed to an area holding it. */
  public boolean isTownLike() {
    return this == LOCALITY || this == CAMP || this == NEIGHBOURHOOD;
  }

  /** The level written {@code s}; {@code where} (file:line) names the line when it is none. */
  public static PlaceLevel parse(String s, String where) {
    for (PlaceLevel l : values()) {
      if (l.id().equals(s)) {
        return l;
      }
    }
    throw new org.marsad.BadInputException(where + ": unknown place level '" + s
        + "'; one of country, region, admin1, admin2, admin3, locality, camp, neighbourhood");
  }
}
