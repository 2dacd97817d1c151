package org.marsad.flink;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.marsad.model.Actor;
import org.marsad.model.Event;
import org.marsad.model.EventDate;
import org.marsad.model.EventType;
import org.marsad.model.Modality;
import org.marsad.model.Place;
import org.marsad.model.Span;
import org.marsad.fuse.ReportEvent;

/**
 * One report's event as a self-contained JSON string, so that Flink state holds plain strings (the
 * model records are neither POJOs nor Serializable): {@code {"report", "outlet", "published",
 * "event"}}, where {@code event} is the event object of the output contract (CODEBOOK.md), read
 * back here into a {@link ReportEvent} for fusion and status tracking.
 */
final class ReportEventJson {
  static final ObjectMapper JSON = new ObjectMapper();

  /** The event object's keys that are not type attributes (ExtractionJson writes these). */
  private static final Set<String> FIXED = Set.of(
      "id", "type", "modality", "historical", "date", "place", "actor1", "actor2", "source", "evidence", "ruleId");

  private ReportEventJson() {}

  /** (place id or null, report event JSON) for every event of an extraction line. */
  static List<Map.Entry<String, String>> all(String extractionLine) throws JsonProcessingException {
    JsonNode x = JSON.readTree(extractionLine);
    JsonNode doc = x.path("document");
    List<Map.Entry<String, String>> out = new ArrayList<>();
    for (JsonNode e : x.path("events")) {
      ObjectNode o = JSON.createObjectNode();
      o.put("report", text(doc, "id"));
      o.put("outlet", text(doc, "outlet"));
      o.put("published", text(doc, "published"));
      o.set("event", e);
      out.add(new java.util.AbstractMap.SimpleEntry<>(text(e.path("place"), "id"), o.toString()));
    }
    return out;
  }

  /** (place id, report event JSON) for every event of an extraction line that has a place. */
  static List<Map.Entry<String, String>> byPlace(String extractionLine) throws JsonProcessingException {
    JsonNode x = JSON.readTree(extractionLine);
    JsonNode doc = x.path("document");
    List<Map.Entry<String, String>> out = new ArrayList<>();
    for (JsonNode e : x.path("events")) {
      String placeId = text(e.path("place"), "id");
      if (placeId == null) {
        continue;
      }
      ObjectNode o = JSON.createObjectNode();
      o.put("report", text(doc, "id"));
      o.put("outlet", text(doc, "outlet"));
      o.put("published", text(doc, "published"));
      o.set("event", e);
      out.add(Map.entry(placeId, o.toString()));
    }
    return out;
  }

  static ReportEvent read(String json) throws JsonProcessingException {
    JsonNode o = JSON.readTree(json);
    JsonNode e = o.path("event");
    List<Span> evidence = new ArrayList<>();
    List<JsonNode> evidenceNodes = new ArrayList<>();
    e.path("evidence").forEach(evidenceNodes::add);
    evidenceNodes.sort(Comparator.comparingInt((JsonNode s) -> s.path("start").asInt()).thenComparingInt(s -> s.path("end").asInt()));
    for (JsonNode s : evidenceNodes) {
      evidence.add(span(s));
    }
    // As ReportEvent.of joins them: the evidence as written, in text order.
    String evidenceText = evidenceNodes.stream().map(s -> s.path("text").asText()).collect(Collectors.joining(" … "));
    Map<String, Object> attributes = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> f : e.properties()) {
      if (!FIXED.contains(f.getKey()) && !f.getValue().isNull()) {
        attributes.put(f.getKey(), JSON.treeToValue(f.getValue(), Object.class));
      }
    }
    Event event = new Event(
        text(e, "id"),
        EventType.valueOf(e.path("type").asText()),
        attributes,
        Modality.of(e.path("modality").asText("asserted")),
        e.path("historical").asBoolean(false),
        date(e.path("date")),
        place(e.path("place")),
        actor(e.path("actor1")),
        actor(e.path("actor2")),
        text(e, "source"),
        evidence,
        text(e, "ruleId"));
    String published = text(o, "published");
    return new ReportEvent(text(o, "report"), text(o, "outlet"),
        published == null ? null : LocalDate.parse(published), event, null,
        evidenceText.isEmpty() ? null : evidenceText);
  }

  private static EventDate date(JsonNode d) {
    if (!d.isObject()) {
      return null;
    }
    List<Span> ev = new ArrayList<>();
    d.path("evidence").forEach(s -> ev.add(span(s)));
    return new EventDate(text(d, "value"), text(d, "kind"), d.path("time_precision").asInt(), ev);
  }

  private static Place place(JsonNode p) {
    if (!p.isObject()) {
      return null;
    }
    return new Place(text(p, "id"), text(p, "name"), text(p, "name_ar"), text(p, "country"), text(p, "admin1"),
        text(p, "admin2"), p.path("lat").asDouble(), p.path("lon").asDouble(), p.path("geo_precision").asInt(),
        firstSpan(p));
  }

  private static Actor actor(JsonNode a) {
    return a.isObject() ? new Actor(text(a, "name"), text(a, "kind"), firstSpan(a)) : null;
  }

  private static Span firstSpan(JsonNode n) {
    JsonNode ev = n.path("evidence");
    return ev.isArray() && ev.size() > 0 ? span(ev.get(0)) : null;
  }

  private static Span span(JsonNode s) {
    return new Span(s.path("start").asInt(), s.path("end").asInt());
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
