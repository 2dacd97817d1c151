package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.Pipeline;
import org.marsad.fuse.EventFuser;
import org.marsad.fuse.FusedEvent;
import org.marsad.fuse.ReportEvent;
import org.marsad.model.Event;
import org.marsad.model.EventDate;
import org.marsad.model.EventType;
import org.marsad.model.Modality;
import org.marsad.model.Place;
import org.marsad.model.Span;

/**
 * Fusion and status over a real record: the real pipeline, a real H2 file in a temporary folder.
 * {@code record/jasim-siege.jsonl} holds four short reports written for this test (a fictional
 * siege of a real town): outlet A, a syndicated copy of A by outlet C, outlet B giving another
 * start date, and a later report of B saying the siege was lifted.
 */
class DerivationTest {
  static final String JASIM = "SYPT0066";

  @TempDir Path tmp;

  private Path resource(String name) throws IOException {
    Path p = tmp.resolve(name.replace('/', '-'));
    try (InputStream in = DerivationTest.class.getResourceAsStream("/" + name)) {
      Files.copy(in, p);
    }
    return p;
  }

  private static Derivation.Summary ingestAndDerive(Store s, Path... paths) {
    new Ingestor(s, Pipeline.defaultPipeline(), 2).ingest(List.of(paths), null);
    return Derivation.defaults().run(s);
  }

  @Test
  void fusesTheSyndicatedCopyAndTheOtherOutletIntoOneSiegeWithTwoSources() throws IOException {
    try (Store s = Store.open(StoreConfig.of(tmp.resolve("data")))) {
      Derivation.Summary sum = ingestAndDerive(s, resource("record/jasim-siege.jsonl"));
      assertThat(sum.reports()).isEqualTo(4);
      assertThat(sum.copies()).as("the copy joins its original's group").isEqualTo(1);
      List<FusedEventRecord> sieges = s.fusedEvents().stream()
          .filter(f -> f.type() == EventType.SIEGE && "imposed".equals(f.attributes().get("phase")))
          .toList();
      assertThat(sieges).hasSize(1);
      FusedEventRecord siege = sieges.get(0);
      assertThat(siege.placeId()).isEqualTo(JASIM);
      assertThat(siege.members()).extracting(EventRef::reportId).doesNotHaveDuplicates().hasSize(3);
      assertThat(siege.sourceCount()).as("A and its copy are one source, B another").isEqualTo(2);
      // Both start dates are kept with their outlets; the tie goes to the earlier one.
      assertThat(siege.dateValue()).isEqualTo("2020-03-05");
      assertThat(siege.attributes().get(Derivation.DISAGREEMENTS).toString())
          .contains("2020-03-05 per وكالة \"الخبر\", دمشق")
          .contains("2020-03-07 per")
          .contains("شبكة الأنباء");
    }
  }

  @Test
  void timelineStartsAtTheEarlierClaimKeepsBothAndEndsLifted() throws IOException {
    try (Store s = Store.open(StoreConfig.of(tmp.resolve("data")))) {
      ingestAndDerive(s, resource("record/jasim-siege.jsonl"));
      List<StatusIntervalRecord> tl = s.statusIntervals(JASIM);
      assertThat(tl).isNotEmpty();
      StatusIntervalRecord first = tl.get(0);
      assertThat(first.start()).isEqualTo(LocalDate.of(2020, 3, 5));
      assertThat(first.level()).isIn("PARTIAL_SIEGE", "FULL_SIEGE");
      // Each source keeps its own start date as a note.
      assertThat(first.sources()).extracting(StatusIntervalRecord.Support::note)
          .anyMatch(n -> n != null && n.contains("date 2020-03-05"))
          .anyMatch(n -> n != null && n.contains("date 2020-03-07"));
      assertThat((List<?>) first.indicators().get("disagreements")).isNotEmpty();

      RecordView view = new RecordView(s);
      RecordView.Status during = RecordView.statusOn(view.timeline(JASIM), LocalDate.of(2020, 3, 15));
      assertThat(during.current().level()).isIn("PARTIAL_SIEGE", "FULL_SIEGE");
      assertThat(during.current().daysBesieged(LocalDate.of(2020, 3, 15))).isEqualTo(11);
      RecordView.Status after = RecordView.statusOn(view.timeline(JASIM), LocalDate.of(2020, 3, 22));
      assertThat(after.current().level()).isEqualTo("LIFTED");
      assertThat(after.current().from()).isEqualTo(LocalDate.of(2020, 3, 20));
      // The lifting expires after 30 days: nothing to report then.
      assertThat(RecordView.statusOn(view.timeline(JASIM), LocalDate.of(2020, 5, 1))).isNull();
      assertThat(view.statusOn(LocalDate.of(2020, 3, 1))).isEmpty();
      assertThat(view.statusOn(LocalDate.of(2020, 3, 15))).extracting(st -> st.current().place().id()).containsExactly(JASIM);
    }
  }

