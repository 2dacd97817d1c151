package org.marsad.model;

/**
 * A gazetteer entry as resolved for one mention. {@code geoPrecision} follows ACLED: 1 the place
 * itself, 2 near it or part of a district, 3 only a region or governorate is known.
 */
public record Place(
    String id,
    String name,
    String nameAr,
    String country,
    String admin1,
    String admin2,
    double lat,
    double lon,
    int geoPrecision,
    Span evidence) {}
