package org.marsad.store;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jdbi.v3.core.statement.Query;
import org.marsad.clean.ArabicNormalizer;
import org.marsad.fuse.SourceRef;
import org.marsad.track.Episode;
import org.marsad.track.IndependentSources;
import org.marsad.track.Restriction;
import org.marsad.geocode.Gazetteer;
import org.marsad.geocode.GazetteerEntry;
import org.marsad.model.EventType;
import org.marsad.track.Level;

/**
 * Reads the derived data (status timelines, fused events) back with what a reader needs beside
 * it: place names and coordinates, and the outlet, date and address of every source.
 */
public final class RecordView {
  private final Store store;

  public RecordView(Store store) {
    this.store = store;
  }

  /** A place as the record knows it. */
  public record PlaceInfo(String id, String name, String nameAr, String country, String admin1, Double lat, Double lon) {}

  /** A stored event behind a status or fused event, with its report's metadata. */
  public record Source(String reportId, String eventId, String outlet, LocalDate published, String url, String title,
      String note, String sourceKey, String evidence) {
    public Source(String reportId, String eventId, String outlet, LocalDate published, String url, String title,
        String note) {
      this(reportId, eventId, outlet, published, url, title, note, null, null);
    }

    /** As the status engine counts sources: copies of one report share a source key. */
    public SourceRef ref() {
      return new SourceRef(reportId, outlet, published, eventId, sourceKey == null ? reportId : sourceKey);
    }
  }

  /** Days besieged on {@code date} by an interval's indicators ("besieged_since"), counting both ends; 0 when not besieged. */
  public static int daysBesieged(Map<String, Object> indicators, LocalDate date) {
    Object s = indicators.get("besieged_since");
    return s == null ? 0 : Math.max(0, (int) ChronoUnit.DAYS.between(LocalDate.parse(s.toString()), date) + 1);
  }

  /** One interval of a place's timeline, sources resolved. */
  public record Interval(PlaceInfo place, String level, LocalDate from, LocalDate to, LocalDate since,
      Map<String, Object> indicators, int independentSources, List<Source> sources, List<String> disagreements) {
    /** Days besieged on {@code date}, counting both ends (0 when not besieged). */
    public int daysBesieged(LocalDate date) {
      return RecordView.daysBesieged(indicators, date);
    }

    public String indicator(String key) {
      Object v = indicators.get(key);
      return v == null ? null : v.toString();
    }

    public boolean contains(LocalDate d) {
      return !d.isBefore(from) && (to == null || d.isBefore(to));
    }
  }

  /**
   * A community's status on one date: the interval holding it, sources since the level began,
   * their number counted as independent sources (syndicated copies once: the one count shown
   * everywhere, and the one the confidence rests on), and the sources grouped that way.
   */
  public record Status(Interval current, LocalDate asOf, List<Source> sources, List<String> disagreements,
      int independentSources, Confidence confidence, int restrictionSources) {
    /** The sources by independent source: each group's first report stands for its copies. */
    public Map<String, List<Source>> bySource() {
      Map<String, String> group = IndependentSources.groups(sources.stream().map(Source::ref).toList());
      Map<String, List<Source>> out = new TreeMap<>();
      for (Source s : sources) {
        out.computeIfAbsent(group.get(s.reportId()), k -> new ArrayList<>()).add(s);
      }
      return out;
    }
  }

  /** How far a community's listing is supported: {@link org.marsad.track.Confidence}, named here for readers. */
  public enum Confidence { NONE, LOW, MEDIUM, HIGH }

  /** A fused event with its place and sources. */
  public record Fused(FusedEventRecord event, PlaceInfo place, List<Source> sources) {}

  /** The newest report's publication date: the record's "now", or null for an empty record. */
  public LocalDate newestReport() {
    return store.jdbi().withHandle(h -> h.createQuery("SELECT MAX(published) FROM reports").mapTo(LocalDate.class)
        .findOne().orElse(null));
  }

