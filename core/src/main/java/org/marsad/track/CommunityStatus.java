package org.marsad.track;

import java.time.LocalDate;
import java.util.List;
import org.marsad.fuse.SourceRef;
import org.marsad.model.Place;

/**
 * A community's status on one date: its place (id, name, name_ar, lat, lon, admin1...), level,
 * the start of that level, indicators, and every report supporting the level since it began.
 */
public record CommunityStatus(
    Place place,
    LocalDate asOf,
    Level level,
    LocalDate since,
    String movement,
    String food,
    String medicine,
    String fuel,
    String aid,
    int attacksLast7Days,
    int daysBesieged,
    List<SourceRef> sources,
    int independentSources,
    List<String> disagreements) {
  public CommunityStatus {
    sources = List.copyOf(sources);
    disagreements = List.copyOf(disagreements);
  }
}
