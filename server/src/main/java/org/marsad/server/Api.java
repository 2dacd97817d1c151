package org.marsad.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.marsad.BadInputException;
import org.marsad.ingest.ReportSources;
import org.marsad.ingest.Source;
import org.marsad.json.ExtractionJson;
import org.marsad.model.Extraction;
import org.marsad.store.Ingestor;
import org.marsad.store.StatusIntervalRecord;
import org.marsad.track.Level;

/** The /api/v1 routes: reports, events, review, communities, extraction, exports, alerts. */
final class Api {
  private static final String API = MarsadServer.API;
  private final Record record;
  private final Auth auth;
  private final Subscriptions subscriptions;
  private final ServerConfig config;
  private final EventReader events;
  private final FusedReader fused;
  private final Communities communities;
  private final Exporter exporter;

  Api(Record record, Auth auth, Subscriptions subscriptions, ServerConfig config) {
    this.record = record;
    this.auth = auth;
    this.subscriptions = subscriptions;
    this.config = config;
    this.events = new EventReader(record.store());
    this.fused = new FusedReader(record.store());
    this.communities = new Communities(record.store(), record.gazetteer());
    this.exporter = new Exporter(record);
  }

  void register(RoutesConfig r) {
    r.post(API + "/reports", this::postReports);
    r.get(API + "/reports", this::listReports);
    r.get(API + "/reports/{id}", this::getReport);
    r.get(API + "/events", this::listEvents);
    r.get(API + "/events/{report}/{event}", this::getEvent);
    r.post(API + "/events/{report}/{event}/review", this::review);
    r.post(API + "/events/{report}/{event}/corrections", this::correct);
    r.get(API + "/fused-events", this::listFused);
    r.get(API + "/communities", this::listCommunities);
    r.get(API + "/communities/{place}", this::community);
    r.post(API + "/extract", this::extract);
    r.get(API + "/export", this::export);
    r.get(API + "/alerts", this::listAlerts);
    r.post(API + "/subscriptions", this::subscribe);
    r.get(API + "/subscriptions", this::listSubscriptions);
    r.delete(API + "/subscriptions/{id}", this::unsubscribe);
  }

  // --- reports

