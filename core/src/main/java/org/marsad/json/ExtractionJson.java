package org.marsad.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.marsad.model.Actor;
import org.marsad.model.Event;
import org.marsad.model.EventDate;
import org.marsad.model.Extraction;
import org.marsad.model.Paragraph;
import org.marsad.model.Place;
import org.marsad.model.Span;

/** The codebook's JSON output contract (CODEBOOK.md, "Output contract"). */
public final class ExtractionJson {
  public static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ExtractionJson() {}

  public static ObjectNode toTree(Extraction x) {
    ObjectNode root = MAPPER.createObjectNode();
    ObjectNode doc = root.putObject("document");
    doc.put("id", x.document().id());
    doc.put("language", x.document().language());
    doc.put("published", x.document().published() == null ? null : x.document().published().toString());
    doc.put("outlet", x.document().outlet());
    if (x.document().url() != null) {
      doc.put("url", x.document().url());
    }
    if (x.document().title() != null) {
      doc.put("title", x.document().title());
    }
    ArrayNode paras = root.putArray("paragraphs");
    for (Paragraph p : x.paragraphs()) {
      ObjectNode o = paras.addObject();
      o.put("index", p.index());
      o.put("start", p.start());
      o.put("end", p.end());
      if (p.duplicateOf() == null) {
        o.putNull("duplicate_of");
      } else {
        o.put("duplicate_of", p.duplicateOf());
      }
    }
    ArrayNode events = root.putArray("events");
    for (Event e : x.events()) {
      events.add(event(e, x.text()));
    }
    if (!x.diagnostics().isEmpty()) {
      ArrayNode d = root.putArray("diagnostics");
      x.diagnostics().forEach(d::add);
    }
    return root;
  }

  public static ObjectNode event(Event e, String text) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", e.id());
    o.put("type", e.type().name());
    for (Map.Entry<String, Object> a : new TreeMap<>(e.attributes()).entrySet()) {
      o.set(a.getKey(), MAPPER.valueToTree(a.getValue()));
    }
    o.put("modality", e.modality().code());
    o.put("historical", e.historical());
    o.set("date", date(e.date(), text));
    o.set("place", place(e.place(), text));
    o.set("actor1", actor(e.actor1(), text));
    o.set("actor2", actor(e.actor2(), text));
    o.put("source", e.source());
    o.set("evidence", spans(e.evidence(), text));
    o.put("ruleId", e.ruleId());
    return o;
  }

  private static ObjectNode date(EventDate d, String text) {
    if (d == null) {
      return null;
    }
    ObjectNode o = MAPPER.createObjectNode();
    o.put("value", d.value());
    o.put("kind", d.kind());
    o.put("time_precision", d.timePrecision());
    o.set("evidence", spans(d.evidence(), text));
    return o;
  }

  private static ObjectNode place(Place p, String text) {
    if (p == null) {
      return null;
    }
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", p.id());
    o.put("name", p.name());
    o.put("name_ar", p.nameAr());
    o.put("country", p.country());
    o.put("admin1", p.admin1());
    o.put("admin2", p.admin2());
    o.put("lat", p.lat());
    o.put("lon", p.lon());
    o.put("geo_precision", p.geoPrecision());
    if (p.evidence() != null) {
      o.set("evidence", spans(List.of(p.evidence()), text));
    }
    return o;
  }

  private static ObjectNode actor(Actor a, String text) {
    if (a == null) {
      return null;
    }
    ObjectNode o = MAPPER.createObjectNode();
    o.put("name", a.name());
    o.put("kind", a.kind());
    if (a.evidence() != null) {
      o.set("evidence", spans(List.of(a.evidence()), text));
    }
    return o;
  }

  private static ArrayNode spans(List<Span> spans, String text) {
    ArrayNode arr = MAPPER.createArrayNode();
    for (Span s : spans) {
      ObjectNode o = arr.addObject();
      o.put("start", s.start());
      o.put("end", s.end());
      o.put("text", s.of(text));
    }
    return arr;
  }

  /** One line of JSON (for JSON Lines). */
  public static String line(Extraction x) {
    try {
      return MAPPER.writeValueAsString(toTree(x));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise extraction of " + x.document().id(), e);
    }
  }

  /** Indented JSON, for one report on a terminal. */
  public static String pretty(Extraction x) {
    try {
      return PRETTY.writeValueAsString(toTree(x));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise extraction of " + x.document().id(), e);
    }
  }
}
