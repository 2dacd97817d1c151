package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.marsad.model.EventType;
import org.marsad.model.Place;
import org.marsad.track.StatusEngine;

/** Which areas one run re-derives whole and which only by type. */
class DerivationUnitsTest {
  private static final StatusEngine ENGINE = StatusEngine.loadDefault();

  // Two towns 3 km apart (one area), a governorate whose centroid lies 1 km from the first town,
  // and the country: the regions are areas of their own, whatever their distance to the towns.
  private static final Map<String, Place> PLACES = new TreeMap<>(Map.of(
      "T1", place("T1", 33.000, 36.0, 1),
      "T2", place("T2", 33.027, 36.0, 1),
      "G", place("G", 33.009, 36.0, 3),
      "C", place("C", 34.500, 38.0, 3)));

  private static Place place(String id, double lat, double lon, int precision) {
    return new Place(id, id, null, null, null, null, lat, lon, precision, null);
  }

  @Test
  void regionsAreAreasOfTheirOwnAndTownsWithinTheFusionDistanceShareOne() {
    Map<String, String> area = ENGINE.areas(PLACES.values());
    assertThat(area.get("T1")).isEqualTo(area.get("T2"));
    assertThat(area.get("G")).isEqualTo("G").isNotEqualTo(area.get("T1"));
    assertThat(area.get("C")).isEqualTo("C");
  }

  @Test
  void areasWithoutCommunitiesAreReDerivedOnlyForTheTouchedTypes() {
    Map<String, String> area = ENGINE.areas(PLACES.values());
    Map<String, Set<EventType>> touched = Map.of(
        "C", EnumSet.of(EventType.ATTACK),
        "G", EnumSet.of(EventType.ATTACK, EventType.AGREEMENT),
        "T2", EnumSet.of(EventType.ATTACK));
    List<DerivationUnits.Unit> units = DerivationUnits.plan(PLACES, area, touched, Set.of(), p -> p.geoPrecision() <= 1);
    assertThat(units).containsExactly(
        new DerivationUnits.Unit(List.of("C"), EnumSet.of(EventType.ATTACK)),
        new DerivationUnits.Unit(List.of("G"), EnumSet.of(EventType.ATTACK, EventType.AGREEMENT)),
        // A town's timeline reads every type at it: its area is re-derived whole.
        new DerivationUnits.Unit(List.of("T1", "T2"), null));
  }

  @Test
  void aMovedHorizonReDerivesWholeAreas() {
    Map<String, String> area = ENGINE.areas(PLACES.values());
    Map<String, Set<EventType>> touched = Map.of("C", EnumSet.of(EventType.ATTACK));
    assertThat(DerivationUnits.plan(PLACES, area, touched, Set.of("C"), p -> p.geoPrecision() <= 1))
        .containsExactly(new DerivationUnits.Unit(List.of("C"), null));
  }
}