  @Test
  void reRunningAddsNothingAndLeavesDerivedDataIdentical() throws IOException {
    Path in = resource("record/jasim-siege.jsonl");
    try (Store s = Store.open(StoreConfig.of(tmp.resolve("data")))) {
      Derivation.Summary first = ingestAndDerive(s, in);
      assertThat(first.changed()).isTrue();
      String before = derived(s);
      Derivation.Summary second = ingestAndDerive(s, in);
      assertThat(second.changed()).as("nothing to replace").isFalse();
      assertThat(derived(s)).isEqualTo(before);
      assertThat(s.counts()).containsEntry("reports", 4L);
    }
  }

  /**
   * A record from before V34 (events, no places table, the migration's mark) gets its places and
   * their counts from its events on the next derivation, and derives as a record that kept them.
   */
  @Test
  void placesOfAMigratedRecordAreCountedFromItsEvents() throws IOException {
    Path in = resource("record/jasim-siege.jsonl");
    String direct;
    Map<String, Long> counts;
    try (Store s = Store.open(StoreConfig.of(tmp.resolve("direct")))) {
      ingestAndDerive(s, in);
      direct = derived(s);
      counts = s.jdbi().withHandle(h -> EventPlaces.read(h).events());
      assertThat(counts).isNotEmpty();
    }
    try (Store s = Store.open(StoreConfig.of(tmp.resolve("migrated")))) {
      new Ingestor(s, Pipeline.defaultPipeline(), 2).ingest(List.of(in), null);
      s.jdbi().useHandle(h -> {
        h.execute("DELETE FROM event_places");
        h.execute("INSERT INTO record_meta (meta_key, meta_value) VALUES ('event_places', 'backfill')");
      });
      Derivation.defaults().run(s);
      assertThat(derived(s)).isEqualTo(direct);
      Map<String, Long> backfilled = s.jdbi().withHandle(h -> EventPlaces.read(h).events());
      assertThat(backfilled).isEqualTo(counts);
    }
  }

  @Test
  void bandSetsOfAMigratedRecordAreRebuiltFromSignaturesAndFindLaterCopies() throws IOException {
    Path in = resource("record/jasim-siege.jsonl");
    List<String> lines = Files.readAllLines(in, StandardCharsets.UTF_8);
    Path first = tmp.resolve("first.jsonl");
    Path rest = tmp.resolve("rest.jsonl");
    Files.write(first, lines.subList(0, 1), StandardCharsets.UTF_8);
    Files.write(rest, lines.subList(1, lines.size()), StandardCharsets.UTF_8);
    String direct;
    try (Store s = Store.open(StoreConfig.of(tmp.resolve("direct")))) {
      ingestAndDerive(s, first);
      ingestAndDerive(s, rest);
      direct = derived(s);
    }
    try (Store s = Store.open(StoreConfig.of(tmp.resolve("migrated")))) {
      ingestAndDerive(s, first);
      // As V33 leaves a record whose band keys were rows of report_bands: no band sets, a mark.
      s.jdbi().useHandle(h -> {
        h.execute("DELETE FROM report_band_sets");
        h.execute("INSERT INTO record_meta (meta_key, meta_value) VALUES ('band_sets', 'backfill')");
      });
      ingestAndDerive(s, rest);
      assertThat(derived(s)).as("the copy of the first report is found through its rebuilt band set").isEqualTo(direct);
      long bandSets = s.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM report_band_sets").mapTo(Long.class).one());
      assertThat(bandSets).isEqualTo(4L);
    }
  }

  @Test
  void derivedDataDoesNotDependOnArrivalOrder() throws IOException {
    Path in = resource("record/jasim-siege.jsonl");
    List<String> lines = new ArrayList<>(Files.readAllLines(in, StandardCharsets.UTF_8));
    Collections.reverse(lines);
    Path reversed = tmp.resolve("reversed.jsonl");
    Files.write(reversed, lines, StandardCharsets.UTF_8);
    String a;
    String b;
    try (Store s = Store.open(StoreConfig.of(tmp.resolve("a")))) {
      ingestAndDerive(s, in);
      a = derived(s);
    }
    try (Store s = Store.open(StoreConfig.of(tmp.resolve("b")))) {
      // One report at a time, each followed by a derivation, as successive ingests would.
      for (String line : lines) {
        Path one = tmp.resolve("one-" + Math.abs(line.hashCode()) + ".jsonl");
        Files.writeString(one, line + "\n", StandardCharsets.UTF_8);
        ingestAndDerive(s, one);
      }
      b = derived(s);
    }
    assertThat(b).isEqualTo(a);
  }

