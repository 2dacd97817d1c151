package org.marsad.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.marsad.BadInputException;
import org.marsad.model.EventType;
import org.marsad.store.Derivation;
import org.marsad.store.FusedEventRecord;
import org.marsad.store.PlaceLookup;
import org.marsad.store.RecordView;
import org.marsad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marsad events}: the fused events of the record (one per happening, all its sources). */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = "Lists fused events (events of several reports telling of one happening), by date, as JSON or CSV.")
public class EventsCommand implements Callable<Integer> {
  /** Output formats. */
  public enum Format { json, csv }

  static final List<String> CSV_COLUMNS = List.of("id", "type", "date", "date_kind", "time_precision", "place_id",
      "place_name", "place_name_ar", "lat", "lon", "admin1", "modality", "historical", "actor1", "actor2",
      "attributes", "independent_sources", "outlets", "reports", "disagreements", "evidence", "urls");

  @Option(names = "--place", paramLabel = "PLACE",
      description = "A place id, or an Arabic or English place name; an administrative area includes the places inside it.")
  String place;

  @Option(names = "--country", paramLabel = "CC", description = "Only events at places in this country (ISO code).")
  String country;

  @Option(names = "--admin1", paramLabel = "AREA", description = "Only events in this governorate (a P-code such as SY01, or a name).")
  String admin1;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Events dated on or after this day (undated events are then left out).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Events dated on or before this day.")
  LocalDate to;

  @Option(names = "--type", paramLabel = "TYPE", description = "An event type: ${COMPLETION-CANDIDATES}.")
  EventType type;

  @Option(names = "--format", defaultValue = "json", paramLabel = "FORMAT", description = "json (an array) or csv. Default: ${DEFAULT-VALUE}.")
  Format format = Format.json;

  @Mixin StoreOptions store;

  @Spec CommandSpec spec;

  public EventsCommand() {}

  @Override
  public Integer call() {
    if (from != null && to != null && from.isAfter(to)) {
      throw new BadInputException("--from " + from + " is after --to " + to);
    }
    PrintWriter out = spec.commandLine().getOut();
    try (Store s = store.openForReading()) {
      RecordView view = new RecordView(s);
      PlaceLookup lookup = place != null || admin1 != null ? PlaceLookup.of(view) : null;
      java.util.Set<String> ids = place == null ? null : lookup.ids(place);
      java.util.Set<String> area = admin1 == null ? null : lookup.ids(admin1);
      List<RecordView.Fused> events = view.fused(ids, from, to, type).stream()
          .filter(f -> area == null || f.place() != null && area.contains(f.place().id()))
          .filter(f -> country == null || f.place() != null && country.equalsIgnoreCase(f.place().country()))
          .toList();
      out.print(format == Format.json ? json(events) : csv(events));
      out.flush();
    }
    return ExitCodes.OK;
  }

  static String json(List<RecordView.Fused> events) {
    ArrayNode arr = StatusCommand.JSON.createArrayNode();
    for (RecordView.Fused f : events) {
      FusedEventRecord r = f.event();
      ObjectNode o = arr.addObject();
      o.put("id", r.id());
      o.put("type", r.type().name());
      o.put("modality", r.modality() == null ? null : r.modality().code());
      o.put("historical", r.historical());
      if (r.dateValue() == null) {
        o.putNull("date");
      } else {
        o.putObject("date").put("value", r.dateValue()).put("kind", r.dateKind()).put("time_precision", r.datePrecision());
      }
      if (f.place() == null) {
        o.putNull("place");
      } else {
        o.set("place", StatusCommand.place(f.place()));
      }
      o.put("actor1", string(r.attributes().get(Derivation.ACTOR1)));
      o.put("actor2", string(r.attributes().get(Derivation.ACTOR2)));
      o.set("attributes", StatusCommand.JSON.valueToTree(own(r.attributes())));
      o.put("independent_sources", r.sourceCount());
      o.set("sources", StatusCommand.sources(f.sources()));
      o.set("disagreements", StatusCommand.JSON.valueToTree(disagreements(r)));
    }
    return StatusCommand.write(arr);
  }

  static String csv(List<RecordView.Fused> events) {
    StringBuilder b = new StringBuilder(String.join(",", CSV_COLUMNS)).append("\r\n");
    for (RecordView.Fused f : events) {
      FusedEventRecord r = f.event();
      RecordView.PlaceInfo p = f.place();
      List<String> row = new ArrayList<>();
      row.add(TextOut.csvRaw(r.id()));
      row.add(r.type().name());
      row.add(TextOut.csvText(r.dateValue()));
      row.add(TextOut.csvText(r.dateKind()));
      row.add(r.datePrecision() == null ? "" : r.datePrecision().toString());
      row.add(TextOut.csvText(p == null ? null : p.id()));
      row.add(TextOut.csvText(p == null ? null : p.name()));
      row.add(TextOut.csvText(p == null ? null : p.nameAr()));
      row.add(p == null || p.lat() == null ? "" : String.format(Locale.ROOT, "%.5f", p.lat()));
      row.add(p == null || p.lon() == null ? "" : String.format(Locale.ROOT, "%.5f", p.lon()));
      row.add(TextOut.csvText(p == null ? null : p.admin1()));
      row.add(r.modality() == null ? "" : r.modality().code());
      row.add(Boolean.toString(r.historical()));
      row.add(TextOut.csvText(string(r.attributes().get(Derivation.ACTOR1))));
      row.add(TextOut.csvText(string(r.attributes().get(Derivation.ACTOR2))));
      row.add(TextOut.csvText(compact(own(r.attributes()))));
      row.add(Integer.toString(r.sourceCount()));
      row.add(TextOut.csvText(String.join("; ", f.sources().stream().map(s -> s.outlet() == null ? "" : s.outlet()).distinct().toList())));
      row.add(TextOut.csvText(String.join("; ", f.sources().stream().map(s -> s.reportId() + "#" + s.eventId()).toList())));
      row.add(TextOut.csvText(String.join("; ", disagreements(r))));
      row.add(TextOut.csvText(String.join(" | ", f.sources().stream().map(s -> s.evidence() == null ? "" : s.evidence()).distinct().toList())));
      row.add(TextOut.csvText(String.join("; ", f.sources().stream().map(s -> s.url() == null ? "" : s.url()).distinct().toList())));
      b.append(String.join(",", row)).append("\r\n");
    }
    return b.toString();
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper COMPACT = new com.fasterxml.jackson.databind.ObjectMapper();

  private static String compact(Object o) {
    try {
      return COMPACT.writeValueAsString(o);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  /** The event's own attributes, without what the derivation keeps beside them. */
  private static Map<String, Object> own(Map<String, Object> attributes) {
    Map<String, Object> out = new TreeMap<>(attributes);
    out.remove(Derivation.ACTOR1);
    out.remove(Derivation.ACTOR2);
    out.remove(Derivation.DISAGREEMENTS);
    return out;
  }

  private static List<String> disagreements(FusedEventRecord r) {
    Object d = r.attributes().get(Derivation.DISAGREEMENTS);
    List<String> out = new ArrayList<>();
    if (d instanceof List<?> l) {
      l.forEach(x -> out.add(String.valueOf(x)));
    }
    return out;
  }

  private static String string(Object o) {
    return o == null ? null : o.toString();
  }
}
