package org.marsad.store;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.marsad.fuse.Claim;
import org.marsad.fuse.EventFuser;
import org.marsad.fuse.FusedEvent;
import org.marsad.fuse.NearDuplicates;
import org.marsad.fuse.ReportEvent;
import org.marsad.fuse.SourceRef;
import org.marsad.model.EventType;
import org.marsad.model.Place;
import org.marsad.track.Restriction;
import org.marsad.track.StatusEngine;
import org.marsad.track.StatusInterval;
import org.marsad.track.StatusTracker;

/**
 * Keeps the record's derived data (near-duplicate groups, fused events, status timelines) in line
 * with its reports, re-deriving only what new reports touch. The rules are those of
 * {@link StatusEngine} (marsad-core), which the Flink jobs and the server call too; this class only
 * reads the events that count, hands them to the engine and writes what it returns.
 *
 * <p>Reports written by an ingest are marked pending in their own transaction. A run takes the
 * pending reports, updates the near-duplicate groups ({@link Syndication}), and re-derives every
 * <em>area</em> (places joined within the fusion distance) where a pending report, or a report
 * whose group changed, has an event: fusion and timelines of an area depend on nothing else. The
 * result equals a derivation over the whole record, whatever the order and batching of arrivals
 * ({@code DerivationTest}). Each area chunk is replaced in its own transaction and the pending
 * marks are removed last, so a crash at any point is finished by the next run.
 */
public final class Derivation {
  /** Keys added to a fused event's {@code attributes} beside the event's own attributes. */
  public static final String ACTOR1 = "actor1";
  public static final String ACTOR2 = "actor2";
  public static final String DISAGREEMENTS = "disagreements";
  /** Indicator key of an interval's restriction evidence (see {@link StatusEngine}). */
  public static final String RESTRICTIONS = "restrictions";
  /** Version of the derived rows' layout: a record derived by another version is re-derived whole. */
  static final String VERSION = "2";
  /** Events loaded at once for fusion: bounds memory on large records. */
  private static final int CHUNK_EVENTS = 40_000;

  private final StatusEngine engine;
  // Which stored events count, as what (reviewed corrections applied); null drops an event.
  private final UnaryOperator<StoredEvent> view;
  private final int chunkEvents;
  // The stored events count as stored: their stored types are the types a report touches.
  private final boolean identityView;

  /** What one run did; {@code changed}: derived rows were rewritten. */
  public record Summary(int reports, int events, int copies, int fused, int places, int intervals,
      LocalDate horizon, boolean changed, Duration elapsed, int derivedReports, int areas) {}

  public Derivation(NearDuplicates duplicates, EventFuser fuser, StatusTracker tracker) {
    this(new StatusEngine(fuser, tracker), UnaryOperator.identity(), CHUNK_EVENTS, true);
  }

  private Derivation(StatusEngine engine, UnaryOperator<StoredEvent> view, int chunkEvents, boolean identityView) {
    this.engine = engine;
    this.view = view;
    this.chunkEvents = chunkEvents;
    this.identityView = identityView;
  }

  /** This derivation with area chunks of about {@code events} events (tests: many small transactions). */
  Derivation withChunkEvents(int events) {
    return new Derivation(engine, view, events, identityView);
  }

  public static Derivation defaults() {
    return new Derivation(StatusEngine.loadDefault(), UnaryOperator.identity(), CHUNK_EVENTS, true);
  }

  /**
   * This derivation reading each stored event through {@code view} (the review workflow: a
   * corrected event counts as corrected, a rejected or unverified one not at all when it returns
   * null). A record derived with one view must be {@link #rebuild rebuilt} when the view changes
   * in a way that moves events between areas (a corrected place). The view may change only events
   * that have a review ({@code event_reviews}): areas without communities are read by type, and
   * only reviewed events are read whatever their stored type.
   */
  public Derivation withView(UnaryOperator<StoredEvent> view) {
    return new Derivation(engine, view, chunkEvents, false);
  }

  /** Derived rows computed but not stored (the server's verified-only status). */
  public record Derived(List<FusedEventRecord> fused, List<StatusIntervalRecord> intervals) {}

