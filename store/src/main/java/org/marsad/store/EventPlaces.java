package org.marsad.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.marsad.model.Place;
import org.marsad.track.StatusEngine;

/**
 * The {@code event_places} table (V34): every place events are located at, by place key
 * ({@link StatusEngine#placeKey}), with the finest geo precision any event gives it and its number
 * of events. The writer adds each batch's places in the batch's transaction, so the derivation
 * reads a few hundred rows instead of grouping every event (events are never deleted).
 */
final class EventPlaces {
  private EventPlaces() {}

  /** Places by key, each with its finest precision as {@link Place#geoPrecision}, and event counts by key. */
  record Counts(Map<String, Place> places, Map<String, Long> events) {}

  /** One place's share of a batch: the place as stored (name clipped), its finest precision and its events. */
  private record Tally(Place place, int precision, long events) {
    Tally plus(Tally o) {
      return new Tally(place, Math.min(precision, o.precision), events + o.events);
    }
  }

  /** Collects the places of one batch's events; {@link #write} adds them in the batch's transaction. */
  static final class Batch {
    private final Map<String, Tally> tallies = new HashMap<>();

    void add(Place p) {
      addCounted(p, 1);
    }

    void addCounted(Place p, long events) {
      // As stored in events: the name clipped, so that the key read back from a row is this key.
      Place stored = new Place(p.id(), Store.clip(p.name(), 500), null, null, null, null, p.lat(), p.lon(),
          p.geoPrecision(), null);
      tallies.merge(StatusEngine.placeKey(stored), new Tally(stored, p.geoPrecision(), events), Tally::plus);
    }

    void write(Handle h) {
      if (tallies.isEmpty()) {
        return;
      }
      // Insert missing rows at zero, then add: no read-modify-write race between two writers.
      PreparedBatch insert = h.prepareBatch("INSERT INTO event_places (place_key, place_id, place_name, place_lat,"
          + " place_lon, min_precision, events) VALUES (:k, :id, :name, :lat, :lon, :p, 0) ON CONFLICT DO NOTHING");
      PreparedBatch add = h.prepareBatch("UPDATE event_places SET events = events + :n,"
          + " min_precision = LEAST(min_precision, :p) WHERE place_key = :k");
      new TreeMap<>(tallies).forEach((k, t) -> {
        insert.bind("k", k).bind("id", t.place().id()).bind("name", t.place().name()).bind("lat", t.place().lat())
            .bind("lon", t.place().lon()).bind("p", t.precision()).add();
        add.bind("n", t.events()).bind("p", t.precision()).bind("k", k).add();
      });
      insert.execute();
      add.execute();
    }
  }

  static Counts read(Handle h) {
    Map<String, Place> places = new TreeMap<>();
    Map<String, Long> events = new HashMap<>();
    h.createQuery("SELECT place_key, place_id, place_name, place_lat, place_lon, min_precision, events FROM event_places")
        .map((rs, ctx) -> Map.entry(rs.getString(1), Map.entry(new Place(rs.getString(2), rs.getString(3), null, null,
            null, null, rs.getDouble(4), rs.getDouble(5), rs.getInt(6), null), rs.getLong(7))))
        .forEach(e -> {
          places.put(e.getKey(), e.getValue().getKey());
          events.put(e.getKey(), e.getValue().getValue());
        });
    return new Counts(places, events);
  }

  /**
   * Fills the table from the stored events for a record written before it was kept (V34 marks it),
   * in one transaction with the mark's removal.
   */
  static void backfill(Handle h) {
    boolean marked = h.createQuery("SELECT COUNT(*) FROM record_meta WHERE meta_key = 'event_places'")
        .mapTo(Long.class).one() > 0;
    if (!marked) {
      return;
    }
    h.useTransaction(t -> {
      t.execute("DELETE FROM event_places");
      Batch all = new Batch();
      List<Map.Entry<Place, Long>> rows = new ArrayList<>();
      t.createQuery("SELECT place_id, place_name, place_lat, place_lon, place_precision, COUNT(*) FROM events"
              + " WHERE place_id IS NOT NULL OR place_name IS NOT NULL"
              + " GROUP BY place_id, place_name, place_lat, place_lon, place_precision")
          .map((rs, ctx) -> Map.entry(new Place(rs.getString(1), rs.getString(2), null, null, null, null,
              rs.getDouble(3), rs.getDouble(4), rs.getInt(5), null), rs.getLong(6)))
          .forEach(rows::add);
      rows.forEach(r -> all.addCounted(r.getKey(), r.getValue()));
      all.write(t);
      t.execute("DELETE FROM record_meta WHERE meta_key = 'event_places'");
    });
  }
}
