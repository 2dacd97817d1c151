package org.marsad.geocode;

import org.marsad.model.Place;

/**
 * A place name found in the normalised text at [start, end) and the gazetteer entry it resolves to
 * (the place's evidence is the raw span). {@code level}: country, admin1, admin2, admin3,
 * locality, camp, neighbourhood or region (see docs/gazetteer.md).
 */
public record PlaceMention(int start, int end, PlaceLevel level, Place place) {}
