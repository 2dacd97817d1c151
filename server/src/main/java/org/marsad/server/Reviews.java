package org.marsad.server;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.marsad.geocode.Gazetteer;
import org.marsad.geocode.GazetteerEntry;
import org.marsad.model.Actor;
import org.marsad.model.Event;
import org.marsad.model.EventType;
import org.marsad.model.Modality;
import org.marsad.model.Place;
import org.marsad.store.RecordView;
import org.marsad.store.Derivation;
import org.marsad.store.Store;
import org.marsad.store.StoredEvent;

/**
 * The review workflow: an event's state (pending until a person marks it), field corrections, and
 * the append-only audit trail. Everything is keyed on (report id, event id): the report id is the
 * hash of its bytes and the event id is deterministic, so a review outlives re-ingest of the same
 * report and any re-derivation.
 */
public final class Reviews {
  /** Fields a reviewer may correct. */
  public static final List<String> FIELDS = List.of("type", "date", "place", "actor1", "actor2", "modality");

  private final Store store;
  private final EventReader reader;
  private final Gazetteer gazetteer;

  /** One audit record. */
  public record Audit(long id, String actor, OffsetDateTime at, String field, String before, String after, String comment) {}

  public Reviews(Store store, Gazetteer gazetteer) {
    this.store = store;
    this.reader = new EventReader(store);
    this.gazetteer = gazetteer;
  }

  /** Sets the review state; returns the event as it now reads. */
  public ReviewedEvent setState(String reportId, String eventId, ReviewState state, String actor, String comment) {
    ReviewedEvent cur = existing(reportId, eventId);
    if (cur.state() != state) {
      store.jdbi().useTransaction(h -> {
        ensureRow(h, reportId, eventId);
        h.createUpdate("UPDATE event_reviews SET state = :s, updated_at = :at WHERE report_id = :r AND event_id = :e")
            .bind("s", state.code()).bind("at", now()).bind("r", reportId).bind("e", eventId).execute();
        audit(h, reportId, eventId, actor, "review_state", cur.state().code(), state.code(), comment);
        Derivation.markPending(h, reportId);
      });
    }
    return existing(reportId, eventId);
  }

  /** Corrects one field; {@code value} is validated per field (400 naming "value" otherwise). */
  public ReviewedEvent correct(String reportId, String eventId, String field, String value, String actor, String comment) {
    if (!FIELDS.contains(field)) {
      throw ApiException.badField("field", "field must be one of " + FIELDS + ", got \"" + field + "\"");
    }
    if (comment == null || comment.isBlank()) {
      throw ApiException.badField("comment", "a correction needs a comment saying why");
    }
    ReviewedEvent cur = existing(reportId, eventId);
    String before = current(cur.event(), field);
    Map<String, Object> set = new HashMap<>();
    String after;
    switch (field) {
      case "type" -> {
        EventType t = parse("value", () -> EventType.valueOf(value.strip()), "an event type such as SIEGE");
        set.put("c_type", t.name());
        after = t.name();
      }
      case "modality" -> {
        Modality m = parse("value", () -> Modality.of(value), "asserted, threatened, feared, demanded, denied or planned");
        set.put("c_modality", m.code());
        after = m.code();
      }
      case "date" -> {
        LocalDate start = parse("value", () -> dateStart(value.strip()), "an ISO date: 2020-09-29, 2020-09 or 2020");
        set.put("c_date_value", value.strip());
        set.put("c_date_start", start);
        after = value.strip();
      }
      case "place" -> {
        GazetteerEntry g = place(value);
        set.put("c_place_id", g.id());
        set.put("c_place_name", g.name());
        set.put("c_place_lat", g.lat());
        set.put("c_place_lon", g.lon());
        after = g.id() + " " + g.name();
        store.jdbi().useHandle(h -> h.createUpdate("INSERT INTO places (id, name, name_ar, country, admin1, admin2, lat, lon)"
                + " VALUES (:id, :name, :ar, :c, :a1, :a2, :lat, :lon) ON CONFLICT DO NOTHING")
            .bind("id", g.id()).bind("name", g.nameEn()).bind("ar", g.nameAr()).bind("c", g.country())
            .bind("a1", gazetteer.adminName(g.admin1())).bind("a2", gazetteer.adminName(g.admin2()))
            .bind("lat", g.lat()).bind("lon", g.lon()).execute());
      }
      default -> {
        // actor1, actor2: a canonical name, or empty for "no actor"
        String a = value == null ? "" : value.strip();
        if (a.length() > 500) {
          throw ApiException.badField("value", "an actor name is at most 500 characters");
        }
        set.put("c_" + field, a);
        after = a;
      }
    }
    store.jdbi().useTransaction(h -> {
      ensureRow(h, reportId, eventId);
      for (Map.Entry<String, Object> c : set.entrySet()) {
        // column names come from the switch above, never from input
        h.createUpdate("UPDATE event_reviews SET " + c.getKey() + " = :v, updated_at = :at WHERE report_id = :r AND event_id = :e")
            .bind("v", c.getValue()).bind("at", now()).bind("r", reportId).bind("e", eventId).execute();
      }
      audit(h, reportId, eventId, actor, field, before, after, comment);
      Derivation.markPending(h, reportId);
    });
    return existing(reportId, eventId);
  }

