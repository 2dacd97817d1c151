package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.Pipeline;
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

class StoreTest {
  @TempDir Path tmp;

  private Path data() {
    return tmp.resolve("data");
  }

  private Path folder() {
    Path in = tmp.resolve("in");
    TestData.write(in.resolve("a.txt"), TestData.SENTENCES[0] + "\n" + TestData.SENTENCES[1]);
    TestData.write(in.resolve("sub/b.ar.txt"), TestData.SENTENCES[2]);
    TestData.write(in.resolve("sub/c.txt"), TestData.SENTENCES[4]);
    TestData.write(in.resolve("notes.md"), "not a report: wrong extension");
    return in;
  }

  private static IngestSummary ingest(Store s, Path... paths) {
    return new Ingestor(s, Pipeline.defaultPipeline(), 2).ingest(List.of(paths), null);
  }

  @Test
  void compactingKeepsEveryRowAndOnlyHappensBelowTheFillRate() throws IOException {
    Path in = folder();
    String before;
    try (Store s = Store.open(StoreConfig.of(data()))) {
      ingest(s, in);
      Derivation.defaults().run(s);
      before = TestData.digest(s);
      assertThat(s.compactIfSparse(0)).as("no file has less than 0 %% live chunks").isEmpty();
      Store.Compaction c = s.compactIfSparse(101).orElseThrow();
      assertThat(c.bytesAfter()).isPositive();
    }
    try (Store s = Store.open(StoreConfig.of(data()))) {
      assertThat(TestData.digest(s)).isEqualTo(before);
    }
  }

  @Test
  void ingestsAFolderAndReadsReportsBack() throws IOException {
    Path in = folder();
    try (Store s = Store.open(StoreConfig.of(data()))) {
      IngestSummary sum = ingest(s, in);
      assertThat(sum.added()).isEqualTo(3);
      assertThat(sum.known()).isZero();
      assertThat(sum.rejected()).isZero();
      assertThat(s.counts()).containsEntry("reports", 3L);
      String id = Pipeline.sha256(Files.readAllBytes(in.resolve("a.txt")));
      Extraction x = s.extraction(id).orElseThrow();
      assertThat(x.text()).isEqualTo(TestData.SENTENCES[0] + "\n" + TestData.SENTENCES[1]);
      assertThat(x.paragraphs()).hasSize(2);
      assertThat(x.document().language()).isEqualTo("ar");
      String en = Pipeline.sha256(Files.readAllBytes(in.resolve("sub/c.txt")));
      assertThat(s.extraction(en).orElseThrow().document().language()).isEqualTo("en");
      assertThat(s.extraction("0".repeat(64))).isEmpty();
    }
    assertThat(Files.exists(data().resolve("marsad.mv.db"))).isTrue();
    assertThat(Files.isDirectory(data().resolve("index"))).isTrue();
  }

  @Test
  void ingestsJsonLinesWithMetadataAndRecordsBadLines() {
    Path jl = tmp.resolve("feed.jsonl");
    TestData.write(jl, String.join("\n",
        "{\"content\": \"" + TestData.SENTENCES[0] + "\", \"published\": \"2020-09-29 10:00:00\", \"source\": \"وكالة تجريبية\","
            + " \"url\": \"https://example.org/1\", \"title\": \"حصار المدينة\"}",
        "{\"content\": \"" + TestData.SENTENCES[3] + "\", \"date_extracted\": \"2020-10-01\", \"outlet\": \"صحيفة\"}",
        "",
        "{\"title\": \"no content here\"}",
        "{not json",
        "{\"content\": \"" + TestData.SENTENCES[1] + "\", \"published\": \"someday\"}"));
    try (Store s = Store.open(StoreConfig.of(data()))) {
      IngestSummary sum = ingest(s, jl);
      assertThat(sum.added()).isEqualTo(2);
      assertThat(sum.rejected()).isEqualTo(3);
      assertThat(sum.rejectReasons()).containsKeys("no \"content\" string", "not a JSON object");
      String id = Pipeline.sha256(TestData.SENTENCES[0].getBytes(StandardCharsets.UTF_8));
      DocumentMeta m = s.extraction(id).orElseThrow().document();
      assertThat(m.published()).isEqualTo(LocalDate.of(2020, 9, 29));
      assertThat(m.outlet()).isEqualTo("وكالة تجريبية");
      assertThat(m.url()).isEqualTo("https://example.org/1");
      assertThat(m.title()).isEqualTo("حصار المدينة");
      assertThat(s.rejects()).extracting(Store.Reject::sourceName)
          .containsExactly(jl + "#4", jl + "#5", jl + "#6");
      assertThat(s.rejects().get(2).reason()).contains("unreadable date");
    }
  }

