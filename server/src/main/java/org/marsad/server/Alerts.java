package org.marsad.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.sse.SseClient;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdbi.v3.core.Jdbi;
import org.marsad.store.RecordView;
import org.marsad.store.StatusIntervalRecord;
import org.marsad.store.Store;
import org.marsad.track.Level;

/**
 * Alerts: a community's level rose (WATCH → PARTIAL_SIEGE → FULL_SIEGE) or a siege was lifted.
 * Each alert is recorded, pushed to the Server-Sent Events clients whose filter it passes, and
 * handed to {@link Webhooks} for every matching subscription; nothing here waits on the network.
 */
public final class Alerts implements AutoCloseable {
  private final Jdbi jdbi;
  private final Webhooks webhooks;
  private final List<Listener> listeners = new CopyOnWriteArrayList<>();

  /** An SSE client and the places, admin areas and levels it asked for (empty: all). */
  public record Listener(SseClient client, Subscriptions.Filter filter) {}

  /** A change worth telling. */
  public record Alert(long id, String placeId, String placeName, String admin1, String oldLevel, String newLevel,
      String since, ObjectNode payload) {}

  public Alerts(Jdbi jdbi, Webhooks webhooks) {
    this.jdbi = jdbi;
    this.webhooks = webhooks;
  }

  public void listen(SseClient client, Subscriptions.Filter filter) {
    Listener l = new Listener(client, filter);
    listeners.add(l);
    client.onClose(() -> listeners.remove(l));
  }

  /** Compares current levels before and after a derivation; records and sends each alert. */
  public List<Alert> compare(Map<String, StatusIntervalRecord> before, Map<String, StatusIntervalRecord> after, Store store) {
    List<Alert> out = new ArrayList<>();
    RecordView view = new RecordView(store);
    for (StatusIntervalRecord now : after.values()) {
      StatusIntervalRecord was = before.get(now.placeId());
      Level oldLevel = was == null ? Level.NONE : Level.valueOf(was.level());
      Level newLevel = Level.valueOf(now.level());
      boolean rose = newLevel.severity() > oldLevel.severity() && newLevel != Level.LIFTED;
      boolean lifted = newLevel == Level.LIFTED && oldLevel != Level.LIFTED;
      if (!rose && !lifted) {
        continue;
      }
      RecordView.PlaceInfo p = view.place(now.placeId());
      out.add(record(now, p, oldLevel, newLevel, store));
    }
    for (Alert a : out) {
      for (Listener l : listeners) {
        if (l.filter().matches(a.placeId(), a.admin1(), a.newLevel())) {
          try {
            l.client().sendEvent("alert", Json.write(a.payload()), String.valueOf(a.id()));
          } catch (RuntimeException e) {
            listeners.remove(l); // the client went away
          }
        }
      }
      webhooks.deliver(a);
    }
    return out;
  }

  private Alert record(StatusIntervalRecord now, RecordView.PlaceInfo p, Level oldLevel, Level newLevel, Store store) {
    ObjectNode body = Json.object();
    body.put("kind", newLevel == Level.LIFTED ? "lifted" : "rise");
    ObjectNode place = body.putObject("community");
    place.put("id", now.placeId());
    place.put("name", p != null ? p.name() : now.placeName());
    place.put("name_ar", p == null ? null : p.nameAr());
    place.put("admin1", p == null ? null : p.admin1());
    body.put("old_level", oldLevel.name());
    body.put("new_level", newLevel.name());
    Object since = now.indicators().get("since");
    body.put("since", since == null ? String.valueOf(now.start()) : since.toString());
    ArrayNode events = body.putArray("events");
    for (StatusIntervalRecord.Support s : now.sources()) {
      ObjectNode e = events.addObject();
      e.put("report_id", s.event().reportId());
      e.put("event_id", s.event().eventId());
      store.jdbi().useHandle(h -> h.createQuery("SELECT outlet, published, url, title FROM reports WHERE id = :id")
          .bind("id", s.event().reportId())
          .map((rs, ctx) -> {
            e.put("outlet", rs.getString(1));
            e.put("published", rs.getString(2));
            e.put("url", rs.getString(3));
            e.put("title", rs.getString(4));
            return 1;
          }).findOne());
    }
    OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
    body.put("at", at.toString());
    long id = jdbi.withHandle(h -> h.createUpdate("INSERT INTO alerts (place_id, old_level, new_level, since, payload, created_at)"
            + " VALUES (:p, :o, :n, :s, :payload, :at)")
        .bind("p", now.placeId()).bind("o", oldLevel.name()).bind("n", newLevel.name())
        .bind("s", Reviews.dateStart(body.get("since").asText())).bind("payload", Json.write(body)).bind("at", at)
        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    body.put("id", id);
    return new Alert(id, now.placeId(), place.get("name").asText(null), p == null ? null : p.admin1(), oldLevel.name(),
        newLevel.name(), body.get("since").asText(), body);
  }

  /** Recorded alerts, newest first, with the delivery state of each subscription. */
  public List<ObjectNode> list(int limit) {
    return jdbi.withHandle(h -> {
      List<ObjectNode> out = new ArrayList<>();
      h.createQuery("SELECT id, payload FROM alerts ORDER BY id DESC LIMIT :n").bind("n", limit)
          .map((rs, ctx) -> {
            ObjectNode o = (ObjectNode) StoredJson.tree(rs.getString(2));
            o.put("id", rs.getLong(1));
            return o;
          }).forEach(out::add);
      for (ObjectNode o : out) {
        ArrayNode d = o.putArray("deliveries");
        h.createQuery("SELECT subscription_id, state, attempts, last_status, last_error, updated_at FROM alert_deliveries"
                + " WHERE alert_id = :a ORDER BY subscription_id")
            .bind("a", o.get("id").asLong())
            .map((rs, ctx) -> {
              ObjectNode x = d.addObject();
              x.put("subscription", rs.getLong(1));
              x.put("state", rs.getString(2));
              x.put("attempts", rs.getInt(3));
              x.put("last_status", rs.getObject(4, Integer.class));
              x.put("last_error", rs.getString(5));
              x.put("updated_at", String.valueOf(rs.getObject(6, OffsetDateTime.class)));
              return x;
            }).list();
      }
      return out;
    });
  }

  @Override
  public void close() {
    webhooks.close();
  }

}
