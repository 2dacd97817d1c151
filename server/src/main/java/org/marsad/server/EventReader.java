package org.marsad.server;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.marsad.model.Actor;
import org.marsad.model.DocumentMeta;
import org.marsad.model.Event;
import org.marsad.model.EventDate;
import org.marsad.model.EventType;
import org.marsad.model.Modality;
import org.marsad.model.Place;
import org.marsad.model.Span;
import org.marsad.store.Store;

/**
 * Reads per-report events with review corrections overlaid (the events table keeps the machine's
 * reading; event_reviews holds what a person changed). Every filter is a bound parameter; the
 * order is total (effective date, report, position), so offset pages neither repeat nor skip
 * while the data is unchanged.
 */
public final class EventReader {
  private static final String FROM = " FROM events e JOIN reports r ON r.id = e.report_id"
      + " LEFT JOIN event_reviews v ON v.report_id = e.report_id AND v.event_id = e.event_id"
      + " LEFT JOIN places p ON p.id = COALESCE(v.c_place_id, e.place_id)";
  private static final String COLUMNS = "SELECT e.*, v.state AS v_state, v.c_type, v.c_date_value, v.c_place_id,"
      + " v.c_place_name, v.c_place_lat, v.c_place_lon, v.c_actor1, v.c_actor2, v.c_modality,"
      + " p.name AS p_name, p.name_ar AS p_name_ar, p.country AS p_country, p.admin1 AS p_admin1, p.admin2 AS p_admin2,"
      + " r.language AS r_language, r.published AS r_published, r.outlet AS r_outlet, r.url AS r_url, r.title AS r_title";
  static final String ORDER = " ORDER BY COALESCE(v.c_date_start, e.date_start), e.report_id, e.ordinal";

  private final Store store;

  public EventReader(Store store) {
    this.store = store;
  }

  /** One page of matching events, report texts loaded for evidence. */
  public List<ReviewedEvent> page(EventFilter f, int offset, int limit) {
    if (f.empty()) {
      return List.of();
    }
    List<ReviewedEvent> rows = store.jdbi().withHandle(h -> {
      Query q = h.createQuery(COLUMNS + FROM + where(f) + ORDER + " LIMIT :limit OFFSET :offset");
      bind(q, f).bind("limit", limit).bind("offset", offset);
      return q.map((rs, ctx) -> row(rs, null)).list();
    });
    Map<String, String> texts = texts(rows.stream().map(r -> r.report().id()).distinct().toList());
    return rows.stream().map(r -> new ReviewedEvent(r.report(), r.event(), r.state(), r.corrected(), texts.get(r.report().id())))
        .toList();
  }

  public long count(EventFilter f) {
    if (f.empty()) {
      return 0;
    }
    return store.jdbi().withHandle(h -> bind(h.createQuery("SELECT COUNT(*)" + FROM + where(f)), f).mapTo(Long.class).one());
  }

  public Optional<ReviewedEvent> one(String reportId, String eventId) {
    Optional<ReviewedEvent> r = store.jdbi().withHandle(h -> h.createQuery(COLUMNS + FROM
            + " WHERE e.report_id = :r AND e.event_id = :e")
        .bind("r", reportId).bind("e", eventId).map((rs, ctx) -> row(rs, null)).findOne());
    return r.map(x -> new ReviewedEvent(x.report(), x.event(), x.state(), x.corrected(), texts(List.of(reportId)).get(reportId)));
  }

  /**
   * Streams every matching event in report order, each with its report's text, holding one
   * report's text at a time (exports of the whole record stay in bounded memory).
   */
  public void stream(EventFilter f, Consumer<ReviewedEvent> sink) {
    if (f.empty()) {
      return;
    }
    store.jdbi().useHandle(h -> {
      Query q = h.createQuery("SELECT x.*, rt.raw_text AS r_text FROM (" + COLUMNS + FROM + where(f)
          + ") x JOIN reports rt ON rt.id = x.report_id ORDER BY x.report_id, x.ordinal");
      bind(q, f).setFetchSize(200);
      q.map((rs, ctx) -> row(rs, "r_text")).useStream(s -> s.forEach(sink));
    });
  }

  /**
   * Every event a person has reviewed or corrected, corrections applied (texts not loaded). Read
   * from the reviews outwards: the server's every derivation asks, and FROM's left join from all
   * events made H2 read every event and its report's row (a third of one more report's time in a
   * server on 50,000 reports, for no review at all).
   */
  public List<ReviewedEvent> reviewed() {
    return store.jdbi().withHandle(h -> h.createQuery(COLUMNS + " FROM event_reviews v"
            + " JOIN events e ON e.report_id = v.report_id AND e.event_id = v.event_id JOIN reports r ON r.id = e.report_id"
            + " LEFT JOIN places p ON p.id = COALESCE(v.c_place_id, e.place_id)")
        .map((rs, ctx) -> row(rs, null)).list());
  }