  private void postReports(Context ctx) {
    Tokens.Info who = auth.require(ctx, Role.INGEST);
    String type = mediaType(ctx);
    byte[] body = ctx.bodyAsBytes();
    List<Source> sources = new ArrayList<>();
    String name = "api:" + who.name();
    switch (type) {
      case "application/json" -> sources.add(source(name, json(body)));
      case "application/x-ndjson", "application/jsonl", "application/json-lines" -> {
        String[] lines = new String(body, StandardCharsets.UTF_8).split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
          if (!lines[i].isBlank()) {
            JsonNode n;
            try {
              n = Json.MAPPER.readTree(lines[i]);
            } catch (IOException e) {
              throw ApiException.badField("body", "line " + (i + 1) + " is not JSON: " + e.getMessage().lines().findFirst().orElse(""));
            }
            sources.add(source(name + "#" + (i + 1), n));
          }
        }
      }
      case "text/plain", "text/html" -> sources.add(new Source(name, body, Params.date(ctx, "published"),
          ctx.queryParam("outlet"), ctx.queryParam("url"), ctx.queryParam("title"), ctx.queryParam("language")));
      default -> throw unsupported(type, "application/json, application/x-ndjson (JSON Lines) or text/plain");
    }
    if (sources.isEmpty()) {
      throw ApiException.badField("body", "no report in the body");
    }
    Record.IngestResult res = record.store(sources);
    if (res.added() > 0) {
      waitFor(ctx, record.deriveLater());
    }
    ObjectNode o = Json.object();
    o.put("added", res.added());
    o.put("known", res.known());
    o.put("rejected", res.rejected());
    ArrayNode arr = o.putArray("reports");
    for (Ingestor.One one : res.reports()) {
      ObjectNode x = arr.addObject();
      x.put("id", one.reportId());
      x.put("outcome", one.outcome().name().toLowerCase(Locale.ROOT));
      x.put("events", one.events());
      x.put("reason", one.reason());
    }
    ctx.status(res.added() > 0 ? 201 : 200).json(o);
  }

  private static Source source(String name, JsonNode n) {
    if (n == null || !n.isObject()) {
      throw ApiException.badField("body", "expected a JSON object with a \"content\" string");
    }
    if (n.get("content") == null || !n.get("content").isTextual() || n.get("content").asText().isBlank()) {
      throw ApiException.badField("content", "\"content\" must be a non-empty string (the report's text)");
    }
    try {
      return ReportSources.fromJson(name, n);
    } catch (BadInputException e) {
      throw ApiException.badField("published", e.getMessage());
    }
  }

  private void listReports(Context ctx) {
    auth.read(ctx);
    int limit = Params.limit(ctx);
    int offset = Params.offset(ctx);
    String q = ctx.queryParam("q");
    List<String> ids = null;
    if (q != null && !q.isBlank()) {
      try {
        ids = record.store().search(q, Params.SEARCH_CAP).stream().map(org.marsad.store.SearchHit::reportId).toList();
      } catch (BadInputException e) {
        throw ApiException.badField("q", e.getMessage());
      }
    }
    List<String> filter = ids;
    String where = filter == null ? "" : " WHERE r.id IN (<ids>)";
    ObjectNode o = Json.object();
    if (filter != null && filter.isEmpty()) {
      page(o, List.of(), 0, offset, limit);
    } else {
      long total = record.store().jdbi().withHandle(h -> {
        var query = h.createQuery("SELECT COUNT(*) FROM reports r" + where);
        if (filter != null) {
          query.bindList("ids", filter);
        }
        return query.mapTo(Long.class).one();
      });
      List<ObjectNode> items = record.store().jdbi().withHandle(h -> {
        var query = h.createQuery("SELECT r.id, r.language, r.published, r.outlet, r.url, r.title, r.source_name,"
            + " (SELECT COUNT(*) FROM events e WHERE e.report_id = r.id) AS n FROM reports r" + where
            + " ORDER BY r.published, r.id LIMIT :limit OFFSET :offset");
        if (filter != null) {
          query.bindList("ids", filter);
        }
        return query.bind("limit", limit).bind("offset", offset).map((rs, c) -> {
          ObjectNode x = EventJson.report(new org.marsad.model.DocumentMeta(rs.getString(1), rs.getString(2),
              rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5), rs.getString(6)));
          x.put("events", rs.getInt(8));
          return x;
        }).list();
      });
      page(o, items, total, offset, limit);
    }
    ctx.json(o);
  }

  private void getReport(Context ctx) {
    auth.read(ctx);
    String id = ctx.pathParam("id");
    Extraction x = record.store().extraction(id).orElseThrow(() -> ApiException.notFound("no report with id " + id));
    ObjectNode o = Json.object();
    o.set("report", EventJson.report(x.document()));
    o.put("text", x.text());
    o.set("extraction", ExtractionJson.toTree(x));
    ArrayNode arr = o.putArray("events");
    for (ReviewedEvent e : events.page(EventFilter.none().withReport(id), 0, Integer.MAX_VALUE)) {
      arr.add(EventJson.of(e, null));
    }
    ctx.json(o);
  }

  // --- events and review

  private void listEvents(Context ctx) {
    auth.read(ctx);
    EventFilter f = Params.filter(ctx, record.store(), record.gazetteer());
    String report = ctx.queryParam("report");
    if (report != null && !report.isBlank()) {
      f = f.withReport(report.strip());
    }
    int limit = Params.limit(ctx);
    int offset = Params.offset(ctx);
    List<ObjectNode> items = events.page(f, offset, limit).stream().map(e -> EventJson.of(e, null)).toList();
    ObjectNode o = Json.object();
    page(o, items, events.count(f), offset, limit);
    ctx.json(o);
  }

  private void getEvent(Context ctx) {
    auth.read(ctx);
    String r = ctx.pathParam("report");
    String e = ctx.pathParam("event");
    ReviewedEvent ev = events.one(r, e).orElseThrow(() -> ApiException.notFound("no event " + e + " in report " + r));
    ctx.json(EventJson.of(ev, record.reviews().audit(r, e)));
  }

  private void review(Context ctx) {
    Tokens.Info who = auth.require(ctx, Role.REVIEWER);
    JsonNode body = jsonBody(ctx);
    ReviewState state;
    try {
      state = ReviewState.of(text(body, "state"));
    } catch (RuntimeException ex) {
      throw ApiException.badField("state", "\"state\" must be pending, verified or rejected");
    }
    String r = ctx.pathParam("report");
    String e = ctx.pathParam("event");
    record.reviews().setState(r, e, state, who.name(), body.path("comment").asText(null));
    waitFor(ctx, record.reviewed(false));
    ctx.json(EventJson.of(events.one(r, e).orElseThrow(), record.reviews().audit(r, e)));
  }

  private void correct(Context ctx) {
    Tokens.Info who = auth.require(ctx, Role.REVIEWER);
    JsonNode body = jsonBody(ctx);
    String field = text(body, "field");
    if (field == null) {
      throw ApiException.badField("field", "\"field\" is required: one of " + Reviews.FIELDS);
    }
    JsonNode v = body.get("value");
    if (v == null || !(v.isTextual() || v.isNull())) {
      throw ApiException.badField("value", "\"value\" must be a string (the corrected value)");
    }
    String r = ctx.pathParam("report");
    String e = ctx.pathParam("event");
    record.reviews().correct(r, e, field, v.isNull() ? "" : v.asText(), who.name(), body.path("comment").asText(null));
    waitFor(ctx, record.reviewed("place".equals(field)));
    ctx.json(EventJson.of(events.one(r, e).orElseThrow(), record.reviews().audit(r, e)));
  }

  private void listFused(Context ctx) {
    auth.read(ctx);
    EventFilter f = Params.filter(ctx, record.store(), record.gazetteer());
    int limit = Params.limit(ctx);
    int offset = Params.offset(ctx);
    ObjectNode o = Json.object();
    page(o, fused.page(f, offset, limit), fused.count(f), offset, limit);
    ctx.json(o);
  }

  // --- communities

  private void listCommunities(Context ctx) {
    auth.read(ctx);
    boolean verified = Params.verifiedOnly(ctx, config.verifiedByDefault());
    LocalDate asked = Params.date(ctx, "as_of");
    LocalDate asOf = asked != null ? asked : record.asOf();
    Level level = Params.opt(ctx, "level", s -> Level.valueOf(s.toUpperCase(Locale.ROOT)),
        "NONE, WATCH, PARTIAL_SIEGE, FULL_SIEGE or LIFTED");
    String admin1 = ctx.queryParam("admin1");
    List<ObjectNode> items = communities.list(record.intervals(verified, null), asOf, level,
        admin1 == null || admin1.isBlank() ? null : admin1.strip());
    ObjectNode o = Json.object();
    o.put("basis", verified ? "verified" : "all");
    o.put("as_of", asOf == null ? null : asOf.toString());
    o.set("items", Json.MAPPER.valueToTree(items));
    ctx.json(o);
  }

  private void community(Context ctx) {
    auth.read(ctx);
    boolean verified = Params.verifiedOnly(ctx, config.verifiedByDefault());
    String q = ctx.pathParam("place");
    List<String> ids = new org.marsad.store.RecordView(record.store()).resolvePlace(q, record.gazetteer());
    if (ids.isEmpty()) {
      throw ApiException.notFound("no place with id or name \"" + q + "\"");
    }
    List<StatusIntervalRecord> tl = record.intervals(verified, ids.get(0));
    ObjectNode o = communities.timeline(ids.get(0), tl, record.asOf());
    if (o.get("community").isNull() && tl.isEmpty() && record.gazetteer().byId(ids.get(0)) == null) {
      throw ApiException.notFound("no place with id or name \"" + q + "\"");
    }
    o.put("basis", verified ? "verified" : "all");
    ctx.json(o);
  }

  // --- stateless extraction

  private void extract(Context ctx) {
    auth.read(ctx);
    String type = mediaType(ctx);
    byte[] body = ctx.bodyAsBytes();
    Source s;
    switch (type) {
      case "application/json" -> {
        JsonNode n = json(body);
        if (n.isObject() && !n.has("content") && n.has("text")) {
          ((ObjectNode) n).set("content", n.get("text"));
        }
        s = source("extract", n);
      }
      case "text/plain", "text/html" -> s = new Source("extract", body, Params.date(ctx, "published"),
          ctx.queryParam("outlet"), ctx.queryParam("url"), ctx.queryParam("title"), ctx.queryParam("language"));
      default -> throw unsupported(type, "application/json or text/plain");
    }
    try {
      ctx.json(ExtractionJson.toTree(record.pipeline().extract(record.pipeline().read(s))));
    } catch (BadInputException e) {
      throw ApiException.badField("content", e.getMessage());
    }
  }

  // --- exports

  private void export(Context ctx) throws IOException {
    auth.read(ctx);
    String fmt = ctx.queryParam("format");
    if (fmt == null || fmt.isBlank()) {
      throw ApiException.badField("format", "\"format\" is required: acled-csv, hxl-csv, geojson or jsonl");
    }
    ExportFormat format = Params.opt(ctx, "format", ExportFormat::of, "acled-csv, hxl-csv, geojson or jsonl");
    EventFilter f = Params.filter(ctx, record.store(), record.gazetteer());
    boolean bom = "true".equals(ctx.queryParam("bom"));
    String layer = ctx.queryParam("layer");
    boolean comm = "communities".equals(layer);
    if (layer != null && !comm && !"events".equals(layer)) {
      throw ApiException.badField("layer", "\"layer\" must be events or communities");
    }
    if (comm && format != ExportFormat.GEOJSON) {
      throw ApiException.badField("layer", "layer=communities is a GeoJSON export");
    }
    boolean verified = Params.verifiedOnly(ctx, config.verifiedByDefault());
    ctx.contentType(format.mediaType());
    ctx.header("Content-Disposition", "attachment; filename=\"marsad-" + (comm ? "communities" : "events") + "."
        + format.extension() + "\"");
    exporter.write(format, f, bom, comm, verified, ctx.outputStream());
  }

  // --- alerts

  private void listAlerts(Context ctx) {
    auth.read(ctx);
    int limit = Params.limit(ctx);
    ObjectNode o = Json.object();
    o.set("items", Json.MAPPER.valueToTree(record.alerts().list(limit)));
    ctx.json(o);
  }

  private void subscribe(Context ctx) {
    auth.require(ctx, Role.ADMIN);
    JsonNode body = jsonBody(ctx);
    String url = text(body, "url");
    if (url == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
      throw ApiException.badField("url", "\"url\" must be an http:// or https:// address");
    }
    try {
      java.net.URI.create(url);
    } catch (IllegalArgumentException e) {
      throw ApiException.badField("url", "\"url\" is not a valid address: " + e.getMessage());
    }
    Subscriptions.Filter f;
    try {
      f = new Subscriptions.Filter(strings(body, "places"), strings(body, "admin1"), strings(body, "levels"));
    } catch (IllegalArgumentException e) {
      throw ApiException.badField("levels", "levels must be among WATCH, PARTIAL_SIEGE, FULL_SIEGE, LIFTED");
    }
    Subscriptions.Subscription s = subscriptions.create(url, text(body, "secret"), f);
    ctx.status(201).json(subscriptionJson(s, true));
  }

  private void listSubscriptions(Context ctx) {
    auth.require(ctx, Role.ADMIN);
    ObjectNode o = Json.object();
    ArrayNode arr = o.putArray("items");
    subscriptions.active().forEach(s -> arr.add(subscriptionJson(s, false)));
    ctx.json(o);
  }

  private void unsubscribe(Context ctx) {
    auth.require(ctx, Role.ADMIN);
    long id = ctx.pathParamAsClass("id", Long.class).getOrThrow(m -> ApiException.badField("id", "\"id\" must be a number"));
    if (!subscriptions.deactivate(id)) {
      throw ApiException.notFound("no active subscription " + id);
    }
    ctx.status(204);
  }

  private static ObjectNode subscriptionJson(Subscriptions.Subscription s, boolean withSecret) {
    ObjectNode o = Json.object();
    o.put("id", s.id());
    o.put("url", s.url());
    if (withSecret) {
      o.put("secret", s.secret());
    }
    o.set("places", Json.MAPPER.valueToTree(s.filter().places()));
    o.set("admin1", Json.MAPPER.valueToTree(s.filter().admin1()));
    o.set("levels", Json.MAPPER.valueToTree(s.filter().levels()));
    o.put("created", s.created().toString());
    return o;
  }

  /** The SSE stream's filter from its query (place, admin1, level; each may repeat). */
  static Subscriptions.Filter subscriptionFilter(Context ctx) {
    try {
      return new Subscriptions.Filter(ctx.queryParams("place"), ctx.queryParams("admin1"), ctx.queryParams("level"));
    } catch (IllegalArgumentException e) {
      throw ApiException.badField("level", "level must be among WATCH, PARTIAL_SIEGE, FULL_SIEGE, LIFTED");
    }
  }

  // --- helpers

  /**
   * Fused events and status are re-derived in the background; {@code wait=true} makes the request
   * return only once the derived data reflects it.
   */
  private static void waitFor(Context ctx, java.util.concurrent.Future<?> derivation) {
    ctx.header("X-Marsad-Derivation", "scheduled");
    if ("true".equals(ctx.queryParam("wait"))) {
      try {
        derivation.get();
        ctx.header("X-Marsad-Derivation", "done");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ApiException(503, "interrupted", "the server is stopping");
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException("derivation failed: " + e.getCause(), e.getCause());
      }
    }
  }

  private static void page(ObjectNode o, List<ObjectNode> items, long total, int offset, int limit) {
    o.set("items", Json.MAPPER.valueToTree(items));
    o.put("offset", offset);
    o.put("limit", limit);
    o.put("total", total);
    if (offset + items.size() < total) {
      o.put("next_offset", offset + items.size());
    } else {
      o.putNull("next_offset");
    }
  }

  private static String mediaType(Context ctx) {
    String ct = ctx.contentType();
    if (ct == null || ct.isBlank()) {
      throw new ApiException(415, "unsupported media type", "send a Content-Type header");
    }
    return ct.split(";")[0].strip().toLowerCase(Locale.ROOT);
  }

  private static ApiException unsupported(String type, String expected) {
    return new ApiException(415, "unsupported media type", "got " + type + "; expected " + expected);
  }

  private static JsonNode jsonBody(Context ctx) {
    String type = mediaType(ctx);
    if (!type.equals("application/json")) {
      throw unsupported(type, "application/json");
    }
    JsonNode n = json(ctx.bodyAsBytes());
    if (!n.isObject()) {
      throw ApiException.badField("body", "expected a JSON object");
    }
    return n;
  }

  private static JsonNode json(byte[] body) {
    try {
      JsonNode n = Json.MAPPER.readTree(body);
      if (n == null || n.isMissingNode()) {
        throw ApiException.badField("body", "the body is empty");
      }
      return n;
    } catch (IOException e) {
      throw ApiException.badField("body", "not JSON: " + e.getMessage().lines().findFirst().orElse(""));
    }
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw ApiException.badField(field, "\"" + field + "\" must be a string");
    }
    return v.asText();
  }

  private static List<String> strings(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return List.of();
    }
    if (!v.isArray()) {
      throw ApiException.badField(field, "\"" + field + "\" must be a list of strings");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode x : v) {
      if (!x.isTextual()) {
        throw ApiException.badField(field, "\"" + field + "\" must be a list of strings");
      }
      out.add(x.asText());
    }
    return out;
  }
}
