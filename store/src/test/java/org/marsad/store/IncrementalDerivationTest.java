package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.Pipeline;
import org.marsad.fuse.NearDuplicates;
import org.marsad.ingest.ReportSources;
import org.marsad.model.Event;
import org.marsad.model.EventType;

/**
 * Incremental derivation (only the areas new reports touch) gives exactly what one derivation over
 * the whole record gives, on real reports: the siege subset of the SaudiNewsNet corpus when this
 * machine has it, else Marsad's own sample reports; every third report repeated with a line that
 * makes it distinct, so that near-duplicate groups form across batches.
 */
class IncrementalDerivationTest {
  static final Path SUBSET = Path.of("/work/shared/data/saudinewsnet-syria/saudinewsnet_syria_siege_subset.jsonl");
  static final Path SAMPLE = Path.of("../flink/src/test/resources/sample-reports.jsonl");

  @TempDir Path tmp;

  @Test
  void batchesOfIngestGiveTheSameDerivedDataAsOneRun() throws IOException {
    List<String> lines = lines();
    Path all = tmp.resolve("all.jsonl");
    Files.write(all, lines, StandardCharsets.UTF_8);
    Pipeline p = Pipeline.defaultPipeline();
    String once;
    Map<String, String> groupsOnce;
    try (Store s = Store.open(StoreConfig.of(tmp.resolve("once")))) {
      new Ingestor(s, p, 2).ingest(List.of(all), null);
      Derivation.Summary d = Derivation.defaults().run(s);
      assertThat(d.fused()).isPositive();
      once = DerivationTest.derived(s);
      groupsOnce = groups(s);
      // The stored groups are those of NearDuplicates over every text at once.
      Map<String, String> texts = new TreeMap<>();
      s.jdbi().useHandle(h -> h.createQuery("SELECT id, raw_text FROM reports").map((rs, c) -> Map.entry(rs.getString(1),
          rs.getString(2))).forEach(e -> texts.put(e.getKey(), e.getValue())));
      assertThat(groupsOnce).isEqualTo(NearDuplicates.defaults().groups(texts));
      assertThat(groupsOnce.entrySet().stream().filter(e -> !e.getKey().equals(e.getValue())).count()).isPositive();
    }
    try (Store s = Store.open(StoreConfig.of(tmp.resolve("batches")))) {
      int step = Math.max(1, lines.size() / 4);
      for (int i = 0; i < lines.size(); i += step) {
        Path part = tmp.resolve("part" + i + ".jsonl");
        // Later parts first: groups merge and horizons move backwards and forwards.
        List<String> chunk = lines.subList(Math.max(0, lines.size() - i - step), lines.size() - i);
        Files.write(part, chunk, StandardCharsets.UTF_8);
        new Ingestor(s, src -> p.extract(p.read(src)), 2, 7).ingest(List.of(part), null);
        Derivation.defaults().run(s);
      }
      assertThat(groups(s)).isEqualTo(groupsOnce);
      assertThat(DerivationTest.derived(s)).isEqualTo(once);
      assertKeptCountsMatchTheirTables(s);
      Derivation.defaults().rebuild(s);
      assertThat(DerivationTest.derived(s)).isEqualTo(once);
    }
  }

