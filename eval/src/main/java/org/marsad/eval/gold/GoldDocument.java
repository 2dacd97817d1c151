package org.marsad.eval.gold;

import java.util.List;
import java.util.Locale;

/**
 * One gold file (CODEBOOK.md, "Gold files"): what a human annotator says the report contains.
 * {@code name} is where it was read from, for messages.
 */
public record GoldDocument(
    String name,
    GoldMeta document,
    List<GoldDuplicate> duplicates,
    List<GoldEvent> events,
    List<GoldPlace> places,
    List<GoldActor> actors,
    List<GoldStatus> status) {
  public GoldDocument {
    duplicates = List.copyOf(duplicates);
    events = List.copyOf(events);
    places = List.copyOf(places);
    actors = List.copyOf(actors);
    status = List.copyOf(status);
  }

  /** The gold place with this name (case-insensitive), or null: events name their place. */
  public GoldPlace placeNamed(String placeName) {
    if (placeName == null) {
      return null;
    }
    String key = placeName.toLowerCase(Locale.ROOT);
    for (GoldPlace p : places) {
      if (p.name() != null && p.name().toLowerCase(Locale.ROOT).equals(key)) {
        return p;
      }
    }
    return null;
  }
}
