package org.marsad.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.marsad.model.Event;
import org.marsad.model.Place;
import org.marsad.store.StatusIntervalRecord;

/**
 * Streams events (and communities) as ACLED-style CSV, HXL CSV, GeoJSON (RFC 7946) or JSON Lines.
 * Rows are written as the database yields them, one report's text held at a time, so a whole-record
 * export runs in bounded memory. UTF-8, with a byte-order mark on request (for Excel).
 */
public final class Exporter {
  static final List<String> ACLED = List.of("event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
      "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1", "admin2", "location", "latitude",
      "longitude", "geo_precision", "source", "notes", "fatalities", "tags", "timestamp");
  static final List<String> HXL_HEADER = List.of("event_id", "date", "admin1", "admin2", "location", "latitude",
      "longitude", "event_type", "actor1", "actor2", "modality", "review_state", "outlet", "source", "url", "notes");
  static final List<String> HXL_TAGS = List.of("#event+id", "#date", "#adm1+name", "#adm2+name", "#loc+name", "#geo+lat",
      "#geo+lon", "#event+type", "#org+name+actor1", "#org+name+actor2", "#status+modality", "#status+review",
      "#meta+source+outlet", "#meta+source+attributed", "#meta+url", "#description+evidence");

  private final Record record;
  private final EventReader reader;

  public Exporter(Record record) {
    this.record = record;
    this.reader = new EventReader(record.store());
  }

