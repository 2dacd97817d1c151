package org.marsad.server;


import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.marsad.extract.ActorLabels;
import org.marsad.geocode.Gazetteer;
import org.marsad.geocode.GazetteerEntry;
import org.marsad.store.Besiegers;
import org.marsad.store.RecordView;
import org.marsad.store.StatusIntervalRecord;
import org.marsad.store.Store;
import org.marsad.track.Level;

/** Communities' status as JSON: current level and indicators, and whole timelines with sources. */
final class Communities {
  private final Store store;
  private final RecordView view;
  private final Gazetteer gazetteer;

  Communities(Store store, Gazetteer gazetteer) {
    this.store = store;
    this.view = new RecordView(store);
    this.gazetteer = gazetteer;
  }

  /** Each community's interval on {@code asOf} (null: its open one), above NONE, most severe first. */
  List<ObjectNode> list(List<StatusIntervalRecord> intervals, LocalDate asOf, Level level, String admin1) {
    Map<String, StatusIntervalRecord> at = new LinkedHashMap<>();
    for (StatusIntervalRecord i : intervals) {
      if (Record.holds(i, asOf)) {
        at.put(i.placeId(), i);
      }
    }
    List<ObjectNode> out = new ArrayList<>();
    at.values().stream()
        .filter(i -> Level.valueOf(i.level()) != Level.NONE && (level == null || Level.valueOf(i.level()) == level))
        .sorted(java.util.Comparator.comparingInt((StatusIntervalRecord i) -> -Level.valueOf(i.level()).severity())
            .thenComparing(StatusIntervalRecord::placeId))
        .forEach(i -> {
          RecordView.PlaceInfo p = place(i);
          if (admin1 == null || p.admin1() != null && p.admin1().equalsIgnoreCase(admin1)) {
            ObjectNode o = Json.object();
            o.set("community", place(p));
            o.setAll(interval(i, null, asOf));
            sides(o, p, asOf);
            out.add(o);
          }
        });
    return out;
  }

  ObjectNode timeline(String placeId, List<StatusIntervalRecord> intervals, LocalDate asOf) {
    ObjectNode o = Json.object();
    RecordView.PlaceInfo p = intervals.isEmpty() ? view.place(placeId) : place(intervals.get(0));
    o.set("community", p == null ? null : place(p));
    Set<String> reports = new TreeSet<>();
    intervals.forEach(i -> i.sources().forEach(s -> reports.add(s.event().reportId())));
    Map<String, ObjectNode> meta = reports(reports);
    ArrayNode arr = o.putArray("intervals");
    intervals.forEach(i -> arr.add(interval(i, meta, asOf)));
    StatusIntervalRecord cur = intervals.stream().filter(i -> Record.holds(i, asOf)).findFirst().orElse(null);
    o.put("as_of", asOf == null ? null : asOf.toString());
    o.put("current_level", cur == null ? Level.NONE.name() : cur.level());
    if (p != null) {
      sides(o, p, asOf);
    }
    return o;
  }

  /**
   * Who besieges the community and who is besieged, as its siege events up to {@code asOf} name
   * them ({@link Besiegers}, the rule {@code marsad status} uses), each with its Arabic label.
   */
  private void sides(ObjectNode o, RecordView.PlaceInfo p, LocalDate asOf) {
    // A record without dated reports has no "as of": no siege events to name sides from.
    Besiegers.Sides s = asOf == null ? new Besiegers.Sides(List.of(), List.of()) : Besiegers.of(store, p.id(), asOf);
    o.set("besieged_by", actors(s.besiegers(), p.nameAr()));
    o.set("besieged", actors(s.besieged(), p.nameAr()));
  }

  private static ArrayNode actors(List<String> names, String placeAr) {
    ArrayNode a = Json.MAPPER.createArrayNode();
    for (String n : names) {
      ObjectNode x = a.addObject();
      x.put("name", n);
      x.put("name_ar", ActorLabels.loadDefault().arabic(n, placeAr));
    }
    return a;
  }

  private RecordView.PlaceInfo place(StatusIntervalRecord i) {
    RecordView.PlaceInfo p = view.place(i.placeId());
    return p != null ? p : new RecordView.PlaceInfo(i.placeId(), i.placeName(), null, null, null, null, null);
  }

  private ObjectNode place(RecordView.PlaceInfo p) {
    ObjectNode o = Json.object();
    o.put("id", p.id());
    o.put("name", p.name());
    o.put("name_ar", p.nameAr());
    o.put("country", p.country());
    o.put("admin1", p.admin1());
    o.put("admin1_ar", admin1Arabic(p.id()));
    o.put("lat", p.lat());
    o.put("lon", p.lon());
    return o;
  }

  /** The Arabic name of the governorate (province) that holds gazetteer place {@code id}, when the gazetteer has one. */
  private String admin1Arabic(String id) {
    GazetteerEntry e = id == null ? null : gazetteer.byId(id);
    GazetteerEntry a = e == null || e.admin1() == null || e.admin1().isEmpty() ? null : gazetteer.byId(e.admin1());
    return a == null || a.nameAr() == null || a.nameAr().isEmpty() ? null : a.nameAr();
  }

  /**
   * An interval; with {@code meta}, its sources with outlet, date, address and title. Its days besieged
   * are counted to the asked date (to its last day when it ended before), as `marsad status` counts
   * them, not to the day the record was derived.
   */
  private static ObjectNode interval(StatusIntervalRecord i, Map<String, ObjectNode> meta, LocalDate asOf) {
    ObjectNode o = Json.object();
    o.put("level", i.level());
    o.put("from", i.start() == null ? null : i.start().toString());
    o.put("to", i.end() == null ? null : i.end().toString());
    Map<String, Object> ind = new LinkedHashMap<>(i.indicators());
    if (ind.containsKey("besieged_since") && asOf != null) {
      LocalDate last = i.end() != null && !asOf.isBefore(i.end()) ? i.end().minusDays(1) : asOf;
      ind.put("days_besieged", RecordView.daysBesieged(ind, last));
    }
    Object dis = ind.remove("disagreements");
    ind.remove("restrictions");
    o.set("indicators", Json.MAPPER.valueToTree(ind));
    o.set("disagreements", Json.MAPPER.valueToTree(dis == null ? List.of() : dis));
    o.put("independent_sources", i.sourceCount());
    if (meta != null) {
      ArrayNode s = o.putArray("sources");
      for (StatusIntervalRecord.Support sup : i.sources()) {
        ObjectNode x = s.addObject();
        x.put("report_id", sup.event().reportId());
        x.put("event_id", sup.event().eventId());
        ObjectNode m = meta.get(sup.event().reportId());
        if (m != null) {
          x.setAll(m);
        }
        x.put("note", sup.note());
      }
    }
    return o;
  }

  private Map<String, ObjectNode> reports(Set<String> ids) {
    Map<String, ObjectNode> out = new HashMap<>();
    List<String> all = new ArrayList<>(ids);
    store.jdbi().useHandle(h -> {
      for (int k = 0; k < all.size(); k += 500) {
        h.createQuery("SELECT id, outlet, published, url, title FROM reports WHERE id IN (<ids>)")
            .bindList("ids", all.subList(k, Math.min(all.size(), k + 500)))
            .map((rs, ctx) -> {
              ObjectNode m = Json.object();
              m.put("outlet", rs.getString(2));
              m.put("published", rs.getString(3));
              m.put("url", rs.getString(4));
              m.put("title", rs.getString(5));
              out.put(rs.getString(1), m);
              return m;
            }).list();
      }
    });
    return out;
  }
}
