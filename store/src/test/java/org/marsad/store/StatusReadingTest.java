package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.Pipeline;
import org.marsad.model.DocumentMeta;
import org.marsad.model.Event;
import org.marsad.model.EventDate;
import org.marsad.model.EventType;
import org.marsad.model.Extraction;
import org.marsad.model.Modality;
import org.marsad.model.Place;
import org.marsad.model.Span;

/**
 * The rules by which status reads fused events (docs/status.md, "Reading fused events for
 * status" and "Confidence"), one test each, on events stored directly (as an extractor would
 * give them) in a real H2 record.
 */
class StatusReadingTest {
  @TempDir Path tmp;

  // Two real places 3 km apart, as a gazetteer gives them (coordinates only matter for fusion).
  static final Place TOWN_A = new Place("T1", "Town A", "البلدة أ", "SY", "SY03", null, 33.70, 36.10, 1, new Span(0, 4));
  static final Place TOWN_B = new Place("T2", "Town B", "البلدة ب", "SY", "SY03", null, 33.727, 36.10, 1, new Span(0, 4));

  private int n;

  /** Stores one report with one event; its text is unique so its id is too. */
  private void report(Store s, String outlet, String published, EventType type, Map<String, Object> attrs,
      boolean historical, EventDate date, Place place) {
    String text = "تقرير تجريبي رقم " + (++n) + " عن " + outlet;
    DocumentMeta m = new DocumentMeta(Pipeline.sha256(text.getBytes(StandardCharsets.UTF_8)), "ar",
        LocalDate.parse(published), outlet, null, null);
    Event e = new Event("e1", type, attrs, Modality.ASSERTED, historical, date, place, null, null, null,
        List.of(new Span(0, 5)), "test");
    s.put(new Extraction(m, text, List.of(), List.of(e), List.of()), "test-" + n);
  }

  private static EventDate on(String d) {
    return new EventDate(d, EventDate.ON, d.length() == 10 ? 1 : 3, List.of());
  }

  private static EventDate since(String d) {
    return new EventDate(d, EventDate.SINCE, d.length() == 10 ? 1 : 3, List.of());
  }

  private static List<String> levels(Store s, String place) {
    List<String> out = new ArrayList<>();
    s.statusIntervals(place).forEach(i -> out.add(i.start() + " " + i.level()));
    return out;
  }

  @Test
  void aSiegeDescribedAsHeldSinceAnOldDateIsCurrent() {
    try (Store s = Store.open(StoreConfig.of(tmp.resolve("d")))) {
      // "the town, besieged since 2013": the extractor marks it background for its old start.
      report(s, "A", "2015-07-20", EventType.SIEGE, Map.of("phase", "continued"), true, since("2013"), TOWN_A);
      // A siege recalled as having happened on a date ("the siege of December") stays background.
      report(s, "B", "2015-07-20", EventType.SIEGE, Map.of("phase", "continued"), true, on("2014-12"), TOWN_B);
      Derivation.defaults().run(s);
      assertThat(levels(s, "T1")).containsExactly("2013-01-01 PARTIAL_SIEGE");
      assertThat(levels(s, "T2")).isEmpty();
    }
  }

  @Test
  void eventsOfTwoNearbyTownsCountForEachTown() {
    try (Store s = Store.open(StoreConfig.of(tmp.resolve("d")))) {
      report(s, "A", "2015-07-20", EventType.SIEGE, Map.of("phase", "continued"), false, null, TOWN_A);
      report(s, "B", "2015-07-21", EventType.SIEGE, Map.of("phase", "continued"), false, null, TOWN_B);
      Derivation.defaults().run(s);
      assertThat(s.fusedEvents()).as("fusion joins them: 3 km apart").hasSize(1);
      assertThat(levels(s, "T1")).containsExactly("2015-07-20 PARTIAL_SIEGE");
      assertThat(levels(s, "T2")).containsExactly("2015-07-21 PARTIAL_SIEGE");
    }
  }

  @Test
  void weaklySupportedEndingsDoNotEndASiege() {
    try (Store s = Store.open(StoreConfig.of(tmp.resolve("d")))) {
      report(s, "A", "2015-07-01", EventType.SIEGE, Map.of("phase", "imposed"), false, on("2015-07-01"), TOWN_A);
      // One undated report of a lifting (breaking the siege as an aim, misread), one dated agreement.
      report(s, "B", "2015-07-10", EventType.SIEGE, Map.of("phase", "lifted"), false, null, TOWN_A);
      report(s, "C", "2015-07-12", EventType.AGREEMENT, Map.of(), false, on("2015-07-12"), TOWN_A);
      Derivation.defaults().run(s);
      assertThat(levels(s, "T1")).containsExactly("2015-07-01 PARTIAL_SIEGE");
      // A lifting the text dates does end it.
      report(s, "D", "2015-07-20", EventType.SIEGE, Map.of("phase", "lifted"), false, on("2015-07-20"), TOWN_A);
      Derivation.defaults().run(s);
      assertThat(levels(s, "T1")).containsExactly("2015-07-01 PARTIAL_SIEGE", "2015-07-20 LIFTED", "2015-08-19 NONE");
    }
  }

  @Test
  void aLoneUndatedThreatPutsNoCommunityOnWatchButTwoSourcesDo() {
    try (Store s = Store.open(StoreConfig.of(tmp.resolve("d")))) {
      report(s, "A", "2015-07-01", EventType.THREAT, Map.of(), false, null, TOWN_A);
      Derivation.defaults().run(s);
      assertThat(levels(s, "T1")).isEmpty();
      report(s, "B", "2015-07-02", EventType.THREAT, Map.of(), false, null, TOWN_A);
      Derivation.defaults().run(s);
      assertThat(levels(s, "T1")).first().asString().endsWith("WATCH");
    }
  }

  @Test
  void confidenceGrowsWithIndependentSourcesAndDates() {
    try (Store s = Store.open(StoreConfig.of(tmp.resolve("d")))) {
      report(s, "A", "2015-07-01", EventType.SIEGE, Map.of("phase", "continued"), false, null, TOWN_A);
      report(s, "A", "2015-07-01", EventType.SIEGE, Map.of("phase", "imposed"), false, on("2015-06-28"), TOWN_B);
      Derivation.defaults().run(s);
      RecordView view = new RecordView(s);
      LocalDate d = LocalDate.of(2015, 7, 5);
      assertThat(RecordView.statusOn(view.timeline("T1"), d).confidence()).isEqualTo(RecordView.Confidence.LOW);
      assertThat(RecordView.statusOn(view.timeline("T2"), d).confidence()).isEqualTo(RecordView.Confidence.MEDIUM);
      report(s, "B", "2015-07-03", EventType.SIEGE, Map.of("phase", "continued"), false, null, TOWN_A);
      Derivation.defaults().run(s);
      RecordView.Status a = RecordView.statusOn(view.timeline("T1"), d);
      assertThat(a.confidence()).isEqualTo(RecordView.Confidence.HIGH);
      assertThat(a.restrictionSources()).isEqualTo(2);
      // A source counts from the date its event applies on, not before.
      report(s, "C", "2015-07-12", EventType.SIEGE, Map.of("phase", "continued"), false, on("2015-07-10"), TOWN_B);
      Derivation.defaults().run(s);
      assertThat(RecordView.statusOn(view.timeline("T2"), d).confidence()).isEqualTo(RecordView.Confidence.MEDIUM);
      assertThat(RecordView.statusOn(view.timeline("T2"), LocalDate.of(2015, 7, 12)).confidence())
          .isEqualTo(RecordView.Confidence.HIGH);
    }
  }
}