  /** Writes the export; {@code communities} (GeoJSON only) gives places with their current level instead of events. */
  public void write(ExportFormat format, EventFilter filter, boolean bom, boolean communities, boolean verifiedOnly,
      OutputStream os) throws IOException {
    Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16);
    if (bom) {
      w.write('\uFEFF');
    }
    try {
      switch (format) {
        case ACLED_CSV -> {
          Csv.row(w, ACLED);
          reader.stream(filter, r -> csv(w, acled(r)));
        }
        case HXL_CSV -> {
          Csv.row(w, HXL_HEADER);
          Csv.row(w, HXL_TAGS);
          reader.stream(filter, r -> csv(w, hxl(r)));
        }
        case JSONL -> {
          Set<String> audited = audited();
          reader.stream(filter, r -> {
            ObjectNode o = EventJson.of(r, audited.contains(r.key())
                ? record.reviews().audit(r.report().id(), r.event().id()) : List.of());
            line(w, Json.write(o));
          });
        }
        case GEOJSON -> {
          if (communities) {
            communities(w, verifiedOnly);
          } else {
            w.write("{\"type\":\"FeatureCollection\",\"features\":[");
            boolean[] first = {true};
            reader.stream(filter, r -> {
              line(w, (first[0] ? "\n" : ",\n") + Json.write(feature(r)));
              first[0] = false;
            });
            w.write("\n]}\n");
          }
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    w.flush();
  }

  private Set<String> audited() {
    Set<String> out = new HashSet<>();
    record.store().jdbi().useHandle(h -> h.createQuery("SELECT DISTINCT report_id, event_id FROM event_audit")
        .map((rs, ctx) -> rs.getString(1) + "/" + rs.getString(2)).forEach(out::add));
    return out;
  }

  private static List<String> acled(ReviewedEvent r) {
    Event e = r.event();
    Place p = e.place();
    AcledCodes.Codes c = AcledCodes.of(e);
    String date = e.date() == null ? null : e.date().value();
    String disorder = switch (c.eventType()) {
      case "Protests" -> "Demonstrations";
      case "Strategic developments", "" -> "Strategic developments";
      default -> "Political violence";
    };
    Object fatalities = e.attributes().get("fatalities");
    String source = r.report().outlet() == null ? e.source()
        : e.source() == null ? r.report().outlet() : r.report().outlet() + "; " + e.source();
    return List.of(r.key(), nz(date), date == null || date.length() < 4 ? "" : date.substring(0, 4),
        e.date() == null ? "" : String.valueOf(e.date().timePrecision()), disorder, c.eventType(), c.subEventType(),
        actor(e.actor1()), actor(e.actor2()), p == null ? "" : nz(p.country()), p == null ? "" : nz(p.admin1()),
        p == null ? "" : nz(p.admin2()), p == null ? "" : nz(p.name()), p == null ? "" : String.valueOf(p.lat()),
        p == null ? "" : String.valueOf(p.lon()), p == null ? "" : String.valueOf(p.geoPrecision()), nz(source),
        notes(r), fatalities == null ? "0" : fatalities.toString(),
        "marsad_type=" + e.type() + ";modality=" + e.modality().code() + ";review=" + r.state().code(),
        r.report().published() == null ? "" : r.report().published().toString());
  }

  private static List<String> hxl(ReviewedEvent r) {
    Event e = r.event();
    Place p = e.place();
    return List.of(r.key(), e.date() == null ? "" : nz(e.date().value()), p == null ? "" : nz(p.admin1()),
        p == null ? "" : nz(p.admin2()), p == null ? "" : nz(p.name()), p == null ? "" : String.valueOf(p.lat()),
        p == null ? "" : String.valueOf(p.lon()), e.type().name(), actor(e.actor1()), actor(e.actor2()),
        e.modality().code(), r.state().code(), nz(r.report().outlet()), nz(e.source()), nz(r.report().url()), notes(r));
  }

  private static ObjectNode feature(ReviewedEvent r) {
    ObjectNode f = Json.object();
    f.put("type", "Feature");
    f.put("id", r.key());
    Place p = r.event().place();
    if (p == null) {
      f.putNull("geometry");
    } else {
      f.set("geometry", point(p.lon(), p.lat()));
    }
    ObjectNode props = f.putObject("properties");
    props.set("event", EventJson.event(r.event(), r.text()));
    props.set("report", EventJson.report(r.report()));
    props.put("review_state", r.state().code());
    return f;
  }

  private void communities(Writer w, boolean verifiedOnly) throws IOException {
    List<StatusIntervalRecord> intervals = record.intervals(verifiedOnly, null);
    List<ObjectNode> list = new Communities(record.store(), record.gazetteer()).list(intervals, record.asOf(), null, null);
    w.write("{\"type\":\"FeatureCollection\",\"features\":[");
    for (int i = 0; i < list.size(); i++) {
      ObjectNode c = list.get(i);
      ObjectNode f = Json.object();
      f.put("type", "Feature");
      ObjectNode place = (ObjectNode) c.get("community");
      f.put("id", place.get("id").asText());
      if (place.get("lat").isNull() || place.get("lon").isNull()) {
        f.putNull("geometry");
      } else {
        f.set("geometry", point(place.get("lon").asDouble(), place.get("lat").asDouble()));
      }
      f.set("properties", c);
      w.write((i == 0 ? "\n" : ",\n") + Json.write(f));
    }
    w.write("\n]}\n");
  }

  private static ObjectNode point(double lon, double lat) {
    ObjectNode g = Json.object();
    g.put("type", "Point");
    ArrayNode c = g.putArray("coordinates");
    c.add(lon);
    c.add(lat);
    return g;
  }

  /** The evidence as written in the report, for ACLED's notes. */
  private static String notes(ReviewedEvent r) {
    String t = r.text() == null ? "" : r.text();
    return r.event().evidence().stream().filter(s -> s.end() <= t.length()).map(s -> s.of(t))
        .collect(Collectors.joining(" … "));
  }

  private static String actor(org.marsad.model.Actor a) {
    return a == null ? "" : nz(a.name());
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static void csv(Writer w, List<String> cells) {
    try {
      Csv.row(w, new ArrayList<>(cells));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void line(Writer w, String s) {
    try {
      w.write(s);
      if (!s.startsWith("\n") && !s.startsWith(",")) {
        w.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