  /**
   * Computes the derived rows of the whole record through this view without replacing what is
   * stored. Meant for narrow views (verified events only): its result is held in memory.
   */
  public Derived derive(Store store) {
    LocalDate horizon = horizon(store);
    // A record from before V34 may not have run a derivation yet: its places come from its events.
    store.jdbi().useHandle(EventPlaces::backfill);
    Map<String, Place> places = store.jdbi().withHandle(EventPlaces::read).places();
    Map<String, String> groups = Map.of();
    List<FusedEventRecord> fused = new ArrayList<>();
    List<StatusIntervalRecord> intervals = new ArrayList<>();
    Map<String, List<String>> keysByArea = new TreeMap<>();
    engine.areas(places.values()).forEach((k, a) -> keysByArea.computeIfAbsent(a, x -> new ArrayList<>()).add(k));
    for (List<String> keys : keysByArea.values()) {
      List<FusedEvent> f = engine.fuse(DerivationQueries.reportEvents(store, keys, places, view, groups));
      if (f.isEmpty()) {
        continue;
      }
      Set<String> placeIds = new TreeSet<>();
      keys.forEach(k -> {
        if (!k.startsWith("~")) {
          placeIds.add(k);
        }
      });
      f.stream().map(Derivation::record).forEach(fused::add);
      intervals.addAll(records(f, engine.timelines(f, horizon, placeIds)));
    }
    return new Derived(fused, intervals);
  }

  public StatusEngine engine() {
    return engine;
  }

  /** Fusion as the record does it (per type and area). */
  List<FusedEvent> fuse(List<ReportEvent> input) {
    return engine.fuse(input);
  }

  /**
   * Marks a report pending in the caller's transaction (a review changed how its events count), so
   * that the next {@link #run} re-derives the areas of its events.
   */
  public static void markPending(Handle h, String reportId) {
    h.createUpdate("INSERT INTO derive_pending (report_id) SELECT id FROM reports WHERE id = :id"
        + " AND id NOT IN (SELECT report_id FROM derive_pending)").bind("id", reportId).execute();
  }

  /** Marks every report pending, so that the next {@link #run} re-derives the whole record. */
  public Summary rebuild(Store store) {
    store.jdbi().useTransaction(h -> {
      h.execute("DELETE FROM record_meta WHERE meta_key = 'version'");
    });
    return run(store);
  }

  /** Brings the derived data in line with the stored reports. */
  public Summary run(Store store) {
    return run(store, step -> { });
  }

