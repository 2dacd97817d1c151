package org.marsad.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.statement.Query;
import org.marsad.store.Store;

/**
 * Fused events (one per real-world event, across reports) with the same filters as per-report
 * events; a review or full-text filter matches a fused event when one of its member events does.
 * Ordered by date, then id: a total order, so pages neither repeat nor skip.
 */
final class FusedReader {
  private static final String FROM = " FROM fused_events f LEFT JOIN places p ON p.id = f.place_id";
  private final Store store;

  FusedReader(Store store) {
    this.store = store;
  }

  long count(EventFilter f) {
    return f.empty() ? 0 : store.jdbi().withHandle(h -> bind(h.createQuery("SELECT COUNT(*)" + FROM + where(f)), f)
        .mapTo(Long.class).one());
  }

  List<ObjectNode> page(EventFilter f, int offset, int limit) {
    if (f.empty()) {
      return List.of();
    }
    return store.jdbi().withHandle(h -> {
      List<ObjectNode> out = new ArrayList<>();
      bind(h.createQuery("SELECT f.*, p.name_ar, p.admin1, p.admin2, p.country" + FROM + where(f)
              + " ORDER BY f.date_start, f.id LIMIT :limit OFFSET :offset"), f)
          .bind("limit", limit).bind("offset", offset)
          .map((rs, ctx) -> {
            ObjectNode o = Json.object();
            o.put("id", rs.getString("id"));
            o.put("type", rs.getString("type"));
            o.put("modality", rs.getString("modality"));
            o.put("historical", rs.getBoolean("historical"));
            ObjectNode d = o.putObject("date");
            d.put("value", rs.getString("date_value"));
            d.put("kind", rs.getString("date_kind"));
            d.put("time_precision", rs.getObject("date_precision", Integer.class));
            if (rs.getString("place_id") != null) {
              ObjectNode p = o.putObject("place");
              p.put("id", rs.getString("place_id"));
              p.put("name", rs.getString("place_name"));
              p.put("name_ar", rs.getString("name_ar"));
              p.put("country", rs.getString("country"));
              p.put("admin1", rs.getString("admin1"));
              p.put("admin2", rs.getString("admin2"));
              p.put("lat", rs.getObject("place_lat", Double.class));
              p.put("lon", rs.getObject("place_lon", Double.class));
            } else {
              o.putNull("place");
            }
            o.set("attributes", StoredJson.tree(rs.getString("attributes")));
            o.put("source_count", rs.getInt("source_count"));
            return o;
          }).forEach(out::add);
      for (ObjectNode o : out) {
        ArrayNode m = o.putArray("members");
        h.createQuery("SELECT m.report_id, m.event_id, r.outlet, r.published, r.url, r.title,"
                + " COALESCE(v.state, 'pending') FROM fused_event_members m JOIN reports r ON r.id = m.report_id"
                + " LEFT JOIN event_reviews v ON v.report_id = m.report_id AND v.event_id = m.event_id"
                + " WHERE m.fused_id = :id ORDER BY m.report_id, m.event_id")
            .bind("id", o.get("id").asText())
            .map((rs, ctx) -> {
              ObjectNode x = m.addObject();
              x.put("report_id", rs.getString(1));
              x.put("event_id", rs.getString(2));
              x.put("outlet", rs.getString(3));
              x.put("published", rs.getString(4));
              x.put("url", rs.getString(5));
              x.put("title", rs.getString(6));
              x.put("review", rs.getString(7));
              return x;
            }).list();
      }
      return out;
    });
  }

  private static String where(EventFilter f) {
    StringBuilder w = new StringBuilder(" WHERE 1 = 1");
    if (f.placeIds() != null) {
      w.append(" AND f.place_id IN (<places>)");
    }
    if (f.admin1() != null) {
      w.append(" AND LOWER(p.admin1) = LOWER(:admin1)");
    }
    if (f.type() != null) {
      w.append(" AND f.type = :type");
    }
    if (f.from() != null) {
      w.append(" AND f.date_start >= :from");
    }
    if (f.to() != null) {
      w.append(" AND f.date_start <= :to");
    }
    if (f.bbox() != null) {
      w.append(" AND f.place_lon BETWEEN :minLon AND :maxLon AND f.place_lat BETWEEN :minLat AND :maxLat");
    }
    if (f.modality() != null) {
      w.append(" AND f.modality = :modality");
    }
    if (f.review() != null) {
      w.append(" AND EXISTS (SELECT 1 FROM fused_event_members m LEFT JOIN event_reviews v ON v.report_id = m.report_id"
          + " AND v.event_id = m.event_id WHERE m.fused_id = f.id AND COALESCE(v.state, 'pending') = :review)");
    }
    if (f.reportIds() != null) {
      w.append(" AND EXISTS (SELECT 1 FROM fused_event_members m WHERE m.fused_id = f.id AND m.report_id IN (<reports>))");
    }
    return w.toString();
  }

  private static Query bind(Query q, EventFilter f) {
    return EventReader.bind(q, f.withReport(null));
  }
}
