package org.marsad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.BadInputException;
import org.marsad.geocode.Gazetteer;
import java.util.Set;
import org.marsad.store.PlaceLookup;
import org.marsad.store.Besiegers;
import org.marsad.store.RecordView;
import org.marsad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code marsad status [PLACE]}: every community whose level on a date is above NONE, or one
 * community's timeline, from the status intervals that {@code marsad ingest} derived.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
    description = {
      "Without PLACE: every community whose status on the --as-of date is above NONE (WATCH, PARTIAL_SIEGE,"
          + " FULL_SIEGE, LIFTED), most severe first, with the sources behind it.",
      "With PLACE (a place id, or an Arabic or English name): that community's timeline up to the date."
    })
public class StatusCommand implements Callable<Integer> {
  /** Output formats. */
  public enum Format { table, json }

  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Parameters(index = "0", arity = "0..1", paramLabel = "PLACE", description = "A place id, or an Arabic or English place name.")
  String place;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
      description = "The date to report on (default: the newest report's date, which is said, with the data's age).")
  LocalDate asOf;

  @Option(names = "--admin1", paramLabel = "AREA",
      description = "Without PLACE: only communities in this governorate (a P-code such as SY01, or a name).")
  String admin1;

  @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
      description = "table (readable) or json. Default: ${DEFAULT-VALUE}.")
  Format format = Format.table;

  @Option(names = "--country", defaultValue = "all", paramLabel = "CC",
      description = "Without PLACE: only communities in this country (ISO code such as SY, YE, SD, PS), or \"all\"."
          + " The list says which filter it used. Default: ${DEFAULT-VALUE}.")
  String country = "all";

  @Option(names = "--min-confidence", defaultValue = "MEDIUM", paramLabel = "LEVEL",
      description = "Without PLACE: only communities whose restriction evidence up to the date is at least this"
          + " strong: HIGH (two or more independent sources), MEDIUM (one source that dates it or tells of two kinds"
          + " of restriction), LOW (one undated mention), NONE (any level above NONE, a watch from threats alone"
          + " included). Default: ${DEFAULT-VALUE}.")
  RecordView.Confidence minConfidence = RecordView.Confidence.MEDIUM;

  @Mixin StoreOptions store;

  @Spec CommandSpec spec;

  public StatusCommand() {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (Store s = store.openForReading()) {
      RecordView view = new RecordView(s);
      LocalDate date = asOf != null ? asOf : defaultDate(view, format == Format.table ? out : err);
      PlaceLookup lookup = place != null || admin1 != null ? PlaceLookup.of(view) : null;
      Set<String> area = admin1 == null ? null : lookup.ids(admin1);
      Set<String> ids = place == null ? null : lookup.ids(place);
      if (ids == null || ids.size() > 1) {
        // The list, or an area's communities (a governorate rolls up to the places inside it).
        List<RecordView.Status> list = view.statusOn(date).stream()
            .filter(st -> ids != null || country.equalsIgnoreCase("all") || country.equalsIgnoreCase(st.current().place().country()))
            .filter(st -> ids == null ? area == null || area.contains(st.current().place().id()) : ids.contains(st.current().place().id()))
            .filter(st -> ids != null || st.confidence().compareTo(minConfidence) >= 0)
            .toList();
        String filter = filter(ids != null);
        if (format == Format.json) {
          err.println("status on " + date + ": " + filter);
          err.flush();
        }
        out.print(format == Format.json ? json(list, st -> Besiegers.of(s, st.current().place().id(), date))
            : table(list, date, filter, st -> Besiegers.of(s, st.current().place().id(), date)));
      } else {
        String id = ids.iterator().next();
        List<RecordView.Interval> tl = new ArrayList<>();
        for (RecordView.Interval i : view.timeline(id)) {
          if (!i.from().isAfter(date)) {
            tl.add(i);
          }
        }
        RecordView.PlaceInfo info = tl.isEmpty() ? view.place(id) : tl.get(0).place();
        out.print(format == Format.json ? json(id, info, tl, date, i -> Besiegers.of(s, id, i.to() == null || i.to().isAfter(date) ? date : i.to().minusDays(1))) : table(id, info, tl, date));
      }
      out.flush();
    }
    return ExitCodes.OK;
  }

  /** The filters a list used, in words, so that an empty or short list is not read as "nothing anywhere". */
  String filter(boolean named) {
    if (named) {
      return "the places named \"" + TextOut.cell(place) + "\"";
    }
    String where = country.equalsIgnoreCase("all") ? "all countries" : "country " + TextOut.cell(country.toUpperCase(Locale.ROOT));
    String area = admin1 == null ? "" : ", area " + TextOut.cell(admin1);
    return where + area + ", confidence " + minConfidence.name().toLowerCase(Locale.ROOT) + " or above";
  }

  /** The newest report's date, said plainly with how old the data is. */
  static LocalDate defaultDate(RecordView view, PrintWriter note) {
    LocalDate newest = view.newestReport();
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    if (newest == null) {
      note.println("the record has no dated report; status as of today, " + today);
      return today;
    }
    long days = java.time.temporal.ChronoUnit.DAYS.between(newest, today);
    note.println("as of " + newest + ", the newest report's date" + (days > 1 ? " (the data is " + days + " days old)" : "")
        + "; --as-of YYYY-MM-DD for another day");
    note.flush();
    return newest;
  }

  /**
   * The one place id {@code query} names: an id, or a name known to the record (preferring
   * places with a stored status) or to the gazetteer. Several places with a status under one name
   * are an error that lists them.
   */
  static String placeId(RecordView view, String query) {
    List<String> ids = view.resolvePlace(query, null);
    if (ids.isEmpty()) {
      ids = view.resolvePlace(query, Gazetteer.loadDefault());
    }
    if (ids.isEmpty()) {
      throw new BadInputException("no place named \"" + TextOut.cell(query) + "\" in the record or the gazetteer");
    }
    var withStatus = view.places();
    List<String> known = ids.stream().filter(withStatus::containsKey).toList();
    if (known.size() > 1) {
      throw new BadInputException("\"" + TextOut.cell(query) + "\" names several places with a status: "
          + String.join(", ", known) + " (give an id)");
    }
    return known.isEmpty() ? ids.get(0) : known.get(0);
  }

  // --- JSON

  static String json(List<RecordView.Status> list, Function<RecordView.Status, Besiegers.Sides> sides) {
    ArrayNode arr = JSON.createArrayNode();
    for (RecordView.Status st : list) {
      RecordView.Interval cur = st.current();
      ObjectNode o = arr.addObject();
      o.set("place", place(cur.place()));
      o.put("level", cur.level());
      o.put("since", cur.since().toString());
      indicators(o, cur);
      o.put("days_besieged", cur.daysBesieged(st.asOf()));
      o.put("independent_sources", st.independentSources());
      o.put("confidence", st.confidence().name());
      o.put("restriction_sources", st.restrictionSources());
      sides(o, sides.apply(st));
      o.set("sources", sources(st.sources()));
      // Copies of one report count once: each independent source with its reports.
      ArrayNode groups = o.putArray("independent_source_groups");
      st.bySource().values().forEach(g -> {
        ArrayNode r = groups.addArray();
        g.forEach(x -> r.add(x.reportId()));
      });
      ArrayNode d = o.putArray("disagreements");
      st.disagreements().forEach(d::add);
    }
    return write(arr);
  }

  static String json(String id, RecordView.PlaceInfo info, List<RecordView.Interval> tl, LocalDate date,
      Function<RecordView.Interval, Besiegers.Sides> sides) {
    ObjectNode o = JSON.createObjectNode();
    o.set("place", info == null ? JSON.createObjectNode().put("id", id) : place(info));
    o.put("as_of", date.toString());
    ArrayNode arr = o.putArray("timeline");
    for (RecordView.Interval i : tl) {
      ObjectNode t = arr.addObject();
      t.put("from", i.from().toString());
      LocalDate to = i.to() == null || i.to().isAfter(date) ? null : i.to();
      if (to == null) {
        t.putNull("to");
      } else {
        t.put("to", to.toString());
      }
      t.put("level", i.level());
      t.put("since", i.since().toString());
      indicators(t, i);
      LocalDate ref = to == null ? date : to.minusDays(1);
      t.put("days_besieged", i.daysBesieged(ref));
      t.put("independent_sources", i.independentSources());
      sides(t, sides.apply(i));
      t.set("sources", sources(i.sources()));
      ArrayNode d = t.putArray("disagreements");
      i.disagreements().forEach(d::add);
    }
    return write(o);
  }

  /** Who besieges whom, from the place's siege events up to the date (issue 12: never the besieged side as besieger). */
  private static void sides(ObjectNode o, Besiegers.Sides sides) {
    ArrayNode by = o.putArray("besieged_by");
    sides.besiegers().forEach(by::add);
    ArrayNode on = o.putArray("besieged");
    sides.besieged().forEach(on::add);
  }

  private static void indicators(ObjectNode o, RecordView.Interval i) {
    for (String k : List.of("movement", "food", "medicine", "fuel", "aid")) {
      o.put(k, i.indicator(k));
    }
  }

  static ObjectNode place(RecordView.PlaceInfo p) {
    ObjectNode o = JSON.createObjectNode();
    o.put("name", p.name());
    o.put("name_ar", p.nameAr());
    o.put("lat", p.lat());
    o.put("lon", p.lon());
    o.put("admin1", p.admin1());
    o.put("country", p.country());
    o.put("id", p.id());
    return o;
  }

  static ArrayNode sources(List<RecordView.Source> sources) {
    ArrayNode arr = JSON.createArrayNode();
    for (RecordView.Source s : sources) {
      ObjectNode o = arr.addObject();
      o.put("outlet", s.outlet());
      o.put("published", s.published() == null ? null : s.published().toString());
      o.put("url", s.url());
      o.put("title", s.title());
      o.put("report", s.reportId());
      o.put("event", s.eventId());
      if (s.evidence() != null) {
        o.put("evidence", s.evidence());
      }
      if (s.note() != null) {
        o.put("note", s.note());
      }
    }
    return arr;
  }

  static String write(Object node) {
    try {
      return JSON.writeValueAsString(node) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  // --- tables

  static String table(List<RecordView.Status> list, LocalDate date, String filter, Function<RecordView.Status, Besiegers.Sides> sides) {
    StringBuilder b = new StringBuilder();
    if (list.isEmpty()) {
      return "no community above NONE on " + date + " (" + filter + ")\n";
    }
    b.append(String.format(Locale.ROOT, "status on %s (%s): %d %s%n", date, filter, list.size(),
        list.size() == 1 ? "community" : "communities"));
    b.append(String.format(Locale.ROOT, "%-13s %-10s %5s %-10s %-10s %-10s %4s %-6s  %s%n",
        "LEVEL", "SINCE", "DAYS", "MOVEMENT", "FOOD", "MEDICINE", "SRC", "CONF", "PLACE"));
    for (RecordView.Status st : list) {
      RecordView.Interval c = st.current();
      b.append(String.format(Locale.ROOT, "%-13s %-10s %5d %-10s %-10s %-10s %4d %-6s  %s%n", c.level(), c.since(),
          c.daysBesieged(date), c.indicator("movement"), c.indicator("food"), c.indicator("medicine"),
          st.independentSources(), st.confidence().name().toLowerCase(Locale.ROOT), placeLabel(c.place())));
      List<String> groups = new ArrayList<>();
      for (List<RecordView.Source> g : st.bySource().values()) {
        // a source lists one entry per event: copies are the group's other reports
        long copies = g.stream().map(RecordView.Source::reportId).distinct().count() - 1;
        groups.add(outlet(g.get(0)) + (copies > 0 ? " (+" + copies + (copies == 1 ? " copy)" : " copies)") : ""));
      }
      b.append("    ").append(groups.size()).append(groups.size() == 1 ? " independent source: " : " independent sources: ").append(TextOut.cell(String.join(", ", groups)))
          .append('\n');
      List<String> besiegers = sides.apply(st).besiegers();
      if (!besiegers.isEmpty()) {
        b.append("    besieged by: ").append(TextOut.cell(String.join(", ", besiegers))).append('\n');
      }
      for (String d : st.disagreements()) {
        b.append("    disagree: ").append(TextOut.cell(d)).append('\n');
      }
    }
    return b.toString();
  }

  static String table(String id, RecordView.PlaceInfo info, List<RecordView.Interval> tl, LocalDate date) {
    StringBuilder b = new StringBuilder();
    b.append(info == null ? TextOut.cell(id) : placeLabel(info)).append(" up to ").append(date).append('\n');
    if (tl.isEmpty()) {
      return b.append("no status recorded\n").toString();
    }
    b.append(String.format(Locale.ROOT, "%-10s %-10s %-13s %-10s %-10s %-10s %4s  %s%n",
        "FROM", "TO", "LEVEL", "MOVEMENT", "FOOD", "MEDICINE", "SRC", "SOURCES"));
    for (RecordView.Interval i : tl) {
      LocalDate to = i.to() == null || i.to().isAfter(date) ? null : i.to();
      List<String> outlets = i.sources().stream().map(s -> outlet(s)).distinct().toList();
      b.append(String.format(Locale.ROOT, "%-10s %-10s %-13s %-10s %-10s %-10s %4d  %s%n", i.from(),
          to == null ? "-" : to, i.level(), i.indicator("movement"), i.indicator("food"), i.indicator("medicine"),
          i.independentSources(), TextOut.cell(String.join(", ", outlets))));
      for (String d : i.disagreements()) {
        b.append("    disagree: ").append(TextOut.cell(d)).append('\n');
      }
    }
    return b.toString();
  }

  private static String outlet(RecordView.Source s) {
    String o = s.outlet() == null || s.outlet().isBlank() ? "report " + s.reportId().substring(0, Math.min(12, s.reportId().length())) : s.outlet();
    return s.published() == null ? o : o + " " + s.published();
  }

  static String placeLabel(RecordView.PlaceInfo p) {
    StringBuilder b = new StringBuilder(TextOut.cell(p.name()));
    if (p.nameAr() != null && !p.nameAr().isBlank()) {
      b.append(" / ").append(TextOut.cell(p.nameAr()));
    }
    b.append(" [").append(TextOut.cell(p.id()));
    if (p.admin1() != null) {
      b.append(", ").append(TextOut.cell(p.admin1()));
    }
    return b.append(']').toString();
  }
}