  /** Every place with a stored status, by id. */
  public Map<String, PlaceInfo> places() {
    Map<String, PlaceInfo> out = new TreeMap<>();
    store.jdbi().useHandle(h -> h.createQuery("SELECT DISTINCT s.place_id, s.place_name, p.name, p.name_ar, p.country,"
            + " p.admin1, p.lat, p.lon FROM status_intervals s LEFT JOIN places p ON p.id = s.place_id")
        .map((rs, ctx) -> new PlaceInfo(rs.getString(1), rs.getString(3) != null ? rs.getString(3) : rs.getString(2),
            rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, Double.class), rs.getObject(8, Double.class)))
        .forEach(p -> out.putIfAbsent(p.id(), p)));
    return out;
  }

  /** A stored place by id (from the places table), or null. */
  public PlaceInfo place(String id) {
    return store.jdbi().withHandle(h -> h.createQuery("SELECT id, name, name_ar, country, admin1, lat, lon FROM places WHERE id = :id")
        .bind("id", id)
        .map((rs, ctx) -> new PlaceInfo(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getObject(6, Double.class), rs.getObject(7, Double.class)))
        .findOne().orElse(null));
  }

  /**
   * Place ids that {@code query} names: an id as stored, else places of the record and
   * gazetteer entries whose Arabic or English name (or any surface form) equals it after Arabic
   * normalisation, case folding and without a leading article (ال, al-, el-). Places with a
   * stored status come first.
   */
  public List<String> resolvePlace(String query, Gazetteer gazetteer) {
    String q = query == null ? "" : query.strip();
    if (q.isEmpty()) {
      return List.of();
    }
    Map<String, PlaceInfo> withStatus = places();
    if (withStatus.containsKey(q) || place(q) != null || gazetteer != null && gazetteer.byId(q) != null) {
      return List.of(q);
    }
    String key = nameKey(q);
    Set<String> found = new LinkedHashSet<>();
    store.jdbi().useHandle(h -> h.createQuery("SELECT id, name, name_ar FROM places ORDER BY id")
        .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
        .forEach(r -> {
          if (key.equals(nameKey(r[1])) || key.equals(nameKey(r[2]))) {
            found.add(r[0]);
          }
        }));
    if (gazetteer != null) {
      for (GazetteerEntry e : gazetteer.entries()) {
        if (key.equals(nameKey(e.nameEn())) || key.equals(nameKey(e.nameAr()))
            || e.names().stream().anyMatch(n -> key.equals(nameKey(n)))) {
          found.add(e.id());
        }
      }
    }
    List<String> out = new ArrayList<>(found);
    out.sort(Comparator.comparing((String id) -> !withStatus.containsKey(id)).thenComparing(id -> id));
    return out;
  }

  static String nameKey(String name) {
    if (name == null) {
      return "";
    }
    String s = ArabicNormalizer.fold(name).strip().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    for (String article : List.of("al-", "el-", "al ", "el ", "ال")) {
      if (s.startsWith(article) && s.length() > article.length() + 1) {
        s = s.substring(article.length());
        break;
      }
    }
    return s.replaceAll("[\\s\\-']+", " ").strip();
  }

  /** The place's whole stored timeline, oldest first. */
  public List<Interval> timeline(String placeId) {
    return intervals(placeId).getOrDefault(placeId, List.of());
  }

  /** Every community whose level on {@code date} is above NONE, most severe first, then by id. */
  public List<Status> statusOn(LocalDate date) {
    List<Status> out = new ArrayList<>();
    for (List<Interval> tl : intervals(null).values()) {
      Status s = statusOn(tl, date);
      if (s != null) {
        out.add(s);
      }
    }
    out.sort(Comparator.comparingInt((Status s) -> -Level.valueOf(s.current().level()).severity())
        .thenComparing(s -> s.current().place().id()));
    return out;
  }

  /** The status of one timeline on {@code date}, or null when its level is NONE (or unknown) then. */
  public static Status statusOn(List<Interval> timeline, LocalDate date) {
    int at = -1;
    for (int k = 0; k < timeline.size(); k++) {
      if (timeline.get(k).contains(date)) {
        at = k;
      }
    }
    if (at < 0 || Level.valueOf(timeline.get(at).level()) == Level.NONE) {
      return null;
    }
    Interval cur = timeline.get(at);
    // the one definition of the sources a count shows: the episode's, up to the date (track.Episode)
    List<Interval> episode = timeline.subList(Episode.start(timeline, at, i -> Level.valueOf(i.level())), at + 1);
    Map<String, Source> sources = new LinkedHashMap<>();
    Set<String> disagreements = new LinkedHashSet<>();
    for (Interval i : episode) {
      i.sources().forEach(s -> sources.putIfAbsent(s.reportId() + "#" + s.eventId(), s));
      disagreements.addAll(i.disagreements());
    }
    List<Restriction> items = new ArrayList<>();
    for (Interval i : episode) {
      Derivation.restrictions(i.indicators()).stream().filter(r -> !r.date().isAfter(date)).forEach(items::add);
    }
    // A source counts from the day its event applies on: restriction evidence dated after the date is not yet known.
    Set<String> later = new TreeSet<>();
    for (Interval i : timeline) {
      Derivation.restrictions(i.indicators()).stream().filter(r -> r.date().isAfter(date))
          .forEach(r -> later.add(r.reportId() + "#" + r.eventId()));
    }
    sources.keySet().removeAll(later);
    int n = IndependentSources.count(sources.values().stream().map(Source::ref).toList());
    org.marsad.track.Confidence c = org.marsad.track.Confidence.of(n, items, date);
    int restrictionSources = IndependentSources.count(items.stream()
        .map(r -> new SourceRef(r.reportId(), null, null, r.eventId(), r.sourceKey())).toList());
    return new Status(cur, date, List.copyOf(sources.values()), List.copyOf(disagreements), n,
        Confidence.valueOf(c.name()), restrictionSources);
  }

  private Map<String, List<Interval>> intervals(String placeId) {
    Map<String, PlaceInfo> places = places();
    Map<String, List<Interval>> out = new TreeMap<>();
    List<StatusIntervalRecord> records = store.statusIntervals(placeId);
    Set<String> reportIds = new TreeSet<>();
    records.forEach(r -> r.sources().forEach(s -> reportIds.add(s.event().reportId())));
    Map<String, Source> reports = reports(reportIds);
    for (StatusIntervalRecord r : records) {
      List<Source> sources = new ArrayList<>();
      for (StatusIntervalRecord.Support s : r.sources()) {
        Source m = reports.get(s.event().reportId());
        sources.add(new Source(s.event().reportId(), s.event().eventId(), m == null ? null : m.outlet(),
            m == null ? null : m.published(), m == null ? null : m.url(), m == null ? null : m.title(), s.note(),
            s.sourceKey(), null));
      }
      Object since = r.indicators().get("since");
      @SuppressWarnings("unchecked")
      List<String> dis = r.indicators().get("disagreements") instanceof List<?> l ? (List<String>) l : List.of();
      PlaceInfo p = places.getOrDefault(r.placeId(), new PlaceInfo(r.placeId(), r.placeName(), null, null, null, null, null));
      Object ind = r.indicators().get("independent_sources");
      out.computeIfAbsent(r.placeId(), k -> new ArrayList<>()).add(new Interval(p, r.level(), r.start(), r.end(),
          since == null ? r.start() : LocalDate.parse(since.toString()), r.indicators(),
          ind instanceof Number n ? n.intValue() : r.sourceCount(), sources, dis));
    }
    return out;
  }

  /** The evidence quote of every event of {@code reportIds}, by "report#event". */
  private Map<String, String> evidence(Set<String> reportIds) {
    Map<String, String> out = new HashMap<>();
    List<String> all = new ArrayList<>(reportIds);
    store.jdbi().useHandle(h -> {
      for (int i = 0; i < all.size(); i += 500) {
        h.createQuery("SELECT report_id, event_id, evidence_text FROM events WHERE report_id IN (<ids>)")
            .bindList("ids", all.subList(i, Math.min(all.size(), i + 500)))
            .map((rs, ctx) -> new String[] {rs.getString(1) + "#" + rs.getString(2), rs.getString(3)})
            .forEach(r -> out.put(r[0], r[1]));
      }
    });
    return out;
  }

  /** Outlet, date, address and title of reports, by id. */
  private Map<String, Source> reports(Set<String> ids) {
    Map<String, Source> out = new HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    List<String> all = new ArrayList<>(ids);
    store.jdbi().useHandle(h -> {
      for (int i = 0; i < all.size(); i += 500) {
        List<String> chunk = all.subList(i, Math.min(all.size(), i + 500));
        h.createQuery("SELECT id, outlet, published, url, title FROM reports WHERE id IN (<ids>)")
            .bindList("ids", chunk)
            .map((rs, ctx) -> new Source(rs.getString(1), null, rs.getString(2), rs.getObject(3, LocalDate.class),
                rs.getString(4), rs.getString(5), null))
            .forEach(s -> out.put(s.reportId(), s));
      }
    });
    return out;
  }

  /**
   * Fused events, filtered (null: no filter) by place, first day of the date (inclusive; undated
   * events only match when both bounds are null) and type; by date (undated last), then id.
   */
  public List<Fused> fused(String placeId, LocalDate from, LocalDate to, EventType type) {
    return fused(placeId == null ? null : List.of(placeId), from, to, type);
  }

  /** As {@link #fused(String, LocalDate, LocalDate, EventType)}, at any of {@code placeIds} (null: anywhere). */
  public List<Fused> fused(java.util.Collection<String> placeIds, LocalDate from, LocalDate to, EventType type) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    if (placeIds != null) {
      where.append(" AND f.place_id IN (<places>)");
    }
    if (from != null) {
      where.append(" AND f.date_start >= :from");
    }
    if (to != null) {
      where.append(" AND f.date_start <= :to");
    }
    if (type != null) {
      where.append(" AND f.type = :type");
    }
    List<String> ids = store.jdbi().withHandle(h -> {
      Query q = h.createQuery("SELECT f.id FROM fused_events f" + where + " ORDER BY f.date_start, f.id");
      if (placeIds != null) {
        q.bindList("places", placeIds.isEmpty() ? List.of("") : new ArrayList<>(placeIds));
      }
      if (from != null) {
        q.bind("from", from);
      }
      if (to != null) {
        q.bind("to", to);
      }
      if (type != null) {
        q.bind("type", type.name());
      }
      return q.mapTo(String.class).list();
    });
    Map<String, FusedEventRecord> byId = new HashMap<>();
    for (FusedEventRecord r : store.fusedEvents()) {
      byId.put(r.id(), r);
    }
    Set<String> reportIds = new TreeSet<>();
    ids.forEach(id -> byId.get(id).members().forEach(m -> reportIds.add(m.reportId())));
    Map<String, Source> reports = reports(reportIds);
    Map<String, String> evidence = evidence(reportIds);
    Map<String, PlaceInfo> places = new HashMap<>();
    List<Fused> out = new ArrayList<>(ids.size());
    for (String id : ids) {
      FusedEventRecord r = byId.get(id);
      PlaceInfo p = r.placeId() == null ? null : places.computeIfAbsent(r.placeId(), k -> {
        PlaceInfo stored = place(k);
        return stored != null ? stored : new PlaceInfo(k, r.placeName(), null, null, null, r.lat(), r.lon());
      });
      List<Source> sources = new ArrayList<>();
      for (EventRef m : r.members()) {
        Source s = reports.get(m.reportId());
        sources.add(new Source(m.reportId(), m.eventId(), s == null ? null : s.outlet(), s == null ? null : s.published(),
            s == null ? null : s.url(), s == null ? null : s.title(), null, null,
            evidence.get(m.reportId() + "#" + m.eventId())));
      }
      out.add(new Fused(r, p, sources));
    }
    return out;
  }
}
