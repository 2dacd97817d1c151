package org.marsad.store;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who besieges whom, as a place's siege events say: their actor1 (the besieger) and actor2 (the
 * besieged side), each name once, the most cited first.
 */
public final class Besiegers {
  /** The besiegers and the besieged named by a status's siege events (empty lists when none names them). */
  public record Sides(List<String> besiegers, List<String> besieged) {}

  private Besiegers() {}

  /**
   * The sides named by the place's asserted siege events reported up to {@code asOf} (denied, feared or
   * threatened sieges left out; background the reports recall, "historical", only as the start of a siege
   * also told holding); the doer of a lifting or an easing is not counted as a besieger. When no siege
   * event names a besieger, who closes the place's roads or keeps its supplies out is the besieger: a
   * siege is often told only by its closures ("أغلقت قوات الدعم السريع الطرق ... ومنعت مرور الشاحنات")
   * while the besieger denies the word.
   */
  public static Sides of(Store store, String placeId, LocalDate asOf) {
    Map<String, Integer> by = new LinkedHashMap<>();
    Map<String, Integer> closing = new LinkedHashMap<>();
    Map<String, Integer> on = new LinkedHashMap<>();
    List<Row> rows = store.jdbi().withHandle(h -> h.createQuery("SELECT e.actor1_name, e.actor2_name, e.attributes, e.historical, e.type"
            + " FROM events e JOIN reports r ON r.id = e.report_id"
            + " WHERE e.type IN ('SIEGE', 'SUPPLY_DENIAL', 'MOVEMENT_RESTRICTION') AND e.place_id = :place"
            + " AND e.modality = 'asserted'"
            + " AND (r.published IS NULL OR r.published <= :asOf) ORDER BY r.published, e.report_id, e.ordinal")
        .bind("place", placeId).bind("asOf", asOf)
        .map((rs, ctx) -> new Row(rs.getString(1), rs.getString(2), JsonText.readObject(rs.getString(3)).get("phase"),
            rs.getBoolean(4), "SIEGE".equals(rs.getString(5))))
        .list());
    // a siege's recalled start ("tightened the ring in January") names the same besiegers as the siege told
    // holding since (StatusEngine reads it as current then); without such a siege it is background
    boolean held = rows.stream().anyMatch(r -> r.siege() && !r.historical() && r.holding());
    for (Row r : rows) {
      if (r.historical() && !(held && r.holding())) {
        continue;
      }
      if (!r.siege()) {
        count(closing, r.actor1());
        continue;
      }
      // Who lifts or eases a siege ("قوات الجيش الوطني ... كسر الحصار") breaks it: not a besieger. The
      // besieged side of a lifting is still the besieged community.
      if (r.holding()) {
        count(by, r.actor1());
      }
      count(on, r.actor2());
    }
    List<String> besiegers = ranked(by);
    return new Sides(besiegers.isEmpty() ? ranked(withoutSides(closing, on)) : besiegers, ranked(on));
  }

  /** Closers who are not named as the besieged side (a besieged garrison closing its own gates). */
  private static Map<String, Integer> withoutSides(Map<String, Integer> closing, Map<String, Integer> besieged) {
    Map<String, Integer> out = new LinkedHashMap<>(closing);
    out.keySet().removeAll(besieged.keySet());
    return out;
  }

  /** One siege, closure or supply event of the place: its sides, phase and whether it is recalled background. */
  private record Row(String actor1, String actor2, Object phase, boolean historical, boolean siege) {
    boolean holding() {
      return !"lifted".equals(phase) && !"eased".equals(phase);
    }
  }

  private static void count(Map<String, Integer> m, String name) {
    if (name != null) {
      m.merge(name, 1, Integer::sum);
    }
  }

  private static List<String> ranked(Map<String, Integer> m) {
    return m.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .map(Map.Entry::getKey).toList();
  }
}
