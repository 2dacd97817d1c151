package org.marsad.server;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.marsad.model.Span;

/** Reads the JSON the store keeps in text columns (spans, attributes). */
final class StoredJson {
  private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};

  private StoredJson() {}

  /** A span list {@code [{"start","end"}]} or one span object; empty for null. */
  static List<Span> spans(String json) {
    List<Span> out = new ArrayList<>();
    if (json == null || json.isBlank() || json.equals("null")) {
      return out;
    }
    JsonNode n = tree(json);
    if (n.isArray()) {
      n.forEach(s -> out.add(new Span(s.get("start").asInt(), s.get("end").asInt())));
    } else if (n.isObject() && n.has("start")) {
      out.add(new Span(n.get("start").asInt(), n.get("end").asInt()));
    }
    return out;
  }

  static Map<String, Object> object(String json) {
    try {
      return json == null ? Map.of() : Json.MAPPER.readValue(json, OBJECT);
    } catch (IOException e) {
      throw new IllegalStateException("stored JSON is unreadable: " + e.getMessage(), e);
    }
  }

  static JsonNode tree(String json) {
    try {
      return Json.MAPPER.readTree(json);
    } catch (IOException e) {
      throw new IllegalStateException("stored JSON is unreadable: " + e.getMessage(), e);
    }
  }
}
