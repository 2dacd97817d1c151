package org.marsad.eval.gold;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.marsad.BadInputException;
import org.marsad.model.EventType;

/**
 * Reads gold files. The tree is mapped by hand rather than bound to the records, so that a missing
 * or mistyped field is reported with the file and event it is in, and every field the scorer does
 * not use is still kept (in {@link GoldEvent#attributes()}).
 */
public final class GoldFiles {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> EVENT_FIELDS = Set.of(
      "id", "type", "optional", "date", "date_kind", "place", "actor1", "actor2", "modality", "historical", "evidence");
  private static final Set<String> STATUS_FIELDS = Set.of("place", "from", "level");

  private GoldFiles() {}

  /** Reads {@code path} as UTF-8 JSON. */
  public static GoldDocument load(Path path) {
    try {
      return parse(path.toString(), new String(Files.readAllBytes(path), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gold file " + path, e);
    }
  }

  /** Parses gold JSON; {@code name} names the input in error messages. */
  public static GoldDocument parse(String name, String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new BadInputException(name + ": not JSON (" + e.getOriginalMessage() + ")", e);
    }
    if (root == null || !root.isObject()) {
      throw new BadInputException(name + ": a gold file is a JSON object");
    }
    JsonNode doc = root.path("document");
    GoldMeta meta = new GoldMeta(
        text(doc, "file"),
        text(doc, "language"),
        date(name, text(doc, "published")),
        text(doc, "outlet"),
        text(doc, "outlet_en"),
        text(doc, "title"),
        text(doc, "url"),
        text(doc, "note"));
    return new GoldDocument(
        name,
        meta,
        list(root, "duplicates", n -> new GoldDuplicate(integer(name, n, "paragraph"), integer(name, n, "of"), text(n, "kind"))),
        list(root, "events", n -> event(name, n)),
        list(root, "places", GoldFiles::place),
        list(root, "actors", n -> new GoldActor(text(n, "mention"), text(n, "name"), text(n, "kind"), text(n, "part_of"))),
        list(root, "status", GoldFiles::status));
  }

  private static GoldEvent event(String name, JsonNode n) {
    String id = text(n, "id");
    String where = name + ": event " + (id == null ? "without id" : id);
    String type = text(n, "type");
    EventType t;
    try {
      t = EventType.valueOf(type == null ? "" : type);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(where + ": unknown type \"" + type + "\"", e);
    }
    JsonNode ev = n.path("evidence");
    if (!ev.isArray() || ev.isEmpty()) {
      throw new BadInputException(where + ": \"evidence\" must be a non-empty list of strings");
    }
    List<String> evidence = new ArrayList<>();
    for (JsonNode s : ev) {
      if (!s.isTextual() || s.asText().isEmpty()) {
        throw new BadInputException(where + ": evidence entries must be non-empty strings");
      }
      evidence.add(s.asText());
    }
    JsonNode d = n.path("date");
    if (!d.isMissingNode() && !d.isNull() && !d.isTextual()) {
      throw new BadInputException(where + ": \"date\" must be a string or null");
    }
    return new GoldEvent(
        id,
        t,
        n.path("optional").asBoolean(false),
        text(n, "date"),
        text(n, "date_kind"),
        text(n, "place"),
        text(n, "actor1"),
        text(n, "actor2"),
        text(n, "modality"),
        n.path("historical").asBoolean(false),
        evidence,
        rest(n, EVENT_FIELDS));
  }

  private static GoldPlace place(JsonNode n) {
    return new GoldPlace(
        text(n, "mention"),
        text(n, "name"),
        text(n, "country"),
        text(n, "admin1"),
        text(n, "admin2"),
        text(n, "kind"),
        number(n, "lat"),
        number(n, "lon"),
        number(n, "tolerance_km"));
  }

  private static GoldStatus status(JsonNode n) {
    return new GoldStatus(text(n, "place"), text(n, "from"), text(n, "level"), rest(n, STATUS_FIELDS));
  }

  private static <T> List<T> list(JsonNode root, String field, Function<JsonNode, T> f) {
    List<T> out = new ArrayList<>();
    for (JsonNode n : root.path(field)) {
      out.add(f.apply(n));
    }
    return out;
  }

  private static Map<String, Object> rest(JsonNode n, Set<String> known) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : n.properties()) {
      if (!known.contains(e.getKey())) {
        out.put(e.getKey(), JSON.convertValue(e.getValue(), Object.class));
      }
    }
    return out;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static Double number(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || !v.isNumber() ? null : v.asDouble();
  }

  private static int integer(String name, JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || !v.canConvertToInt()) {
      throw new BadInputException(name + ": \"" + field + "\" must be an integer in " + n);
    }
    return v.asInt();
  }

  private static LocalDate date(String name, String s) {
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new BadInputException(name + ": unreadable published date \"" + s + "\"", e);
    }
  }
}
