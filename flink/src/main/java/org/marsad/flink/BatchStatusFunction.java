package org.marsad.flink;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.marsad.fuse.NearDuplicates;
import org.marsad.fuse.ReportEvent;
import org.marsad.model.Extraction;
import org.marsad.track.StatusEngine;
import org.marsad.track.StatusInterval;

/**
 * The batch job's status stage: collects every report ({@link #input}: its id, publication date,
 * MinHash signature and events) and, at the end of the input, runs marsad-core's
 * {@link StatusEngine}, the engine the record uses, with the record's near-duplicate groups and
 * horizon. Emits one JSON line per interval ({@link #line}).
 */
public class BatchStatusFunction extends KeyedProcessFunction<String, String, String> {
  private static final long serialVersionUID = 1L;
  private static final NearDuplicates DUPLICATES = NearDuplicates.defaults();

  private transient ListState<String> reports;

  @Override
  public void open(OpenContext context) {
    reports = getRuntimeContext().getListState(new ListStateDescriptor<>("reports", Types.STRING));
  }

  /**
   * {@code {"report", "published", "signature": [longs], "text", "events": [report event JSON]}} for one
   * extraction; the text decides borderline copies as the record does ({@code NearDuplicates#copies}).
   */
  static String input(Extraction x, String extractionLine) {
    ObjectNode o = ReportEventJson.JSON.createObjectNode();
    o.put("report", x.document().id());
    o.put("published", x.document().published() == null ? null : x.document().published().toString());
    ArrayNode sig = o.putArray("signature");
    for (long v : DUPLICATES.signature(x.text())) {
      sig.add(v);
    }
    o.put("text", x.text());
    ArrayNode events = o.putArray("events");
    try {
      for (Map.Entry<String, String> e : ReportEventJson.all(extractionLine)) {
        events.add(e.getValue());
      }
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot read back an extraction line", e);
    }
    return o.toString();
  }

  @Override
  public void processElement(String in, Context ctx, Collector<String> out) throws Exception {
    reports.add(in);
    ctx.timerService().registerEventTimeTimer(Long.MAX_VALUE);
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<String> out) throws Exception {
    Map<String, long[]> sigs = new TreeMap<>();
    Map<String, String> texts = new TreeMap<>();
    List<JsonNode> all = new ArrayList<>();
    LocalDate horizon = null;
    for (String json : reports.get()) {
      JsonNode r = ReportEventJson.JSON.readTree(json);
      if (sigs.containsKey(r.get("report").asText())) {
        continue; // the same bytes twice are one report, as in the record
      }
      long[] sig = new long[r.get("signature").size()];
      for (int i = 0; i < sig.length; i++) {
        sig[i] = r.get("signature").get(i).asLong();
      }
      sigs.put(r.get("report").asText(), sig);
      texts.put(r.get("report").asText(), r.path("text").asText(""));
      all.add(r);
      if (r.hasNonNull("published")) {
        LocalDate p = LocalDate.parse(r.get("published").asText());
        horizon = horizon == null || p.isAfter(horizon) ? p : horizon;
      }
    }
    Map<String, String> groups = DUPLICATES.groupsOfSignatures(sigs, texts);
    List<ReportEvent> events = new ArrayList<>();
    for (JsonNode r : all) {
      String id = r.get("report").asText();
      String group = groups.get(id);
      for (JsonNode e : r.get("events")) {
        ReportEvent x = ReportEventJson.read(e.asText());
        events.add(new ReportEvent(x.reportId(), x.outlet(), x.published(), x.event(),
            group == null || group.equals(id) ? null : group, x.evidenceText()));
      }
    }
    StatusEngine engine = StatusEngine.loadDefault();
    for (StatusEngine.PlaceTimeline t : engine.timelines(events, horizon).values()) {
      for (StatusEngine.Entry e : t.entries()) {
        out.collect(line(e.interval()));
      }
    }
  }

  /** An interval as one JSON line: place, level, dates, independent sources and supporting events. */
  public static String line(StatusInterval i) {
    ObjectNode o = ReportEventJson.JSON.createObjectNode();
    o.put("place_id", i.placeId());
    o.put("level", i.level().name());
    o.put("from", i.from().toString());
    o.put("to", i.to() == null ? null : i.to().toString());
    o.put("since", i.since().toString());
    o.put("movement", i.movement());
    o.put("food", i.food());
    o.put("medicine", i.medicine());
    o.put("independent_sources", i.independentSources());
    ArrayNode src = o.putArray("sources");
    i.sources().stream().map(s -> s.reportId() + "#" + s.eventId()).sorted().forEach(src::add);
    return o.toString();
  }

  /** The same line from a stored interval's fields (for comparing with the record). */
  public static String line(String placeId, String level, LocalDate from, LocalDate to, LocalDate since, String movement,
      String food, String medicine, int independentSources, List<String> sources) {
    ObjectNode o = ReportEventJson.JSON.createObjectNode();
    o.put("place_id", placeId);
    o.put("level", level);
    o.put("from", from.toString());
    o.put("to", to == null ? null : to.toString());
    o.put("since", since.toString());
    o.put("movement", movement);
    o.put("food", food);
    o.put("medicine", medicine);
    o.put("independent_sources", independentSources);
    ArrayNode src = o.putArray("sources");
    sources.stream().sorted().forEach(src::add);
    return o.toString();
  }
}