  /**
   * As {@link #run(Store)}, telling {@code committed} the name of each step once its transaction
   * has committed ("cleared", "area chunk 1", "placeless", "done"): the crash test kills between them.
   */
  public Summary run(Store store, java.util.function.Consumer<String> committed) {
    long t0 = System.nanoTime();
    RecordBackfill.run(store);
    LocalDate horizon = horizon(store);
    Map<String, String> meta = store.jdbi().withHandle(h -> {
      Map<String, String> m = new HashMap<>();
      // meta_value may be null (the horizon of a record without reports): no Map.entry here.
      h.createQuery("SELECT meta_key, meta_value FROM record_meta").map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)})
          .forEach(e -> m.put(e[0], e[1]));
      return m;
    });
    boolean full = !VERSION.equals(meta.get("version"));
    LocalDate oldHorizon = meta.get("horizon") == null ? null : LocalDate.parse(meta.get("horizon"));
    List<String> pending = store.jdbi().withHandle(h ->
        h.createQuery("SELECT report_id FROM derive_pending ORDER BY report_id").mapTo(String.class).list());
    boolean horizonMoved = !Objects.equals(horizon, oldHorizon);
    int areas = 0;
    if (full || !pending.isEmpty() || horizonMoved) {
      // 1. Near-duplicate groups. Reports whose group changes are re-derived too. The new groups are
      // written with the end marks, so a crash before then recomputes the same changes.
      Map<String, String> groups = store.jdbi().withHandle(h -> Syndication.update(h, pending));
      Set<String> todoSet = new TreeSet<>(pending);
      todoSet.addAll(groups.keySet());
      List<String> todo = new ArrayList<>(todoSet);
      // 2. The areas to re-derive, whole or by type (DerivationUnits).
      EventPlaces.Counts placeCounts = store.jdbi().withHandle(EventPlaces::read);
      Map<String, Place> places = placeCounts.places();
      Map<String, String> area = engine.areas(places.values());
      Map<String, Set<EventType>> touched = full ? Map.of() : DerivationQueries.placeKeyTypes(store, todo);
      if (!full && !identityView) {
        // A review may correct an event's type: the types it counts as now, and those of the fused
        // events it counted in before, are touched too.
        DerivationQueries.viewedPlaceKeyTypes(store, todo, view, touched);
        DerivationQueries.fusedPlaceKeyTypes(store, todo, touched);
      }
      Set<String> wholeKeys = new TreeSet<>();
      if (full || horizonMoved && oldHorizon == null) {
        wholeKeys.addAll(places.keySet());
      } else if (horizonMoved) {
        wholeKeys.addAll(DerivationQueries.placeKeysAfter(store, oldHorizon));
      }
      List<DerivationUnits.Unit> units = DerivationUnits.plan(places, area, touched, wholeKeys,
          engine.tracker()::mayHaveTimeline);
      areas = units.size();
      if (full) {
        store.jdbi().useTransaction(h -> {
          h.execute("DELETE FROM status_interval_sources");
          h.execute("DELETE FROM status_intervals");
          h.execute("DELETE FROM fused_event_members");
          h.execute("DELETE FROM fused_events");
        });
        committed.accept("cleared");
      }
      // 3. Chunks of units: fuse, track, replace.
      Map<String, Long> sizes = placeCounts.events();
      int chunks = 0;
      List<DerivationUnits.Unit> chunk = new ArrayList<>();
      long size = 0;
      for (DerivationUnits.Unit unit : units) {
        long n = unit.keys().stream().mapToLong(k -> sizes.getOrDefault(k, 0L)).sum();
        if (!chunk.isEmpty() && size + n > chunkEvents) {
          derive(store, chunk, places, horizon, groups);
          committed.accept("area chunk " + ++chunks);
          chunk = new ArrayList<>();
          size = 0;
        }
        chunk.add(unit);
        size += n;
      }
      if (!chunk.isEmpty()) {
        derive(store, chunk, places, horizon, groups);
        committed.accept("area chunk " + ++chunks);
      }
      // Events without a place fuse with nothing: each is its own fused event.
      derivePlaceless(store, full ? null : todo, groups);
      committed.accept("placeless");
      // 4. Done: the pending marks go last.
      store.jdbi().useTransaction(h -> {
        Syndication.write(h, groups);
        PreparedBatch del = h.prepareBatch("DELETE FROM derive_pending WHERE report_id = :id");
        pending.forEach(id -> del.bind("id", id).add());
        if (del.size() > 0) {
          del.execute();
        }
        h.execute("DELETE FROM record_meta WHERE meta_key IN ('horizon', 'version')");
        h.createUpdate("INSERT INTO record_meta (meta_key, meta_value) VALUES ('horizon', :h)")
            .bind("h", horizon == null ? null : horizon.toString()).execute();
        h.createUpdate("INSERT INTO record_meta (meta_key, meta_value) VALUES ('version', :v)").bind("v", VERSION).execute();
      });
      committed.accept("done");
    }
    boolean changed = full || !pending.isEmpty() || horizonMoved;
    return DerivationQueries.summary(store, horizon, changed, Duration.ofNanos(System.nanoTime() - t0),
        pending.size(), areas);
  }

  /** Re-derives {@code units} (whole areas, or some types of areas without communities) in one transaction. */
  private void derive(Store store, List<DerivationUnits.Unit> units, Map<String, Place> places, LocalDate horizon,
      Map<String, String> groups) {
    List<String> keys = new ArrayList<>();
    units.stream().filter(DerivationUnits.Unit::whole).forEach(u -> keys.addAll(u.keys()));
    List<DerivationUnits.Unit> typed = units.stream().filter(u -> !u.whole()).toList();
    List<ReportEvent> input = new ArrayList<>(DerivationQueries.reportEvents(store, keys, places, view, groups));
    for (DerivationUnits.Unit u : typed) {
      // The query selects by stored type (and, under a review view, every reviewed event); the
      // type an event counts as decides.
      DerivationQueries.reportEvents(store, u.keys(), places, view, groups, u.types(), !identityView).stream()
          .filter(r -> u.types().contains(r.event().type())).forEach(input::add);
    }
    List<FusedEvent> fused = engine.fuse(input);
    Set<String> placeIds = new TreeSet<>();
    keys.forEach(k -> {
      if (!k.startsWith("~")) {
        placeIds.add(k);
      }
    });
    SortedMap<String, StatusEngine.PlaceTimeline> timelines = engine.timelines(fused, horizon, placeIds);
    List<FusedEventRecord> fusedRows = fused.stream().map(Derivation::record).toList();
    List<StatusIntervalRecord> intervalRows = records(fused, timelines);
    store.jdbi().useTransaction(h -> {
      // Only rows that change are written: most of a large area's fused events and intervals (and
      // their thousands of member rows) come out as they were stored when one report arrives.
      List<String> ids = DerivationQueries.placeIds(keys, places);
      Map<String, String> oldFused = DerivationQueries.storedFused(h, ids, null);
      for (DerivationUnits.Unit u : typed) {
        oldFused.putAll(DerivationQueries.storedFused(h, DerivationQueries.placeIds(u.keys(), places), u.types()));
      }
      Map<Long, String> oldIntervals = DerivationQueries.storedIntervals(h, ids);
      List<FusedEventRecord> fusedChanged = fusedRows.stream()
          .filter(f -> !canonical(List.of(f), List.of()).equals(oldFused.get(f.id()))).toList();
      List<StatusIntervalRecord> intervalsChanged = intervalRows.stream()
          .filter(i -> !canonical(List.of(), List.of(i)).equals(oldIntervals.get(Store.intervalId(i.placeId(), i.start()))))
          .toList();
      Set<String> fusedGone = new HashSet<>(oldFused.keySet());
      fusedRows.stream().map(FusedEventRecord::id).forEach(fusedGone::remove);
      fusedChanged.stream().map(FusedEventRecord::id).filter(oldFused::containsKey).forEach(fusedGone::add);
      Set<Long> intervalsGone = new HashSet<>(oldIntervals.keySet());
      intervalRows.forEach(i -> intervalsGone.remove(Store.intervalId(i.placeId(), i.start())));
      intervalsChanged.stream().map(i -> Store.intervalId(i.placeId(), i.start())).filter(oldIntervals::containsKey)
          .forEach(intervalsGone::add);
      DerivationQueries.deleteDerivedAt(h, keys, places, fusedGone, intervalsGone);
      // A reviewer's corrected place can carry an event out of the area it is stored in.
      DerivationQueries.deleteFused(h, fusedChanged);
      Store.insertDerived(h, fusedChanged, intervalsChanged);
    });
  }

  private void derivePlaceless(Store store, List<String> reportIds, Map<String, String> groups) {
    List<ReportEvent> input = DerivationQueries.placelessEvents(store, reportIds, view, groups);
    if (input.isEmpty()) {
      return;
    }
    List<FusedEventRecord> rows = engine.fuse(input).stream().map(Derivation::record).toList();
    store.jdbi().useTransaction(h -> {
      PreparedBatch del = h.prepareBatch("DELETE FROM fused_events WHERE id = :id");
      rows.forEach(r -> del.bind("id", r.id()).add());
      del.execute();
      Store.insertDerived(h, rows, List.of());
    });
  }

  /** Status interval rows of the engine's timelines, with each source's own claims as its note. */
  static List<StatusIntervalRecord> records(List<FusedEvent> fused, SortedMap<String, StatusEngine.PlaceTimeline> timelines) {
    Map<String, FusedEvent> byMember = new HashMap<>();
    fused.forEach(f -> f.members().forEach(m -> byMember.putIfAbsent(m.reportId() + "#" + m.event().id(), f)));
    List<StatusIntervalRecord> out = new ArrayList<>();
    for (StatusEngine.PlaceTimeline t : timelines.values()) {
      for (StatusEngine.Entry e : t.entries()) {
        out.add(record(e, t.placeName(), t.until(), byMember));
      }
    }
    return out;
  }

  /** The record's "now": its newest report's publication date (or, without one, its events' dates). */
  static LocalDate horizon(Store store) {
    return store.jdbi().withHandle(h -> {
      LocalDate published = h.createQuery("SELECT MAX(published) FROM reports").mapTo(LocalDate.class).findOne().orElse(null);
      List<LocalDate> undated = new ArrayList<>();
      h.createQuery("SELECT e.date_value FROM events e JOIN reports r ON r.id = e.report_id"
              + " WHERE r.published IS NULL AND e.date_value IS NOT NULL")
          .mapTo(String.class).forEach(v -> {
            var r = org.marsad.fuse.DateRanges.of(v, 1);
            if (r != null) {
              undated.add(r.start());
            }
          });
      List<LocalDate> all = new ArrayList<>(undated);
      if (published != null) {
        all.add(published);
      }
      return all.stream().max(LocalDate::compareTo).orElse(null);
    });
  }

  /** Derived rows as one string, in a fixed order, for comparing what is stored with what is new. */
  static String canonical(List<FusedEventRecord> fused, List<StatusIntervalRecord> intervals) {
    StringBuilder b = new StringBuilder();
    fused.stream().sorted(Comparator.comparing(FusedEventRecord::id)).forEach(f -> {
      b.append(f.id()).append('|').append(f.type()).append('|').append(f.modality()).append('|').append(f.historical())
          .append('|').append(f.placeId()).append('|').append(f.placeName()).append('|').append(f.lat()).append('|')
          .append(f.lon()).append('|').append(f.dateValue()).append('|').append(f.dateKind()).append('|')
          .append(f.datePrecision()).append('|').append(JsonText.write(f.attributes())).append('|').append(f.sourceCount());
      f.members().stream().map(m -> m.reportId() + "#" + m.eventId()).sorted().forEach(m -> b.append('|').append(m));
      b.append('\n');
    });
    intervals.stream()
        .sorted(Comparator.comparing(StatusIntervalRecord::placeId).thenComparing(StatusIntervalRecord::start,
            Comparator.nullsLast(Comparator.naturalOrder())))
        .forEach(i -> {
          b.append(i.placeId()).append('|').append(i.placeName()).append('|').append(i.level()).append('|')
              .append(i.start()).append('|').append(i.end()).append('|').append(JsonText.write(i.indicators()))
              .append('|').append(i.sourceCount());
          i.sources().stream().map(x -> x.event().reportId() + "#" + x.event().eventId() + "=" + x.note() + "@" + x.sourceKey()).sorted()
              .forEach(x -> b.append('|').append(x));
          b.append('\n');
        });
    return b.toString();
  }

  static FusedEventRecord record(FusedEvent f) {
    Map<String, Object> attributes = new TreeMap<>();
    f.attributes().forEach((k, claims) -> {
      if (!claims.isEmpty()) {
        attributes.put(k, claims.get(0).value());
      }
    });
    if (!f.actor1().isEmpty()) {
      attributes.put(ACTOR1, f.actor1().get(0).value());
    }
    if (!f.actor2().isEmpty()) {
      attributes.put(ACTOR2, f.actor2().get(0).value());
    }
    List<String> disagreements = f.disagreements();
    if (!disagreements.isEmpty()) {
      attributes.put(DISAGREEMENTS, disagreements);
    }
    Place p = f.place();
    String date = f.date();
    List<EventRef> members = f.members().stream().map(m -> new EventRef(m.reportId(), m.event().id())).toList();
    return new FusedEventRecord(f.id(), f.type(), f.modality(), f.historical(),
        p == null ? null : p.id(), p == null ? null : p.name(), p == null ? null : p.lat(), p == null ? null : p.lon(),
        date, f.dateKind(), date == null ? null : f.timePrecision(), attributes, f.independentSources(), members);
  }

  /**
   * An interval as stored. Indicators use the codebook's names; {@code besieged_since} (the start
   * of the current unbroken siege) lets a reader count days besieged on any date of the interval.
   * Each supporting source keeps, as its note, its own claims where the reports behind one
   * fused event disagree (for example its own start date), and its source key.
   */
  static StatusIntervalRecord record(StatusEngine.Entry e, String placeName, LocalDate until,
      Map<String, FusedEvent> byMember) {
    StatusInterval i = e.interval();
    Map<String, Object> ind = new LinkedHashMap<>();
    ind.put("movement", i.movement());
    ind.put("food", i.food());
    ind.put("medicine", i.medicine());
    ind.put("fuel", i.fuel());
    ind.put("aid", i.aid());
    ind.put("attacks_7d", i.attacksLast7Days());
    ind.put("since", i.since().toString());
    ind.put("days_besieged", i.daysBesieged());
    if (i.daysBesieged() > 0) {
      LocalDate ref = i.to() == null ? until : i.to().minusDays(1);
      ind.put("besieged_since", ref.minusDays(i.daysBesieged() - 1L).toString());
    }
    ind.put("independent_sources", i.independentSources());
    ind.put("level_sources", e.levelSources());
    ind.put("disagreements", i.disagreements());
    ind.put("rules", i.rules());
    if (!e.restrictions().isEmpty()) {
      List<Map<String, Object>> items = new ArrayList<>();
      for (Restriction r : e.restrictions()) {
        Map<String, Object> item = new TreeMap<>();
        item.put("date", r.date().toString());
        item.put("type", r.type().name());
        item.put("dated", r.dated());
        item.put("report", r.reportId());
        item.put("event", r.eventId());
        item.put("source", r.sourceKey());
        items.add(item);
      }
      ind.put(RESTRICTIONS, items);
    }
    List<StatusIntervalRecord.Support> support = new ArrayList<>();
    for (SourceRef s : i.sources()) {
      String key = s.reportId() + "#" + s.eventId();
      support.add(new StatusIntervalRecord.Support(new EventRef(s.reportId(), s.eventId()), note(byMember.get(key), key),
          s.sourceKey()));
    }
    return new StatusIntervalRecord(i.placeId(), placeName, i.level().name(), i.from(), i.to(), ind,
        i.independentSources(), support);
  }

  /** Restriction evidence as stored in an interval's indicators, back as records. */
  public static List<Restriction> restrictions(Map<String, Object> indicators) {
    List<Restriction> out = new ArrayList<>();
    if (indicators.get(RESTRICTIONS) instanceof List<?> l) {
      for (Object o : l) {
        if (o instanceof Map<?, ?> m) {
          out.add(new Restriction(LocalDate.parse(String.valueOf(m.get("date"))),
              org.marsad.model.EventType.valueOf(String.valueOf(m.get("type"))), Boolean.TRUE.equals(m.get("dated")),
              String.valueOf(m.get("report")), String.valueOf(m.get("event")), String.valueOf(m.get("source"))));
        }
      }
    }
    return out;
  }

  /** "date 2020-09-21" when this source's claim differs from another's on a field of one event. */
  private static String note(FusedEvent f, String memberKey) {
    if (f == null) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    claim(parts, "date", f.dates(), memberKey);
    claim(parts, "place", f.places(), memberKey);
    claim(parts, "actor1", f.actor1(), memberKey);
    claim(parts, "actor2", f.actor2(), memberKey);
    new TreeMap<>(f.attributes()).forEach((k, v) -> claim(parts, k, v, memberKey));
    return parts.isEmpty() ? null : f.label() + ": " + String.join("; ", parts);
  }

  private static <T> void claim(List<String> parts, String field, List<Claim<T>> claims, String memberKey) {
    if (claims.size() < 2) {
      return;
    }
    for (Claim<T> c : claims) {
      if (c.sources().stream().anyMatch(s -> (s.reportId() + "#" + s.eventId()).equals(memberKey))) {
        parts.add(field + " " + c.value());
      }
    }
  }
}
