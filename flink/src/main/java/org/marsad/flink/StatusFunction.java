package org.marsad.flink;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.marsad.fuse.EventFuser;
import org.marsad.fuse.FusedEvent;
import org.marsad.fuse.ReportEvent;
import org.marsad.fuse.SourceRef;
import org.marsad.track.StatusInterval;
import org.marsad.track.StatusTracker;

/**
 * Keyed by place id: keeps every report event seen at the place (Flink state, as JSON strings,
 * deduplicated by report and event id so an at-least-once replay changes nothing), and after each
 * new one re-runs fusion and the status tracker of marsad-core over them. When the place's current
 * status (level and the day it began) differs from the last one emitted, emits (place id, status
 * change JSON):
 *
 * <pre>
 * {"place_id", "place", "place_ar", "level", "previous_level", "since", "from", "days_besieged",
 *  "independent_sources", "reports": [report ids], "trigger": report id}
 * </pre>
 *
 * Each report is its own syndication group here (no near-duplicate grouping across the stream),
 * so {@code independent_sources} can count syndicated copies twice.
 */
public class StatusFunction extends KeyedProcessFunction<String, Tuple2<String, String>, Tuple2<String, String>> {
  private static final long serialVersionUID = 1L;

  private transient EventFuser fuser;
  private transient StatusTracker tracker;
  private transient MapState<String, String> events;
  private transient ValueState<String> emitted;

  @Override
  public void open(OpenContext context) {
    fuser = Holder.FUSER;
    tracker = Holder.TRACKER;
    events = getRuntimeContext().getMapState(new MapStateDescriptor<>("report-events", Types.STRING, Types.STRING));
    emitted = getRuntimeContext().getState(new ValueStateDescriptor<>("status", Types.STRING));
  }

  /** Rules loaded once per task JVM, like Pipeline.defaultPipeline(). */
  private static final class Holder {
    static final EventFuser FUSER = EventFuser.loadDefault();
    static final StatusTracker TRACKER = StatusTracker.loadDefault();
  }

  @Override
  public void processElement(Tuple2<String, String> in, Context ctx, Collector<Tuple2<String, String>> out) throws Exception {
    ReportEvent added = ReportEventJson.read(in.f1);
    if (events.contains(added.memberKey())) {
      return;
    }
    events.put(added.memberKey(), in.f1);
    List<ReportEvent> all = new ArrayList<>();
    for (String json : events.values()) {
      all.add(ReportEventJson.read(json));
    }
    List<FusedEvent> fused = fuser.fuse(all);
    List<StatusInterval> timeline = tracker.timeline(ctx.getCurrentKey(), fused);
    if (timeline.isEmpty()) {
      return;
    }
    StatusInterval now = timeline.get(timeline.size() - 1);
    String key = now.level() + "|" + now.since();
    String before = emitted.value();
    if (key.equals(before)) {
      return;
    }
    emitted.update(key);
    out.collect(Tuple2.of(ctx.getCurrentKey(), change(ctx.getCurrentKey(), now,
        before == null ? null : before.substring(0, before.indexOf('|')), placeOf(fused, ctx.getCurrentKey()),
        added.reportId())));
  }

  private static org.marsad.model.Place placeOf(List<FusedEvent> fused, String placeId) {
    return fused.stream().map(FusedEvent::place)
        .filter(p -> p != null && placeId.equals(p.id())).findFirst().orElse(null);
  }

  static String change(String placeId, StatusInterval now, String previous, org.marsad.model.Place place, String trigger) {
    ObjectNode o = ReportEventJson.JSON.createObjectNode();
    o.put("place_id", placeId);
    o.put("place", place == null ? null : place.name());
    o.put("place_ar", place == null ? null : place.nameAr());
    o.put("level", now.level().name());
    o.put("previous_level", previous);
    o.put("since", now.since() == null ? null : now.since().toString());
    o.put("from", now.from().toString());
    o.put("days_besieged", now.daysBesieged());
    o.put("independent_sources", now.independentSources());
    ArrayNode reports = o.putArray("reports");
    now.sources().stream().map(SourceRef::reportId).distinct().forEach(reports::add);
    o.put("trigger", trigger);
    return o.toString();
  }

  /** Splits an extraction into (place id, report event JSON) pairs for {@link StatusFunction}. */
  static void byPlace(Tuple2<String, String> extraction, Collector<Tuple2<String, String>> out) throws Exception {
    for (Map.Entry<String, String> e : ReportEventJson.byPlace(extraction.f1)) {
      out.collect(Tuple2.of(e.getKey(), e.getValue()));
    }
  }
}
