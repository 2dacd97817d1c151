package org.marsad.store;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.marsad.fuse.ReportEvent;
import org.marsad.model.Actor;
import org.marsad.model.DocumentMeta;
import org.marsad.model.Event;
import org.marsad.model.EventDate;
import org.marsad.model.Extraction;
import org.marsad.model.Place;

/**
 * Writes one batch of inputs inside the caller's transaction: reports (skipping ids already
 * stored) and their narrow copies ({@code report_fields}), their events, places and actors, MinHash signatures and band keys, the pending-derivation
 * marks, the places' event counts ({@link EventPlaces}), and rejects. All rows of a kind go in one
 * JDBC batch, which is what makes group commit fast.
 */
final class RecordWriter {
  private RecordWriter() {}

  static boolean[] write(Handle h, List<? extends Store.Input> inputs) {
    boolean[] added = new boolean[inputs.size()];
    Set<String> known = new HashSet<>();
    List<String> ids = inputs.stream().filter(i -> i instanceof Store.Accepted)
        .map(i -> ((Store.Accepted) i).extraction().document().id()).distinct().toList();
    for (int i = 0; i < ids.size(); i += 500) {
      known.addAll(h.createQuery("SELECT id FROM reports WHERE id IN (<ids>)")
          .bindList("ids", ids.subList(i, Math.min(ids.size(), i + 500))).mapTo(String.class).list());
    }
    PreparedBatch reports = h.prepareBatch("INSERT INTO reports (id, source_name, outlet, url, title, published, language,"
        + " ingested_at, raw_text, paragraphs, diagnostics) VALUES (:id, :source, :outlet, :url, :title,"
        + " :published, :language, :at, :text, :paragraphs, :diagnostics)");
    PreparedBatch fields = h.prepareBatch("INSERT INTO report_fields (report_id, outlet, url, title, published, language,"
        + " syndication_group) VALUES (:id, :outlet, :url, :title, :published, :language, :id)");
    PreparedBatch places = h.prepareBatch("INSERT INTO places (id, name, name_ar, country, admin1, admin2, lat, lon)"
        + " VALUES (:id, :name, :nameAr, :country, :admin1, :admin2, :lat, :lon) ON CONFLICT DO NOTHING");
    PreparedBatch actors = h.prepareBatch("INSERT INTO actors (name, kind) VALUES (:name, :kind) ON CONFLICT DO NOTHING");
    PreparedBatch events = h.prepareBatch("INSERT INTO events (report_id, event_id, ordinal, type, attributes, modality,"
        + " historical, date_value, date_kind, date_precision, date_start, date_evidence, place_id, place_name,"
        + " place_lat, place_lon, place_precision, place_evidence, actor1_name, actor1_kind, actor1_evidence,"
        + " actor2_name, actor2_kind, actor2_evidence, source, evidence, rule_id, evidence_text) VALUES (:report, :id,"
        + " :ordinal, :type, :attributes, :modality, :historical, :dateValue, :dateKind, :datePrecision, :dateStart,"
        + " :dateEvidence, :placeId, :placeName, :lat, :lon, :placePrecision, :placeEvidence, :a1, :a1kind,"
        + " :a1evidence, :a2, :a2kind, :a2evidence, :source, :evidence, :rule, :evidenceText)");
    PreparedBatch signatures = h.prepareBatch("INSERT INTO report_signatures (report_id, signature, syndication_group)"
        + " VALUES (:id, :signature, :id)");
    PreparedBatch bands = h.prepareBatch("INSERT INTO report_band_sets (report_id, bands) VALUES (:id, :bands)");
    PreparedBatch pending = h.prepareBatch("INSERT INTO derive_pending (report_id) VALUES (:id)");
    PreparedBatch clearRejects = h.prepareBatch("DELETE FROM rejects WHERE source_key = :k");
    PreparedBatch rejects = h.prepareBatch("INSERT INTO rejects (source_key, source_name, reason, rejected_at)"
        + " VALUES (:k, :name, :reason, :at)");
    EventPlaces.Batch eventPlaces = new EventPlaces.Batch();
    Set<String> seenPlaces = new HashSet<>();
    Set<String> seenActors = new HashSet<>();
    Map<String, Store.Refused> lastRefusal = new LinkedHashMap<>();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    for (int i = 0; i < inputs.size(); i++) {
      Store.Input in = inputs.get(i);
      String key = Store.sourceKey(in.sourceName());
      // One rejects row per input, the latest refusal's; an input read successfully has none.
      if (in instanceof Store.Refused r) {
        lastRefusal.put(key, r);
        continue;
      }
      lastRefusal.put(key, null);
      Store.Accepted a = (Store.Accepted) in;
      Extraction x = a.extraction();
      DocumentMeta m = x.document();
      if (!known.add(m.id())) {
        continue;
      }
      added[i] = true;
      reports.bind("id", m.id()).bind("source", a.sourceName()).bind("outlet", Store.clip(m.outlet(), 1000))
          .bind("url", m.url()).bind("title", m.title()).bind("published", m.published())
          .bind("language", Store.clip(m.language(), 16)).bind("at", now).bind("text", x.text())
          .bind("paragraphs", JsonText.paragraphs(x.paragraphs())).bind("diagnostics", JsonText.write(x.diagnostics()))
          .add();
      fields.bind("id", m.id()).bind("outlet", Store.clip(m.outlet(), 1000)).bind("url", m.url()).bind("title", m.title())
          .bind("published", m.published()).bind("language", Store.clip(m.language(), 16)).add();
      long[] sig = a.signature() != null ? a.signature() : Signatures.DUPLICATES.signature(x.text());
      signatures.bind("id", m.id()).bind("signature", Signatures.encode(sig)).add();
      if (Signatures.matchable(sig)) {
        bands.bind("id", m.id()).bind("bands", Signatures.encode(Signatures.bands(sig))).add();
      }
      pending.bind("id", m.id()).add();
      addEvents(events, places, actors, seenPlaces, seenActors, eventPlaces, m.id(), x);
    }
    lastRefusal.forEach((key, r) -> {
      clearRejects.bind("k", key).add();
      if (r != null) {
        rejects.bind("k", key).bind("name", r.sourceName()).bind("reason", Store.clip(r.reason(), 4000))
            .bind("at", now).add();
      }
    });
    // Parents first: events refer to reports, places and actors.
    for (PreparedBatch b : List.of(clearRejects, rejects, reports, fields, places, actors, events, signatures, bands, pending)) {
      if (b.size() > 0) {
        b.execute();
      }
    }
    eventPlaces.write(h);
    return added;
  }

