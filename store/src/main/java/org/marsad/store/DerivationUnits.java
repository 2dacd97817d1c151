package org.marsad.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.marsad.model.EventType;
import org.marsad.model.Place;

/**
 * What one derivation run re-derives: the areas that changed reports touch, each whole or, where
 * no status timeline can be, only for the event types those reports have there. Fusion never
 * joins events of two types, so re-fusing one type of an area leaves the others' fused events as
 * they are; a timeline, though, reads every type at its place, so an area holding a community
 * (a place precise enough for status) is always re-derived whole. A region or a country is an
 * area of its own ({@link org.marsad.track.StatusEngine#areas}) and holds no community: one more
 * report with an attack somewhere in the country re-fuses the country's attacks, not its
 * thousands of other events.
 */
final class DerivationUnits {
  private DerivationUnits() {}

  /** The place keys of one area and the event types to re-derive there; {@code types} null: all of them. */
  record Unit(List<String> keys, Set<EventType> types) {
    Unit {
      keys = List.copyOf(keys);
      types = types == null ? null : Collections.unmodifiableSet(EnumSet.copyOf(types));
    }

    boolean whole() {
      return types == null;
    }
  }

  /**
   * The units of a run, in area order.
   *
   * @param places every place events are at, by key, with its finest precision ({@link EventPlaces})
   * @param area each key's area
   * @param touched the keys of the changed reports' events, each with those events' types (as stored
   *     and as a review view shows them)
   * @param wholeKeys keys whose areas are re-derived whole (a moved horizon, a first derivation)
   * @param community whether a place can have a status timeline (StatusTracker#mayHaveTimeline)
   */
  static List<Unit> plan(Map<String, Place> places, Map<String, String> area, Map<String, Set<EventType>> touched,
      Set<String> wholeKeys, java.util.function.Predicate<Place> community) {
    Map<String, List<String>> keysByArea = new TreeMap<>();
    area.forEach((k, a) -> keysByArea.computeIfAbsent(a, x -> new ArrayList<>()).add(k));
    Set<String> whole = new TreeSet<>();
    Map<String, Set<EventType>> typed = new TreeMap<>();
    wholeKeys.forEach(k -> whole.add(area.getOrDefault(k, k)));
    touched.forEach((k, types) -> {
      String a = area.getOrDefault(k, k);
      List<String> keys = keysByArea.getOrDefault(a, List.of(k));
      if (keys.stream().allMatch(x -> withoutCommunity(places.get(x), community))) {
        typed.computeIfAbsent(a, x -> EnumSet.noneOf(EventType.class)).addAll(types);
      } else {
        whole.add(a);
      }
    });
    whole.forEach(typed::remove);
    Map<String, Unit> units = new TreeMap<>();
    whole.forEach(a -> units.put(a, new Unit(keysByArea.getOrDefault(a, List.of(a)), null)));
    typed.forEach((a, types) -> units.put(a, new Unit(keysByArea.getOrDefault(a, List.of(a)), types)));
    return new ArrayList<>(units.values());
  }

  /**
   * A gazetteer place every event of which is coarser than a community: no fused event there can
   * have a timeline. (Named places without an id are re-derived whole: their stored rows are found
   * by name, not by id and type.)
   */
  private static boolean withoutCommunity(Place p, java.util.function.Predicate<Place> community) {
    return p != null && p.id() != null && !community.test(p);
  }
}