  /**
   * Reviews that correct the type of an event at a region or country (an area derived by type):
   * each incremental run re-derives the type the event now counts as and the type it counted as
   * before (not only the type it is stored with), and so does a later report of the corrected
   * type there (the reviewed event is read whatever its stored type); each gives what a rebuild
   * through the same view gives.
   */
  @Test
  void aTypeCorrectedAtARegionCountsAsCorrectedInEveryLaterRun() throws IOException {
    List<String> lines = lines();
    Path all = tmp.resolve("some.jsonl");
    Files.write(all, lines.subList(0, Math.min(lines.size(), 80)), StandardCharsets.UTF_8);
    try (Store s = Store.open(StoreConfig.of(tmp.resolve("reviewed")))) {
      new Ingestor(s, Pipeline.defaultPipeline(), 2).ingest(List.of(all), null);
      Derivation.defaults().run(s);
      // Two events of two types from two reports at one region: the first is corrected to the second's type.
      String[] pair = s.jdbi().withHandle(h -> h.createQuery("SELECT a.report_id, a.event_id, a.type, b.report_id, b.type"
              + " FROM events a JOIN events b ON b.place_id = a.place_id AND b.type <> a.type AND b.report_id <> a.report_id"
              + " JOIN event_places p ON p.place_id = a.place_id WHERE p.min_precision > 2"
              + " ORDER BY a.report_id, a.event_id, b.report_id")
          .map((rs, c) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)})
          .first());
      EventType other = EventType.valueOf(pair[4]);
      List<EventType> corrections = List.of(other == EventType.ARREST ? EventType.PROTEST : EventType.ARREST, other);
      for (EventType corrected : corrections) {
        s.jdbi().useHandle(h -> {
          h.execute("DELETE FROM event_reviews WHERE report_id = ? AND event_id = ?", pair[0], pair[1]);
          h.execute("INSERT INTO event_reviews (report_id, event_id, state, c_type, updated_at)"
              + " VALUES (?, ?, 'pending', ?, CURRENT_TIMESTAMP)", pair[0], pair[1], corrected.name());
        });
        Derivation reviewed = Derivation.defaults().withView(correctedType(pair[0], pair[1], corrected));
        s.jdbi().useTransaction(h -> Derivation.markPending(h, pair[0]));
        reviewed.run(s);
        assertThat(typesOf(s, pair[0], pair[1])).containsExactly(corrected);
        String incremental = DerivationTest.derived(s);
        reviewed.rebuild(s);
        assertThat(DerivationTest.derived(s)).isEqualTo(incremental);
      }
      // A later run for the other report alone re-derives its type there, the corrected event in it.
      Derivation reviewed = Derivation.defaults().withView(correctedType(pair[0], pair[1], other));
      s.jdbi().useTransaction(h -> Derivation.markPending(h, pair[3]));
      reviewed.run(s);
      assertThat(typesOf(s, pair[0], pair[1])).containsExactly(other);
      String incremental = DerivationTest.derived(s);
      reviewed.rebuild(s);
      assertThat(DerivationTest.derived(s)).isEqualTo(incremental);
    }
  }

  private static List<EventType> typesOf(Store s, String reportId, String eventId) {
    return s.fusedEvents().stream()
        .filter(f -> f.members().stream().anyMatch(m -> m.reportId().equals(reportId) && m.eventId().equals(eventId)))
        .map(FusedEventRecord::type).toList();
  }

  private static UnaryOperator<StoredEvent> correctedType(String reportId, String eventId, EventType type) {
    return se -> {
      Event e = se.event();
      if (!se.document().id().equals(reportId) || !e.id().equals(eventId)) {
        return se;
      }
      return new StoredEvent(se.document(), new Event(e.id(), type, e.attributes(), e.modality(), e.historical(),
          e.date(), e.place(), e.actor1(), e.actor2(), e.source(), e.evidence(), e.ruleId()));
    };
  }

  /**
   * What the writer and the derivation keep beside the tables (places and their event counts, the
   * narrow report fields' groups, the number of copies) equals what a scan of the tables gives.
   */
  private static void assertKeptCountsMatchTheirTables(Store s) {
    s.jdbi().useHandle(h -> {
      Map<String, Long> scanned = new TreeMap<>();
      h.createQuery("SELECT place_id, place_name, place_lat, place_lon, COUNT(*) FROM events"
              + " WHERE place_id IS NOT NULL OR place_name IS NOT NULL GROUP BY place_id, place_name, place_lat, place_lon")
          .map((rs, c) -> Map.entry(org.marsad.track.StatusEngine.placeKey(new org.marsad.model.Place(rs.getString(1),
              rs.getString(2), null, null, null, null, rs.getDouble(3), rs.getDouble(4), 1, null)), rs.getLong(5)))
          .forEach(e -> scanned.merge(e.getKey(), e.getValue(), Long::sum));
      assertThat(new TreeMap<>(EventPlaces.read(h).events())).isEqualTo(scanned);
      Map<String, String> fields = new TreeMap<>();
      h.createQuery("SELECT report_id, syndication_group FROM report_fields")
          .map((rs, c) -> Map.entry(rs.getString(1), rs.getString(2))).forEach(e -> fields.put(e.getKey(), e.getValue()));
      assertThat(fields).isEqualTo(groups(s));
      assertThat(Syndication.copies(h)).isEqualTo(
          h.createQuery("SELECT COUNT(*) FROM report_signatures WHERE syndication_group <> report_id").mapTo(Long.class).one());
    });
  }

  private static Map<String, String> groups(Store s) {
    Map<String, String> out = new TreeMap<>();
    s.jdbi().useHandle(h -> h.createQuery("SELECT report_id, syndication_group FROM report_signatures")
        .map((rs, c) -> Map.entry(rs.getString(1), rs.getString(2))).forEach(e -> out.put(e.getKey(), e.getValue())));
    return out;
  }

  private static List<String> lines() throws IOException {
    Path src = Files.isRegularFile(SUBSET) ? SUBSET : SAMPLE;
    List<String> base = Files.readAllLines(src, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
    List<String> out = new ArrayList<>(base);
    for (int i = 0; i < base.size(); i += 3) {
      out.add(Bench.distinctCopy(base.get(i), 1));
    }
    return out;
  }
}