  @Test
  void secondRunAddsNothing() {
    Path in = folder();
    Path bad = tmp.resolve("bad.txt");
    try {
      Files.write(bad, new byte[] {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D}); // a PNG header
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    try (Store s = Store.open(StoreConfig.of(data()))) {
      IngestSummary first = ingest(s, in, bad);
      assertThat(first.added()).isEqualTo(3);
      assertThat(first.rejected()).isEqualTo(1);
      assertThat(first.rejectReasons()).containsOnlyKeys("looks like binary data");
      Map<String, Long> counts = s.counts();
      String digest = TestData.digest(s);
      IngestSummary second = ingest(s, in, bad);
      assertThat(second.added()).isZero();
      assertThat(second.known()).isEqualTo(3);
      assertThat(second.rejected()).isEqualTo(1);
      assertThat(s.counts()).isEqualTo(counts);
      assertThat(TestData.digest(s)).isEqualTo(digest);
      assertThat(s.rejects()).singleElement().satisfies(r -> {
        assertThat(r.sourceName()).isEqualTo(bad.toString());
        assertThat(r.reason()).isEqualTo(bad + ": looks like binary data (PNG signature)");
      });
    }
    // and across a reopen
    try (Store s = Store.open(StoreConfig.of(data()))) {
      assertThat(ingest(s, in).added()).isZero();
      assertThat(s.indexRecovery().checked()).isFalse();
      assertThat(s.indexSize()).isEqualTo(3);
    }
  }

  @Test
  void sameBytesUnderTwoNamesAreStoredOnce() {
    TestData.write(tmp.resolve("in/one.txt"), TestData.SENTENCES[2]);
    TestData.write(tmp.resolve("in/two.txt"), TestData.SENTENCES[2]);
    try (Store s = Store.open(StoreConfig.of(data()))) {
      IngestSummary sum = ingest(s, tmp.resolve("in"));
      assertThat(sum.added()).isEqualTo(1);
      assertThat(sum.known()).isEqualTo(1);
      assertThat(s.counts()).containsEntry("reports", 1L);
    }
  }

  @Test
  void aRejectIsClearedWhenTheSourceLaterSucceeds() {
    try (Store s = Store.open(StoreConfig.of(data()))) {
      Path f = tmp.resolve("in/r.txt");
      TestData.write(f, TestData.SENTENCES[3]);
      s.reject(f.toString(), f + ": earlier failure");
      assertThat(s.rejects()).hasSize(1);
      ingest(s, f);
      assertThat(s.rejects()).isEmpty();
    }
  }

  @Test
  void aFailingExtractorRejectsTheReportAndGoesOn() {
    Path in = folder();
    try (Store s = Store.open(StoreConfig.of(data()))) {
      Pipeline p = Pipeline.defaultPipeline();
      IngestSummary sum = new Ingestor(s, src -> {
        if (src.name().endsWith("b.ar.txt")) {
          throw new IllegalStateException("boom");
        }
        return p.extract(p.read(src));
      }, 1).ingest(List.of(in), null);
      assertThat(sum.added()).isEqualTo(2);
      assertThat(sum.rejected()).isEqualTo(1);
      assertThat(s.rejects().get(0).reason()).contains("extraction failed").contains("boom");
    }
  }

  @Test
  void writesInInputOrderWhateverOrderWorkersFinishIn() {
    StringBuilder jl = new StringBuilder();
    for (int i = 0; i < 60; i++) {
      jl.append("{\"content\": \"تقرير رقم ").append(i).append("\"}\n");
    }
    Path feed = tmp.resolve("feed.jsonl");
    TestData.write(feed, jl.toString());
    List<String> order = new java.util.ArrayList<>();
    try (Store s = Store.open(StoreConfig.of(data()))) {
      Pipeline p = Pipeline.defaultPipeline();
      IngestSummary sum = new Ingestor(s, src -> {
        try {
          Thread.sleep(Math.floorMod(src.name().hashCode(), 7)); // finish out of order
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return p.extract(p.read(src));
      }, 4).ingest(List.of(feed), (name, outcome) -> order.add(name));
      assertThat(sum.added()).isEqualTo(60);
    }
    assertThat(order).hasSize(60);
    for (int i = 0; i < 60; i++) {
      assertThat(order.get(i)).isEqualTo(feed + "#" + (i + 1));
    }
  }

  static Extraction handBuilt() {
    String text = "شددت القوات الحصار على بلدة تجريبية اليوم.\nوقالت مصادر محلية إن الطحين منع من الدخول.";
    DocumentMeta meta = new DocumentMeta(Pipeline.sha256(text.getBytes(StandardCharsets.UTF_8)), "ar",
        LocalDate.of(2020, 9, 29), "منفذ", null, "عنوان");
    Place place = new Place("gaz:1", "Testtown", "بلدة تجريبية", "SY", "Rural Damascus", "Qatana", 33.27, 36.1, 1, new Span(27, 39));
    Actor army = new Actor("Syrian Government Forces", "state forces", new Span(5, 11));
    Actor locals = new Actor("Civilians", "civilians", null);
    Event siege = new Event("e1", EventType.SIEGE, Map.of("phase", "tightened"), Modality.ASSERTED, false,
        new EventDate("2020-09-29", EventDate.ON, 1, List.of(new Span(40, 45))), place, army, locals,
        "مصادر محلية", List.of(new Span(0, 45)), "siege.ar:3");
    Event supply = new Event("e2", EventType.SUPPLY_DENIAL, Map.of("items", List.of("flour")), Modality.ASSERTED, false,
        new EventDate(null, EventDate.SINCE, 3, List.of()), place, army, null, null,
        List.of(new Span(46, 70), new Span(71, 80)), "supply.ar:1");
    Event background = new Event("e3", EventType.AGREEMENT, Map.of(), Modality.ASSERTED, true,
        new EventDate("2018", EventDate.ON, 4, List.of()), null, null, null, null, List.of(new Span(0, 4)), "agreement.ar:2");
    Event noDate = new Event("e4", EventType.THREAT, Map.of(), Modality.THREATENED, false, null,
        new Place("gaz:2", "Othertown", null, "SY", null, null, 33.5, 36.3, 3, null), army, null, null,
        List.of(new Span(0, 4)), "threat.ar:1");
    return new Extraction(meta, text, List.of(new Paragraph(0, 0, 45, null), new Paragraph(1, 46, text.length(), null)),
        List.of(siege, supply, background, noDate), List.of("a diagnostic"));
  }

  @Test
  void storesAHandBuiltExtractionAndReadsItBack() {
    Extraction x = handBuilt();
    try (Store s = Store.open(StoreConfig.of(data()))) {
      assertThat(s.put(x, "hand")).isTrue();
      assertThat(s.put(x, "hand again")).isFalse();
      assertThat(s.extraction(x.document().id())).contains(x);
      Map<String, Long> c = s.counts();
      assertThat(c).containsEntry("events", 4L).containsEntry("places", 2L).containsEntry("actors", 2L);

      assertThat(s.events(EventQuery.all())).extracting(e -> e.event().id()).containsExactly("e3", "e1", "e2", "e4");
      assertThat(s.events(EventQuery.all().withType(EventType.SIEGE))).singleElement()
          .satisfies(e -> {
            assertThat(e.event()).isEqualTo(x.events().get(0));
            assertThat(e.document()).isEqualTo(x.document());
            assertThat(e.ref()).isEqualTo(new EventRef(x.document().id(), "e1"));
          });
      assertThat(s.events(EventQuery.all().withPlace("gaz:1"))).hasSize(2);
      assertThat(s.events(EventQuery.all().between(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31))))
          .extracting(e -> e.event().id()).containsExactly("e1");
      assertThat(s.events(EventQuery.all().withLimit(1))).hasSize(1);
    }
  }

  @Test
  void replacesDerivedDataAndLinksItToEvents() {
    Extraction x = handBuilt();
    String r = x.document().id();
    FusedEventRecord fused = new FusedEventRecord("f1", EventType.SIEGE, Modality.ASSERTED, false, "gaz:1", "Testtown",
        33.27, 36.1, "2020-09-29", "on", 1, Map.of("phase", "tightened"), 2,
        List.of(new EventRef(r, "e1"), new EventRef(r, "e2")));
    StatusIntervalRecord interval = new StatusIntervalRecord("gaz:1", "Testtown", "FULL_SIEGE", LocalDate.of(2020, 9, 29),
        null, Map.of("movement", "closed", "food", "blocked"), 1,
        List.of(new StatusIntervalRecord.Support(new EventRef(r, "e1"), "since 2020-09-29")));
    StatusIntervalRecord before = new StatusIntervalRecord("gaz:1", "Testtown", "WATCH", LocalDate.of(2020, 9, 1),
        LocalDate.of(2020, 9, 28), Map.of(), 0, List.of());
    try (Store s = Store.open(StoreConfig.of(data()))) {
      s.put(x, "hand");
      s.replaceDerived(List.of(fused), List.of(interval, before));
      assertThat(s.fusedEvents()).containsExactly(fused);
      assertThat(s.statusIntervals("gaz:1")).containsExactly(before, interval);
      assertThat(s.statusIntervals(null)).hasSize(2);
      assertThat(s.counts()).containsEntry("fused_event_members", 2L).containsEntry("status_interval_sources", 1L);

      s.replaceDerived(List.of(), List.of(interval));
      assertThat(s.fusedEvents()).isEmpty();
      assertThat(s.statusIntervals(null)).containsExactly(interval);

      FusedEventRecord dangling = new FusedEventRecord("f2", EventType.ATTACK, null, false, null, null, null, null,
          null, null, null, Map.of(), 1, List.of(new EventRef(r, "no-such-event")));
      assertThatThrownBy(() -> s.replaceDerived(List.of(dangling), List.of())).isInstanceOf(RuntimeException.class);
      // the failed replacement left the previous state untouched
      assertThat(s.statusIntervals(null)).containsExactly(interval);
    }
  }

  @Test
  void searchFindsArabicWordsInOtherSurfaceForms() {
    Path in = tmp.resolve("in");
    TestData.write(in.resolve("1.txt"), "فرضت القوات حصاراً خانقاً على المدينة منذ أسبوع.");
    TestData.write(in.resolve("2.txt"), "أغلق الأهالي الطريق احتجاجاً على الاعتقالات.");
    TestData.write(in.resolve("3.txt"), "وصل وفد إلى الحاجز الشمالي للبلدة ـــ دون نتيجة.");
    TestData.write(in.resolve("4.txt"), "The army besieged the town and blocked the road.");
    try (Store s = Store.open(StoreConfig.of(data()))) {
      ingest(s, in);
      String one = id("فرضت القوات حصاراً خانقاً على المدينة منذ أسبوع.");
      String two = id("أغلق الأهالي الطريق احتجاجاً على الاعتقالات.");
      String three = id("وصل وفد إلى الحاجز الشمالي للبلدة ـــ دون نتيجة.");
      // without the article, and with heh for teh marbuta
      assertThat(ids(s.search("مدينه", 10))).containsExactly(one);
      assertThat(ids(s.search("مدينة", 10))).containsExactly(one);
      // with the article where the text has none... and a prefixed preposition (للبلدة)
      assertThat(ids(s.search("البلدة", 10))).containsExactly(three);
      // tatweel inside a word is ignored
      assertThat(ids(s.search("الطـــريق", 10))).containsExactly(two);
      assertThat(ids(s.search("road", 10))).containsExactly(id("The army besieged the town and blocked the road."));
      assertThat(s.search("كلمة_غير_موجودة", 10)).isEmpty();
      // a tatweel-only query has no terms at all: it must not match the tatweel run in 3.txt
      assertThat(s.search("ـــ", 10)).isEmpty();
      // broken syntax is searched as words
      assertThat(ids(s.search("الطريق (", 10))).containsExactly(two);
      assertThatThrownBy(() -> s.search("  ", 10)).isInstanceOf(org.marsad.BadInputException.class);
    }
  }

  @Test
  void rebuildsAMissingOrCorruptIndexFromTheDatabase() throws IOException {
    Path in = folder();
    try (Store s = Store.open(StoreConfig.of(data()))) {
      ingest(s, in);
    }
    deleteTree(data().resolve("index"));
    try (Store s = Store.open(StoreConfig.of(data()))) {
      assertThat(s.indexRecovery()).isEqualTo(new Store.IndexRecovery(true, false, 3, 0));
      assertThat(s.indexedIds()).hasSize(3);
      assertThat(s.search("الحاجز", 5)).hasSize(1);
    }
    // Corrupt every segments file: the index cannot be opened and is rebuilt.
    try (Stream<Path> files = Files.list(data().resolve("index"))) {
      for (Path f : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
        byte[] b = Files.readAllBytes(f);
        for (int i = 0; i < b.length; i++) {
          b[i] ^= 0x5A;
        }
        Files.write(f, b);
      }
    }
    try (Store s = Store.open(StoreConfig.of(data()))) {
      assertThat(s.indexRecovery().rebuilt()).isTrue();
      assertThat(s.indexRecovery().reindexed()).isEqualTo(3);
      assertThat(s.search("الحاجز", 5)).hasSize(1);
    }
  }

  private static String id(String text) {
    return Pipeline.sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> ids(List<SearchHit> hits) {
    return hits.stream().map(SearchHit::reportId).toList();
  }

  static void deleteTree(Path p) throws IOException {
    try (Stream<Path> walk = Files.walk(p)) {
      for (Path f : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }
}
