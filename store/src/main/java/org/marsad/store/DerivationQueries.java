package org.marsad.store;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.marsad.fuse.ReportEvent;
import org.marsad.model.DocumentMeta;
import org.marsad.model.Event;
import org.marsad.model.EventType;
import org.marsad.model.Place;
import org.marsad.track.StatusEngine;

/** The reads and deletes {@link Derivation} needs, by place key ({@link StatusEngine#placeKey}). */
final class DerivationQueries {
  private static final int IN = 500;

  private DerivationQueries() {}

  /** Place keys of the events of {@code reportIds}, each with those events' types. */
  static Map<String, Set<EventType>> placeKeyTypes(Store store, List<String> reportIds) {
    Map<String, Set<EventType>> out = new TreeMap<>();
    store.jdbi().useHandle(h -> {
      for (int i = 0; i < reportIds.size(); i += IN) {
        h.createQuery("SELECT DISTINCT place_id, place_name, place_lat, place_lon, type FROM events WHERE report_id IN (<ids>)"
                + " AND (place_id IS NOT NULL OR place_name IS NOT NULL)")
            .bindList("ids", reportIds.subList(i, Math.min(reportIds.size(), i + IN)))
            .map((rs, ctx) -> Map.entry(key(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4)),
                EventType.valueOf(rs.getString(5))))
            .forEach(e -> out.computeIfAbsent(e.getKey(), k -> EnumSet.noneOf(EventType.class)).add(e.getValue()));
      }
    });
    return out;
  }

  /** Place keys of events dated after {@code day} (their status may start to count when the horizon moves). */
  static Set<String> placeKeysAfter(Store store, LocalDate day) {
    Set<String> out = new TreeSet<>();
    store.jdbi().useHandle(h -> h.createQuery("SELECT DISTINCT place_id, place_name, place_lat, place_lon FROM events"
            + " WHERE date_start > :d AND (place_id IS NOT NULL OR place_name IS NOT NULL)")
        .bind("d", day)
        .map((rs, ctx) -> key(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4)))
        .forEach(out::add));
    return out;
  }

  private static String key(String id, String name, double lat, double lon) {
    return StatusEngine.placeKey(new Place(id, name, null, null, null, null, lat, lon, 1, null));
  }

  // Events alone: their reports' rows carry the whole text (H2 decodes a row whole), so the few
  // report fields fusion needs are read once per report from the narrow report_fields (V35).
  private static final String SELECT = "SELECT e.*, p.name_ar, p.country, p.admin1, p.admin2 FROM events e"
      + " LEFT JOIN places p ON p.id = e.place_id ";

  /** The events at the places of {@code keys} that count, as fusion reads them. */
  static List<ReportEvent> reportEvents(Store store, List<String> keys, Map<String, Place> places,
      UnaryOperator<StoredEvent> view, Map<String, String> groups) {
    return reportEvents(store, keys, places, view, groups, null, false);
  }

  /**
   * As above, only events stored with a type of {@code types} unless it is null, and, when
   * {@code andReviewed}, every reviewed event (a review may have corrected its type: the caller
   * keeps those of the types it wants as the view shows them).
   */
  static List<ReportEvent> reportEvents(Store store, List<String> keys, Map<String, Place> places,
      UnaryOperator<StoredEvent> view, Map<String, String> groups, Set<EventType> types, boolean andReviewed) {
    List<String> ids = new ArrayList<>();
    Set<String> names = new TreeSet<>();
    Set<String> wanted = new TreeSet<>(keys);
    for (String k : keys) {
      Place p = places.get(k);
      if (p != null && p.id() != null) {
        ids.add(p.id());
      } else if (p != null) {
        names.add(p.name());
      }
    }
    String ofTypes = types == null ? "" : andReviewed ? " AND (e.type IN (<types>) OR EXISTS (SELECT 1 FROM event_reviews v"
        + " WHERE v.report_id = e.report_id AND v.event_id = e.event_id))" : " AND e.type IN (<types>)";
    List<String> typeNames = types == null ? List.of() : types.stream().map(Enum::name).toList();
    List<StoredRow> rows = new ArrayList<>();
    return store.jdbi().withHandle(h -> {
      for (int i = 0; i < ids.size(); i += IN) {
        var q = h.createQuery(SELECT + "WHERE e.place_id IN (<ids>)" + ofTypes)
            .bindList("ids", ids.subList(i, Math.min(ids.size(), i + IN)));
        if (types != null) {
          q.bindList("types", typeNames);
        }
        q.map((rs, ctx) -> storedRow(rs)).forEach(rows::add);
      }
      List<String> nameList = new ArrayList<>(names);
      for (int i = 0; i < nameList.size(); i += IN) {
        var q = h.createQuery(SELECT + "WHERE e.place_id IS NULL AND e.place_name IN (<n>)" + ofTypes)
            .bindList("n", nameList.subList(i, Math.min(nameList.size(), i + IN)));
        if (types != null) {
          q.bindList("types", typeNames);
        }
        q.map((rs, ctx) -> storedRow(rs)).forEach(r -> {
          if (wanted.contains(StatusEngine.placeKey(r.event().place()))) {
            rows.add(r);
          }
        });
      }
      return resolve(h, rows, view, groups);
    });
  }

  /**
   * Place keys and types of the events of {@code reportIds} as {@code view} shows them (a review
   * may correct an event's type), added to {@code out}.
   */
  static void viewedPlaceKeyTypes(Store store, List<String> reportIds, UnaryOperator<StoredEvent> view,
      Map<String, Set<EventType>> out) {
    store.jdbi().useHandle(h -> {
      for (int i = 0; i < reportIds.size(); i += IN) {
        List<StoredRow> rows = h.createQuery(SELECT + "WHERE e.report_id IN (<ids>)")
            .bindList("ids", reportIds.subList(i, Math.min(reportIds.size(), i + IN)))
            .map((rs, ctx) -> storedRow(rs)).list();
        for (ReportEvent r : resolve(h, rows, view, Map.of())) {
          Place p = r.event().place();
          if (p != null && (p.id() != null || p.name() != null)) {
            out.computeIfAbsent(StatusEngine.placeKey(p), k -> EnumSet.noneOf(EventType.class)).add(r.event().type());
          }
        }
      }
    });
  }

  /**
   * Place keys and types of the stored fused events that have an event of {@code reportIds} as a
   * member, added to {@code out}: where and as what those events counted before (a review may
   * have corrected a type since), so that their old fused events are re-derived too.
   */
  static void fusedPlaceKeyTypes(Store store, List<String> reportIds, Map<String, Set<EventType>> out) {
    store.jdbi().useHandle(h -> {
      for (int i = 0; i < reportIds.size(); i += IN) {
        h.createQuery("SELECT DISTINCT f.place_id, f.place_name, f.place_lat, f.place_lon, f.type FROM fused_event_members m"
                + " JOIN fused_events f ON f.id = m.fused_id WHERE m.report_id IN (<ids>)"
                + " AND (f.place_id IS NOT NULL OR f.place_name IS NOT NULL)")
            .bindList("ids", reportIds.subList(i, Math.min(reportIds.size(), i + IN)))
            .map((rs, ctx) -> Map.entry(key(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4)),
                EventType.valueOf(rs.getString(5))))
            .forEach(e -> out.computeIfAbsent(e.getKey(), k -> EnumSet.noneOf(EventType.class)).add(e.getValue()));
      }
    });
  }

  /** Events without a place of {@code reportIds} (all reports when null) that count. */
  static List<ReportEvent> placelessEvents(Store store, List<String> reportIds, UnaryOperator<StoredEvent> view,
      Map<String, String> groups) {
    List<StoredRow> rows = new ArrayList<>();
    String where = "WHERE e.place_id IS NULL AND e.place_name IS NULL";
    return store.jdbi().withHandle(h -> {
      if (reportIds == null) {
        h.createQuery(SELECT + where).map((rs, ctx) -> storedRow(rs)).forEach(rows::add);
      } else {
        for (int i = 0; i < reportIds.size(); i += IN) {
          h.createQuery(SELECT + where + " AND e.report_id IN (<ids>)")
              .bindList("ids", reportIds.subList(i, Math.min(reportIds.size(), i + IN)))
              .map((rs, ctx) -> storedRow(rs)).forEach(rows::add);
        }
      }
      return resolve(h, rows, view, groups);
    });
  }

  /** A stored event with its report's id and its evidence text, before its report's fields are read. */
  private record StoredRow(String reportId, Event event, String evidenceText) {}

  private static StoredRow storedRow(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new StoredRow(rs.getString("report_id"), Store.event(rs), rs.getString("evidence_text"));
  }

  /**
   * Stored events as fusion reads them, through {@code view}; {@code groups}: near-duplicate
   * groups not yet written (the others are read with the reports' fields).
   */
  private static List<ReportEvent> resolve(Handle h, List<StoredRow> rows, UnaryOperator<StoredEvent> view,
      Map<String, String> groups) {
    List<String> reportIds = rows.stream().map(StoredRow::reportId).distinct().sorted().toList();
    Map<String, DocumentMeta> metas = new HashMap<>();
    Map<String, String> stored = new HashMap<>();
    for (int i = 0; i < reportIds.size(); i += IN) {
      List<String> part = reportIds.subList(i, Math.min(reportIds.size(), i + IN));
      h.createQuery("SELECT report_id AS id, language, published, outlet, url, title, syndication_group FROM report_fields"
              + " WHERE report_id IN (<ids>)")
          .bindList("ids", part)
          .map((rs, ctx) -> Map.entry(Store.meta(rs), rs.getString("syndication_group")))
          .forEach(e -> {
            metas.put(e.getKey().id(), e.getKey());
            stored.put(e.getKey().id(), e.getValue());
          });
    }
    List<ReportEvent> out = new ArrayList<>(rows.size());
    for (StoredRow r : rows) {
      DocumentMeta m = metas.get(r.reportId());
      StoredEvent seen = view.apply(new StoredEvent(m, r.event()));
      if (seen == null) {
        continue;
      }
      Event e = seen.event();
      String group = groups.getOrDefault(m.id(), stored.get(m.id()));
      out.add(new ReportEvent(m.id(), m.outlet(), m.published(), e, group == null || group.equals(m.id()) ? null : group,
          r.evidenceText()));
    }
    return out;
  }

  /** Removes the fused events with the ids of {@code rows}, wherever they are. */
  static void deleteFused(Handle h, List<FusedEventRecord> rows) {
    for (int i = 0; i < rows.size(); i += IN) {
      List<String> part = rows.subList(i, Math.min(rows.size(), i + IN)).stream().map(FusedEventRecord::id).toList();
      h.createUpdate("DELETE FROM fused_events WHERE id IN (<ids>)").bindList("ids", part).execute();
    }
  }

  /** The gazetteer ids of the places of {@code keys} (keys of named places without an id are left out). */
  static List<String> placeIds(Collection<String> keys, Map<String, Place> places) {
    List<String> ids = new ArrayList<>();
    for (String k : keys) {
      Place p = places.get(k);
      if (p != null && p.id() != null) {
        ids.add(p.id());
      }
    }
    return ids;
  }

  /**
   * The stored fused events located at {@code placeIds} (only those of {@code types} unless it is
   * null), each as its {@link Derivation#canonical} line, by id.
   */
  static Map<String, String> storedFused(Handle h, List<String> placeIds, Set<EventType> types) {
    Map<String, String> out = new HashMap<>();
    String ofTypes = types == null ? "" : " AND f.type IN (<types>)";
    List<String> typeNames = types == null ? List.of() : types.stream().map(Enum::name).toList();
    for (int i = 0; i < placeIds.size(); i += IN) {
      List<String> part = placeIds.subList(i, Math.min(placeIds.size(), i + IN));
      Map<String, List<EventRef>> members = new HashMap<>();
      var mq = h.createQuery("SELECT m.fused_id, m.report_id, m.event_id FROM fused_event_members m JOIN fused_events f"
              + " ON f.id = m.fused_id WHERE f.place_id IN (<ids>)" + ofTypes)
          .bindList("ids", part);
      var fq = h.createQuery("SELECT * FROM fused_events f WHERE f.place_id IN (<ids>)" + ofTypes).bindList("ids", part);
      if (types != null) {
        mq.bindList("types", typeNames);
        fq.bindList("types", typeNames);
      }
      mq.map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
          .forEach(r -> members.computeIfAbsent(r[0], k -> new ArrayList<>()).add(new EventRef(r[1], r[2])));
      fq.map((rs, ctx) -> Store.fusedRecord(rs, members))
          .forEach(f -> out.put(f.id(), Derivation.canonical(List.of(f), List.of())));
    }
    return out;
  }

  /** The stored status intervals at {@code placeIds}, each as its {@link Derivation#canonical} line, by id. */
  static Map<Long, String> storedIntervals(Handle h, List<String> placeIds) {
    Map<Long, String> out = new HashMap<>();
    for (int i = 0; i < placeIds.size(); i += IN) {
      List<String> part = placeIds.subList(i, Math.min(placeIds.size(), i + IN));
      Map<Long, List<StatusIntervalRecord.Support>> sources = new HashMap<>();
      h.createQuery("SELECT s.interval_id, s.report_id, s.event_id, s.note, s.source_key FROM status_interval_sources s"
              + " JOIN status_intervals i ON i.id = s.interval_id WHERE i.place_id IN (<ids>)")
          .bindList("ids", part)
          .map((rs, ctx) -> Map.entry(rs.getLong(1), new StatusIntervalRecord.Support(
              new EventRef(rs.getString(2), rs.getString(3)), rs.getString(4), rs.getString(5))))
          .forEach(e -> sources.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
      h.createQuery("SELECT * FROM status_intervals WHERE place_id IN (<ids>)").bindList("ids", part)
          .map((rs, ctx) -> Map.entry(rs.getLong("id"), Store.intervalRecord(rs, sources)))
          .forEach(e -> out.put(e.getKey(), Derivation.canonical(List.of(), List.of(e.getValue()))));
    }
    return out;
  }

  /**
   * Removes the fused events and status intervals located at the places of {@code keys}: at places
   * with an id, the stored rows read by {@link #storedFused} and {@link #storedIntervals} less those
   * kept (unchanged); at named places without an id, all of them.
   */
  static void deleteDerivedAt(Handle h, Collection<String> keys, Map<String, Place> places, Collection<String> fusedIds,
      Collection<Long> intervalIds) {
    Set<String> named = new TreeSet<>();
    for (String k : keys) {
      Place p = places.get(k);
      if (p != null && p.id() == null) {
        named.add(k);
      }
    }
    List<String> fused = new ArrayList<>(fusedIds);
    for (int i = 0; i < fused.size(); i += IN) {
      h.createUpdate("DELETE FROM fused_events WHERE id IN (<ids>)")
          .bindList("ids", fused.subList(i, Math.min(fused.size(), i + IN))).execute();
    }
    List<Long> intervals = new ArrayList<>(intervalIds);
    for (int i = 0; i < intervals.size(); i += IN) {
      h.createUpdate("DELETE FROM status_intervals WHERE id IN (<ids>)")
          .bindList("ids", intervals.subList(i, Math.min(intervals.size(), i + IN))).execute();
    }
    if (!named.isEmpty()) {
      PreparedBatch del = h.prepareBatch("DELETE FROM fused_events WHERE id = :id");
      h.createQuery("SELECT id, place_name, place_lat, place_lon FROM fused_events WHERE place_id IS NULL AND place_name IS NOT NULL")
          .map((rs, ctx) -> new String[] {rs.getString(1), key(null, rs.getString(2), rs.getDouble(3), rs.getDouble(4))})
          .forEach(r -> {
            if (named.contains(r[1])) {
              del.bind("id", r[0]).add();
            }
          });
      if (del.size() > 0) {
        del.execute();
      }
    }
  }

  static Derivation.Summary summary(Store store, LocalDate horizon, boolean changed, Duration elapsed, int derived,
      int areas) {
    return store.jdbi().withHandle(h -> {
      int reports = count(h, "SELECT COUNT(*) FROM reports");
      int events = count(h, "SELECT COUNT(*) FROM events");
      int copies = (int) Syndication.copies(h);
      int fused = count(h, "SELECT COUNT(*) FROM fused_events");
      int places = count(h, "SELECT COUNT(DISTINCT place_id) FROM status_intervals");
      int intervals = count(h, "SELECT COUNT(*) FROM status_intervals");
      return new Derivation.Summary(reports, events, copies, fused, places, intervals, horizon, changed, elapsed,
          derived, areas);
    });
  }

  private static int count(Handle h, String sql) {
    return h.createQuery(sql).mapTo(Long.class).one().intValue();
  }
}
