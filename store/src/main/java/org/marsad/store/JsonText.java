package org.marsad.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.marsad.model.Paragraph;
import org.marsad.model.Span;

/** The JSON kept in text columns: spans, paragraphs, attribute maps, string lists. */
final class JsonText {
  // Sorted keys so that equal values are equal strings (digests, idempotence checks).
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
  private static final TypeReference<List<Map<String, Object>>> OBJECTS = new TypeReference<>() {};
  private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  private JsonText() {}

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value instanceof Map<?, ?> m ? new TreeMap<>(m) : value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write as JSON: " + value, e);
    }
  }

  static String spans(List<Span> spans) {
    List<Map<String, Integer>> out = new ArrayList<>(spans.size());
    for (Span s : spans) {
      out.add(Map.of("start", s.start(), "end", s.end()));
    }
    return write(out);
  }

  static String span(Span s) {
    return s == null ? null : spans(List.of(s));
  }

  static List<Span> readSpans(String json) {
    if (json == null) {
      return List.of();
    }
    List<Span> out = new ArrayList<>();
    for (Map<String, Object> o : read(json, OBJECTS)) {
      out.add(new Span(((Number) o.get("start")).intValue(), ((Number) o.get("end")).intValue()));
    }
    return out;
  }

  static Span readSpan(String json) {
    List<Span> s = readSpans(json);
    return s.isEmpty() ? null : s.get(0);
  }

  static String paragraphs(List<Paragraph> ps) {
    List<Map<String, Object>> out = new ArrayList<>(ps.size());
    for (Paragraph p : ps) {
      Map<String, Object> o = new TreeMap<>();
      o.put("index", p.index());
      o.put("start", p.start());
      o.put("end", p.end());
      o.put("duplicate_of", p.duplicateOf());
      out.add(o);
    }
    return write(out);
  }

  static List<Paragraph> readParagraphs(String json) {
    List<Paragraph> out = new ArrayList<>();
    for (Map<String, Object> o : read(json, OBJECTS)) {
      Object dup = o.get("duplicate_of");
      out.add(new Paragraph(
          ((Number) o.get("index")).intValue(),
          ((Number) o.get("start")).intValue(),
          ((Number) o.get("end")).intValue(),
          dup == null ? null : ((Number) dup).intValue()));
    }
    return out;
  }

  static Map<String, Object> readObject(String json) {
    return json == null ? Map.of() : read(json, OBJECT);
  }

  static List<String> readStrings(String json) {
    return json == null ? List.of() : read(json, STRINGS);
  }

  private static <T> T read(String json, TypeReference<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored JSON is unreadable: " + json, e);
    }
  }
}
