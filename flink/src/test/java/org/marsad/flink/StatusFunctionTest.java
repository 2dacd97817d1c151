package org.marsad.flink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.marsad.Pipeline;
import org.marsad.fuse.ReportEvent;
import org.marsad.json.ExtractionJson;
import org.marsad.model.Actor;
import org.marsad.model.DocumentMeta;
import org.marsad.model.Event;
import org.marsad.model.EventDate;
import org.marsad.model.EventType;
import org.marsad.model.Extraction;
import org.marsad.model.Modality;
import org.marsad.model.Paragraph;
import org.marsad.model.Place;
import org.marsad.model.Span;

/**
 * The status stage on extraction lines built from model records (the geocoder is not on main yet,
 * so the pipeline itself gives no placed events to follow).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class StatusFunctionTest {
  private static final Place TOWN = new Place("test:town-a", "Town A", "البلدة أ", "SY", "Homs", null, 34.9, 36.7, 1, new Span(0, 5));
  private static final Place OTHER = new Place("test:town-b", "Town B", "البلدة ب", "SY", "Homs", null, 35.0, 36.8, 1, new Span(0, 5));

  /** A one-paragraph report with one event per (type, phase, date, place) given. */
  private static Extraction report(String text, String published, Object[]... events) {
    String id = Pipeline.sha256(text.getBytes(StandardCharsets.UTF_8));
    List<Event> out = new ArrayList<>();
    int n = 0;
    for (Object[] e : events) {
      Span ev = new Span(0, Math.min(text.length(), 10));
      out.add(new Event("e" + (++n), (EventType) e[0], e[1] == null ? Map.of() : Map.of("phase", e[1]),
          Modality.ASSERTED, false, new EventDate((String) e[2], EventDate.ON, 3, List.of(new Span(0, 3))), (Place) e[3],
          new Actor("government forces", "state", new Span(1, 4)), null, null, List.of(ev), "test.rule"));
    }
    return new Extraction(new DocumentMeta(id, "ar", LocalDate.parse(published), "test-outlet", null, null), text,
        List.of(new Paragraph(0, 0, text.length(), null)), out, List.of());
  }

  @Test
  void reportEventsSurviveTheirJsonForm() throws Exception {
    Extraction x = report("حاصرت القوات البلدة منذ أيام.", "2021-03-02",
        new Object[] {EventType.SIEGE, "started", "2021-03-01", TOWN},
        new Object[] {EventType.ATTACK, null, "2021-03-02", OTHER},
        new Object[] {EventType.SIEGE, "continued", "2021-03-02", null});
    List<Map.Entry<String, String>> byPlace = ReportEventJson.byPlace(ExtractionJson.line(x));
    assertThat(byPlace).extracting(Map.Entry::getKey).containsExactly(TOWN.id(), OTHER.id());
    List<ReportEvent> read = new ArrayList<>();
    for (Map.Entry<String, String> e : byPlace) {
      read.add(ReportEventJson.read(e.getValue()));
    }
    assertThat(read).isEqualTo(ReportEvent.of(x, null).subList(0, 2));
  }

  @Test
  void emitsAChangeOnlyWhenTheCurrentStatusChanges() throws Exception {
    String a = ExtractionJson.line(report("تقرير أول عن حصار البلدة.", "2021-03-01",
        new Object[] {EventType.SIEGE, "started", "2021-03-01", TOWN}));
    String b = ExtractionJson.line(report("تقرير ثان عن فك الحصار.", "2021-03-10",
        new Object[] {EventType.SIEGE, "lifted", "2021-03-10", TOWN}));
    StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(1);
    List<Tuple2<String, String>> changes = new ArrayList<>();
    // a, b, then a replayed (at-least-once delivery): the replay must change nothing.
    try (CloseableIterator<Tuple2<String, String>> it = env
        .fromData(Types.TUPLE(Types.STRING, Types.STRING), Tuple2.of("a", a), Tuple2.of("b", b), Tuple2.of("a", a))
        .flatMap(StatusFunction::byPlace).returns(Types.TUPLE(Types.STRING, Types.STRING))
        .keyBy(t -> t.f0, Types.STRING)
        .process(new StatusFunction()).returns(Types.TUPLE(Types.STRING, Types.STRING))
        .executeAndCollect()) {
      it.forEachRemaining(changes::add);
    }
    assertThat(changes).extracting(t -> t.f0).containsExactly(TOWN.id(), TOWN.id());
    JsonNode first = ReportEventJson.JSON.readTree(changes.get(0).f1);
    JsonNode second = ReportEventJson.JSON.readTree(changes.get(1).f1);
    assertThat(first.get("level").asText()).isEqualTo("PARTIAL_SIEGE");
    assertThat(first.get("previous_level").isNull()).isTrue();
    assertThat(first.get("since").asText()).isEqualTo("2021-03-01");
    assertThat(first.get("place_ar").asText()).isEqualTo("البلدة أ");
    assertThat(second.get("level").asText()).isEqualTo("LIFTED");
    assertThat(second.get("previous_level").asText()).isEqualTo("PARTIAL_SIEGE");
    assertThat(second.get("since").asText()).isEqualTo("2021-03-10");
    assertThat(second.get("trigger").asText()).isEqualTo(Pipeline.sha256("تقرير ثان عن فك الحصار.".getBytes(StandardCharsets.UTF_8)));
  }
}