  static String where(EventFilter f) {
    StringBuilder w = new StringBuilder(" WHERE 1 = 1");
    if (f.placeIds() != null) {
      w.append(" AND COALESCE(v.c_place_id, e.place_id) IN (<places>)");
    }
    if (f.admin1() != null) {
      w.append(" AND LOWER(p.admin1) = LOWER(:admin1)");
    }
    if (f.type() != null) {
      w.append(" AND COALESCE(v.c_type, e.type) = :type");
    }
    if (f.from() != null) {
      w.append(" AND COALESCE(v.c_date_start, e.date_start) >= :from");
    }
    if (f.to() != null) {
      w.append(" AND COALESCE(v.c_date_start, e.date_start) <= :to");
    }
    if (f.bbox() != null) {
      w.append(" AND COALESCE(v.c_place_lon, e.place_lon) BETWEEN :minLon AND :maxLon"
          + " AND COALESCE(v.c_place_lat, e.place_lat) BETWEEN :minLat AND :maxLat");
    }
    if (f.modality() != null) {
      w.append(" AND COALESCE(v.c_modality, e.modality) = :modality");
    }
    if (f.review() != null) {
      w.append(" AND COALESCE(v.state, 'pending') = :review");
    }
    if (f.reportIds() != null) {
      w.append(" AND e.report_id IN (<reports>)");
    }
    if (f.reportId() != null) {
      w.append(" AND e.report_id = :report");
    }
    return w.toString();
  }

  static Query bind(Query q, EventFilter f) {
    if (f.placeIds() != null) {
      q.bindList("places", f.placeIds());
    }
    if (f.admin1() != null) {
      q.bind("admin1", f.admin1());
    }
    if (f.type() != null) {
      q.bind("type", f.type().name());
    }
    if (f.from() != null) {
      q.bind("from", f.from());
    }
    if (f.to() != null) {
      q.bind("to", f.to());
    }
    if (f.bbox() != null) {
      q.bind("minLon", f.bbox()[0]).bind("minLat", f.bbox()[1]).bind("maxLon", f.bbox()[2]).bind("maxLat", f.bbox()[3]);
    }
    if (f.modality() != null) {
      q.bind("modality", f.modality().code());
    }
    if (f.review() != null) {
      q.bind("review", f.review().code());
    }
    if (f.reportIds() != null) {
      q.bindList("reports", f.reportIds());
    }
    if (f.reportId() != null) {
      q.bind("report", f.reportId());
    }
    return q;
  }

  Map<String, String> texts(List<String> ids) {
    Map<String, String> out = new HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    store.jdbi().useHandle((Handle h) -> h.createQuery("SELECT id, raw_text FROM reports WHERE id IN (<ids>)")
        .bindList("ids", ids).map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
        .forEach(e -> out.put(e.getKey(), e.getValue())));
    return out;
  }

  private static ReviewedEvent row(ResultSet rs, String textColumn) throws SQLException {
    DocumentMeta meta = new DocumentMeta(rs.getString("report_id"), rs.getString("r_language"),
        rs.getObject("r_published", LocalDate.class), rs.getString("r_outlet"), rs.getString("r_url"), rs.getString("r_title"));
    List<String> corrected = new ArrayList<>();
    String cType = rs.getString("c_type");
    EventType type = EventType.valueOf(cType != null ? cType : rs.getString("type"));
    if (cType != null) {
      corrected.add("type");
    }
    EventDate date = null;
    if (rs.getString("c_date_value") != null) {
      corrected.add("date");
      String v = rs.getString("c_date_value");
      date = new EventDate(v, EventDate.ON, v.length() == 10 ? 1 : 3, List.of());
    } else if (rs.getString("date_kind") != null || rs.getString("date_value") != null) {
      date = new EventDate(rs.getString("date_value"), rs.getString("date_kind"), rs.getInt("date_precision"),
          StoredJson.spans(rs.getString("date_evidence")));
    }
    Place place = null;
    if (rs.getString("c_place_id") != null) {
      corrected.add("place");
      place = new Place(rs.getString("c_place_id"), rs.getString("c_place_name"), rs.getString("p_name_ar"),
          rs.getString("p_country"), rs.getString("p_admin1"), rs.getString("p_admin2"), rs.getDouble("c_place_lat"),
          rs.getDouble("c_place_lon"), 1, null);
    } else if (rs.getString("place_id") != null || rs.getString("place_name") != null) {
      List<Span> ev = StoredJson.spans(rs.getString("place_evidence"));
      place = new Place(rs.getString("place_id"), rs.getString("place_name"), rs.getString("p_name_ar"),
          rs.getString("p_country"), rs.getString("p_admin1"), rs.getString("p_admin2"), rs.getDouble("place_lat"),
          rs.getDouble("place_lon"), rs.getInt("place_precision"), ev.isEmpty() ? null : ev.get(0));
    }
    Actor a1 = actor(rs, "actor1", "c_actor1", corrected);
    Actor a2 = actor(rs, "actor2", "c_actor2", corrected);
    String cMod = rs.getString("c_modality");
    if (cMod != null) {
      corrected.add("modality");
    }
    Event e = new Event(rs.getString("event_id"), type, StoredJson.object(rs.getString("attributes")),
        Modality.of(cMod != null ? cMod : rs.getString("modality")), rs.getBoolean("historical"), date, place, a1, a2,
        rs.getString("source"), StoredJson.spans(rs.getString("evidence")), rs.getString("rule_id"));
    String state = rs.getString("v_state");
    return new ReviewedEvent(meta, e, state == null ? ReviewState.PENDING : ReviewState.of(state), List.copyOf(corrected),
        textColumn == null ? null : rs.getString(textColumn));
  }

  private static Actor actor(ResultSet rs, String prefix, String corrected, List<String> fields) throws SQLException {
    String c = rs.getString(corrected);
    if (c != null) {
      fields.add(prefix);
      return c.isEmpty() ? null : new Actor(c, null, null);
    }
    String name = rs.getString(prefix + "_name");
    if (name == null) {
      return null;
    }
    List<Span> ev = StoredJson.spans(rs.getString(prefix + "_evidence"));
    return new Actor(name, rs.getString(prefix + "_kind"), ev.isEmpty() ? null : ev.get(0));
  }
}