  public List<Audit> audit(String reportId, String eventId) {
    return store.jdbi().withHandle(h -> h.createQuery("SELECT id, actor, at, field, before_value, after_value, comment"
            + " FROM event_audit WHERE report_id = :r AND event_id = :e ORDER BY id")
        .bind("r", reportId).bind("e", eventId)
        .map((rs, ctx) -> new Audit(rs.getLong(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getString(7)))
        .list());
  }

  /**
   * How derivation reads stored events: corrections applied, rejected events left out, and with
   * {@code verifiedOnly} every event a person has not verified left out too.
   */
  public UnaryOperator<StoredEvent> view(boolean verifiedOnly) {
    Map<String, ReviewedEvent> reviewed = new HashMap<>();
    reader.reviewed().forEach(r -> reviewed.put(r.key(), r));
    return se -> {
      ReviewedEvent r = reviewed.get(se.document().id() + "/" + se.event().id());
      if (r == null) {
        return verifiedOnly ? null : se;
      }
      if (r.state() == ReviewState.REJECTED || verifiedOnly && r.state() != ReviewState.VERIFIED) {
        return null;
      }
      return new StoredEvent(se.document(), keepEvidence(r.event(), se.event()));
    };
  }

  /** A corrected place or actor has no span in the text; the rest of the machine's evidence stays. */
  private static Event keepEvidence(Event corrected, Event original) {
    return new Event(corrected.id(), corrected.type(), corrected.attributes(), corrected.modality(), corrected.historical(),
        corrected.date(), corrected.place(), corrected.actor1(), corrected.actor2(), corrected.source(),
        original.evidence(), corrected.ruleId());
  }

  private ReviewedEvent existing(String reportId, String eventId) {
    return reader.one(reportId, eventId)
        .orElseThrow(() -> ApiException.notFound("no event " + eventId + " in report " + reportId));
  }

  private GazetteerEntry place(String value) {
    String v = value == null ? "" : value.strip();
    GazetteerEntry g = gazetteer.byId(v);
    if (g == null && !v.isEmpty()) {
      List<String> ids = new RecordView(store).resolvePlace(v, gazetteer);
      g = ids.stream().map(gazetteer::byId).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }
    if (g == null) {
      throw ApiException.badField("value", "no gazetteer place with id or name \"" + v + "\"");
    }
    return g;
  }

  static String current(Event e, String field) {
    return switch (field) {
      case "type" -> e.type().name();
      case "modality" -> e.modality().code();
      case "date" -> e.date() == null ? null : e.date().value();
      case "place" -> placeText(e.place());
      case "actor1" -> actorName(e.actor1());
      case "actor2" -> actorName(e.actor2());
      default -> null;
    };
  }

  private static String placeText(Place p) {
    return p == null ? null : p.id() + " " + p.name();
  }

  private static String actorName(Actor a) {
    return a == null ? null : a.name();
  }

  private static void ensureRow(Handle h, String reportId, String eventId) {
    h.createUpdate("INSERT INTO event_reviews (report_id, event_id, state, updated_at) VALUES (:r, :e, 'pending', :at)"
            + " ON CONFLICT DO NOTHING")
        .bind("r", reportId).bind("e", eventId).bind("at", now()).execute();
  }

  private static void audit(Handle h, String reportId, String eventId, String actor, String field, String before,
      String after, String comment) {
    h.createUpdate("INSERT INTO event_audit (report_id, event_id, actor, at, field, before_value, after_value, comment)"
            + " VALUES (:r, :e, :actor, :at, :field, :before, :after, :comment)")
        .bind("r", reportId).bind("e", eventId).bind("actor", actor).bind("at", now()).bind("field", field)
        .bind("before", before).bind("after", after)
        .bind("comment", comment == null ? null : comment.length() > 4000 ? comment.substring(0, 4000) : comment)
        .execute();
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }

  static LocalDate dateStart(String v) {
    return switch (v.length()) {
      case 10 -> LocalDate.parse(v);
      case 7 -> YearMonth.parse(v).atDay(1);
      case 4 -> Year.parse(v).atDay(1);
      default -> throw new DateTimeParseException("not an ISO date", v, 0);
    };
  }

  private static <T> T parse(String field, java.util.function.Supplier<T> f, String expected) {
    try {
      return f.get();
    } catch (RuntimeException e) {
      throw ApiException.badField(field, "expected " + expected);
    }
  }

}
