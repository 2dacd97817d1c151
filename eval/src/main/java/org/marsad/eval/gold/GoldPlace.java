package org.marsad.eval.gold;

/**
 * A place the gold events name. {@code lat}, {@code lon} and {@code toleranceKm} may be null (a
 * region without coordinates can only be matched by name).
 */
public record GoldPlace(
    String mention,
    String name,
    String country,
    String admin1,
    String admin2,
    String kind,
    Double lat,
    Double lon,
    Double toleranceKm) {

  public boolean hasCoordinates() {
    return lat != null && lon != null;
  }
}