  /** Fusing per type and area must give exactly what one fusion over all events gives. */
  @Test
  void partitionedFusionEqualsFusionOverAllEvents() {
    Random rnd = new Random(20200305);
    EventType[] types = {EventType.SIEGE, EventType.ATTACK, EventType.AGREEMENT};
    for (int round = 0; round < 20; round++) {
      List<ReportEvent> input = new ArrayList<>();
      for (int i = 0; i < 60; i++) {
        int placeNo = rnd.nextInt(6);
        // Places on a line 3 km apart: neighbours fuse by distance, chains of them form areas.
        Place p = rnd.nextInt(10) == 0 ? null : new Place("P" + placeNo, "P" + placeNo, null, "SY", null, null,
            33.0 + placeNo * 0.027, 36.0, 1 + rnd.nextInt(3), null);
        EventDate d = rnd.nextInt(8) == 0 ? null
            : new EventDate(LocalDate.of(2020, 3, 1).plusDays(rnd.nextInt(20)).toString(), EventDate.ON, 1 + rnd.nextInt(2), List.of());
        Event e = new Event("e" + i, types[rnd.nextInt(types.length)],
            Map.of("phase", rnd.nextBoolean() ? "imposed" : "continued"), Modality.ASSERTED, false, d, p, null, null,
            null, List.of(new Span(0, 1)), "test");
        input.add(new ReportEvent("r" + rnd.nextInt(25), "o" + rnd.nextInt(4), LocalDate.of(2020, 3, 21), e, null));
      }
      List<String> all = EventFuser.loadDefault().fuse(input).stream().map(FusedEvent::id).sorted().toList();
      List<String> parts = Derivation.defaults().fuse(input).stream().map(FusedEvent::id).sorted().toList();
      assertThat(parts).as("round " + round).isEqualTo(all);
    }
  }

  /**
   * The seed report alone: Kanaker is partly besieged from 2020-09-25 (encircled, movement
   * restricted, food and medicine blocked) and fully from 2020-09-29 (entry and exit closed),
   * citing the seed.
   */
  @Test
  void seedReportGivesKanakerPartialThenFullSiege() throws IOException {
    Path seed = Path.of("../core/src/test/resources/seed/kanaker-2020-09-29.ar.txt");
    assertThat(seed).as("the seed report ships in core's test resources").exists();
    String text = Files.readString(seed, StandardCharsets.UTF_8);
    Path jl = tmp.resolve("seed.jsonl");
    Files.writeString(jl, "{\"content\": " + com.fasterxml.jackson.databind.node.TextNode.valueOf(text)
        + ", \"published\": \"2020-09-29\", \"outlet\": \"العربي الجديد\"}\n", StandardCharsets.UTF_8);
    String seedId = Pipeline.sha256(text.getBytes(StandardCharsets.UTF_8));
    try (Store s = Store.open(StoreConfig.of(tmp.resolve("data")))) {
      ingestAndDerive(s, jl);
      String kanaker = s.events(EventQuery.all().withType(EventType.SIEGE)).stream()
          .filter(e -> "imposed".equals(e.event().attributes().get("phase")) && e.event().place() != null)
          .map(e -> e.event().place().id()).findFirst().orElseThrow();
      boolean suppliesPlaced = s.events(EventQuery.all().withType(EventType.SUPPLY_DENIAL).withPlace(kanaker)).size() > 0;
      assertThat(suppliesPlaced).as("the seed's supply denial is placed at Kanaker").isTrue();
      List<StatusIntervalRecord> tl = s.statusIntervals(kanaker);
      assertThat(tl).extracting(StatusIntervalRecord::level, StatusIntervalRecord::start)
          .contains(org.assertj.core.groups.Tuple.tuple("PARTIAL_SIEGE", LocalDate.of(2020, 9, 25)),
              org.assertj.core.groups.Tuple.tuple("FULL_SIEGE", LocalDate.of(2020, 9, 29)));
      StatusIntervalRecord full = tl.stream().filter(i -> i.level().equals("FULL_SIEGE")).findFirst().orElseThrow();
      assertThat(full.sources()).extracting(x -> x.event().reportId()).contains(seedId);
      assertThat(full.indicators()).containsEntry("movement", "closed").containsEntry("food", "blocked");
    }
  }

  static String derived(Store s) {
    return Derivation.canonical(s.fusedEvents(), s.statusIntervals(null));
  }
}