  private static void addEvents(PreparedBatch rows, PreparedBatch places, PreparedBatch actors, Set<String> seenPlaces,
      Set<String> seenActors, EventPlaces.Batch eventPlaces, String reportId, Extraction x) {
    List<Event> events = x.events();
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      Place p = e.place();
      if (p != null && (p.id() != null || p.name() != null)) {
        eventPlaces.add(p);
      }
      if (p != null && p.id() != null && seenPlaces.add(p.id())) {
        places.bind("id", p.id()).bind("name", Store.clip(p.name(), 500)).bind("nameAr", Store.clip(p.nameAr(), 500))
            .bind("country", Store.clip(p.country(), 16)).bind("admin1", Store.clip(p.admin1(), 500))
            .bind("admin2", Store.clip(p.admin2(), 500)).bind("lat", p.lat()).bind("lon", p.lon()).add();
      }
      for (Actor a : new Actor[] {e.actor1(), e.actor2()}) {
        if (a != null && a.name() != null && seenActors.add(a.name())) {
          actors.bind("name", Store.clip(a.name(), 500)).bind("kind", Store.clip(a.kind(), 200)).add();
        }
      }
      EventDate d = e.date();
      rows.bind("report", reportId).bind("id", e.id()).bind("ordinal", i).bind("type", e.type().name())
          .bind("attributes", JsonText.write(e.attributes()))
          .bind("modality", e.modality().code())
          .bind("historical", e.historical())
          .bind("dateValue", d == null ? null : d.value())
          .bind("dateKind", d == null ? null : d.kind())
          .bind("datePrecision", d == null ? null : (Integer) d.timePrecision())
          .bind("dateStart", d == null ? null : Store.dateStart(d.value()))
          .bind("dateEvidence", d == null ? null : JsonText.spans(d.evidence()))
          .bind("placeId", p == null ? null : p.id())
          .bind("placeName", p == null ? null : Store.clip(p.name(), 500))
          .bind("lat", p == null ? null : (Double) p.lat())
          .bind("lon", p == null ? null : (Double) p.lon())
          .bind("placePrecision", p == null ? null : (Integer) p.geoPrecision())
          .bind("placeEvidence", p == null ? null : JsonText.span(p.evidence()));
      bindActor(rows, "a1", e.actor1());
      bindActor(rows, "a2", e.actor2());
      rows.bind("source", e.source()).bind("evidence", JsonText.spans(e.evidence())).bind("rule", e.ruleId())
          .bind("evidenceText", ReportEvent.evidenceText(e, x.text())).add();
    }
  }

  private static void bindActor(PreparedBatch b, String prefix, Actor a) {
    b.bind(prefix, a == null ? null : Store.clip(a.name(), 500))
        .bind(prefix + "kind", a == null ? null : Store.clip(a.kind(), 200))
        .bind(prefix + "evidence", a == null ? null : JsonText.span(a.evidence()));
  }
}
