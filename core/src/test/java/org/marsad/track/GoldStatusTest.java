package org.marsad.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.fuse.EventFuser;
import org.marsad.fuse.FusedEvent;
import org.marsad.fuse.ReportEvent;
import org.marsad.model.Actor;
import org.marsad.model.Event;
import org.marsad.model.EventDate;
import org.marsad.model.EventType;
import org.marsad.model.Modality;
import org.marsad.model.Place;

/**
 * Evaluation-style check: the gold events of the shared seed give the gold's "status". Skipped
 * when /work/shared is absent (the hand-written {@link SeedStatusTest} always runs).
 */
class GoldStatusTest {
  static final Path SEED = Path.of("/work/shared/fixtures/seed/kanaker-2020-09-29.gold.json");
  private static final Set<String> FIELDS = Set.of("id", "type", "date", "date_kind", "place", "actor1", "actor2",
      "modality", "historical", "evidence", "optional", "source");

  @Test
  void seedGoldEventsGiveTheGoldStatus() throws IOException {
    assumeTrue(Files.isReadable(SEED), "skipped: shared fixture " + SEED + " is not available");
    JsonNode gold = new ObjectMapper().readTree(Files.readString(SEED, java.nio.charset.StandardCharsets.UTF_8));
    List<StatusInterval> got = statusOf(gold);
    List<String> want = new ArrayList<>();
    for (JsonNode s : gold.get("status")) {
      want.add(s.get("place").asText() + " " + s.get("from").asText() + " " + s.get("level").asText() + " "
          + s.get("movement").asText() + " " + s.get("food").asText() + " " + s.get("medicine").asText());
    }
    assertThat(got).extracting(i -> i.placeId() + " " + i.from() + " " + i.level() + " " + i.movement() + " " + i.food() + " " + i.medicine())
        .containsExactlyElementsOf(want);
  }

  /** Fuses one gold file's events (places by name) and tracks every place that has events. */
  static List<StatusInterval> statusOf(JsonNode gold) {
    String published = gold.get("document").get("published").asText();
    List<ReportEvent> in = new ArrayList<>();
    for (JsonNode e : gold.get("events")) {
      in.add(new ReportEvent("gold", gold.get("document").get("outlet").asText(), LocalDate.parse(published), event(e), null));
    }
    List<FusedEvent> fused = EventFuser.loadDefault().fuse(in);
    Map<String, Boolean> places = new LinkedHashMap<>();
    fused.stream().filter(f -> f.place() != null).forEach(f -> places.put(f.place().id(), true));
    List<StatusInterval> out = new ArrayList<>();
    StatusTracker t = StatusTracker.loadDefault();
    places.keySet().forEach(p -> out.addAll(t.timeline(p, fused)));
    return out;
  }

  static Event event(JsonNode e) {
    Map<String, Object> attributes = new LinkedHashMap<>();
    ObjectMapper m = new ObjectMapper();
    for (Iterator<String> it = e.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!FIELDS.contains(k) && !k.endsWith("note")) {
        attributes.put(k, m.convertValue(e.get(k), Object.class));
      }
    }
    EventDate date = null;
    if (e.hasNonNull("date")) {
      String v = e.get("date").asText();
      date = new EventDate(v, e.path("date_kind").asText(EventDate.ON), v.length() == 10 ? 1 : 3, List.of());
    }
    String place = e.path("place").asText(null);
    return new Event(e.get("id").asText(), EventType.valueOf(e.get("type").asText()), attributes,
        Modality.of(e.path("modality").asText("asserted")), e.path("historical").asBoolean(false), date,
        place == null ? null : new Place(place, place, null, null, null, null, 0, 0, 1, null),
        e.hasNonNull("actor1") ? new Actor(e.get("actor1").asText(), null, null) : null,
        e.hasNonNull("actor2") ? new Actor(e.get("actor2").asText(), null, null) : null,
        null, List.of(), "gold");
  }
}
