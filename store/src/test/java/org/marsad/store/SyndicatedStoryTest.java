package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.Pipeline;

/**
 * One wire story carried by two outlets (the second with a paragraph of its own on top) is one
 * source; another outlet's own report of the same town on the same day is a second source and is
 * not linked to the story. Texts written for this test.
 */
class SyndicatedStoryTest {
  static final String WIRE = String.join("\n",
      "فرضت قوات النظام السوري، منذ صباح اليوم، حصاراً خانقاً على بلدة جاسم في ريف درعا الشمالي، ومنعت إدخال المواد الغذائية والأدوية إلى البلدة.",
      "وقال ناشطون من أبناء البلدة إن الحواجز العسكرية أغلقت الطرق المؤدية إلى جاسم ومنعت الأهالي من الخروج منها، بعد رفض الوجهاء تسليم عدد من الشبان المطلوبين للأجهزة الأمنية.",
      "وأضاف الناشطون أن الأفران توقفت عن العمل بسبب نفاد الطحين، وأن المرضى لا يستطيعون الوصول إلى المشافي في مدينة درعا.",
      "ويقطن البلدة نحو ثلاثين ألف نسمة بينهم مئات العائلات النازحة من القرى المجاورة، بحسب إحصاءات محلية.");

  static final String LEAD = "تتواصل المعاناة الإنسانية في الجنوب السوري وسط غياب أي تحرك من المنظمات الدولية لإنقاذ المدنيين المحاصرين هناك.";

  static final String OTHER = String.join("\n",
      "أكد مراسلنا في درعا أن الجيش يحاصر بلدة جاسم منذ اليوم ويمنع دخول الخبز والوقود إليها، وسط انتشار كثيف للدبابات عند مدخلها الشرقي.",
      "ولم يتمكن المزارعون من الوصول إلى أراضيهم، فيما أغلقت المدارس أبوابها وتوقفت حركة السيارات بالكامل.");

  @TempDir Path tmp;

  @Test
  void theCopiesAreLinkedAndCountOnceAndTheOtherReportIsNotLinked() throws IOException {
    ObjectMapper json = new ObjectMapper();
    Path in = tmp.resolve("day.jsonl");
    Files.write(in, List.of(
        json.writeValueAsString(Map.of("content", WIRE, "published", "2020-03-12", "outlet", "وكالة الخبر", "url", "https://a.example/1")),
        json.writeValueAsString(Map.of("content", LEAD + "\n" + WIRE, "published", "2020-03-12", "outlet", "صحيفة الوادي", "url", "https://b.example/9")),
        json.writeValueAsString(Map.of("content", OTHER, "published", "2020-03-12", "outlet", "شبكة الأنباء", "url", "https://c.example/3"))),
        StandardCharsets.UTF_8);
    try (Store s = Store.open(StoreConfig.of(tmp.resolve("data")))) {
      new Ingestor(s, Pipeline.defaultPipeline(), 1).ingest(List.of(in), null);
      Derivation.Summary d = Derivation.defaults().run(s);
      assertThat(d.copies()).isEqualTo(1);
      List<DuplicateLinks.Cluster> clusters = DuplicateLinks.clusters(s, null);
      assertThat(clusters).singleElement().satisfies(c ->
          assertThat(c.members()).extracting(DuplicateLinks.Member::outlet).containsExactlyInAnyOrder("وكالة الخبر", "صحيفة الوادي"));
      String someId = clusters.get(0).members().get(1).reportId();
      assertThat(DuplicateLinks.clusters(s, someId.substring(0, 10))).hasSize(1);

      List<StatusIntervalRecord> tl = s.statusIntervals(DerivationTest.JASIM);
      assertThat(tl).isNotEmpty();
      StatusIntervalRecord first = tl.get(0);
      long reportsBehind = first.sources().stream().map(x -> x.event().reportId()).distinct().count();
      assertThat(reportsBehind).as("all three reports support the status").isEqualTo(3);
      assertThat(first.sourceCount()).as("the wire story and its copy are one source, the other report a second").isEqualTo(2);
    }
  }

  @Test
  void twoCopiesOfOneWireStoryAreOneFusedSiegeAndOneIndependentSource() throws IOException {
    ObjectMapper json = new ObjectMapper();
    Path in = tmp.resolve("copies.jsonl");
    Files.write(in, List.of(
        json.writeValueAsString(Map.of("content", WIRE, "published", "2020-03-12", "outlet", "وكالة الخبر", "url", "https://a.example/1")),
        json.writeValueAsString(Map.of("content", LEAD + "\n" + WIRE, "published", "2020-03-12", "outlet", "صحيفة الوادي", "url", "https://b.example/9"))),
        StandardCharsets.UTF_8);
    try (Store s = Store.open(StoreConfig.of(tmp.resolve("copies")))) {
      new Ingestor(s, Pipeline.defaultPipeline(), 1).ingest(List.of(in), null);
      Derivation.defaults().run(s);
      List<FusedEventRecord> sieges = s.fusedEvents().stream()
          .filter(f -> f.type() == org.marsad.model.EventType.SIEGE && DerivationTest.JASIM.equals(f.placeId())).toList();
      assertThat(sieges).as("the story's siege, told by two outlets, is one event").singleElement().satisfies(f -> {
        assertThat(f.members().stream().map(EventRef::reportId).distinct()).as("both copies behind it").hasSize(2);
        assertThat(f.sourceCount()).as("independent sources of the fused event").isEqualTo(1);
      });
      StatusIntervalRecord first = s.statusIntervals(DerivationTest.JASIM).get(0);
      assertThat(first.sources().stream().map(x -> x.event().reportId()).distinct()).hasSize(2);
      assertThat(first.sourceCount()).as("two copies, one independent source").isEqualTo(1);
      RecordView.Status st = RecordView.statusOn(new RecordView(s).timeline(DerivationTest.JASIM), LocalDate.of(2020, 3, 12));
      assertThat(st.independentSources()).isEqualTo(1);
      assertThat(st.confidence()).as("one source is not high confidence").isNotEqualTo(RecordView.Confidence.HIGH);
    }
  }

  /** A short wire item (two sentences) and a next-day copy with a lead of its own and "اليوم" made "أمس". */
  static final String SHORT = String.join("\n",
      "أعادت قوات الجيش اليوم الخميس فتح الطرق المؤدية إلى بلدة جاسم، منهية حصارا استمر ثلاثة أسابيع على البلدة.",
      "وأكد ناشطون أن شاحنات محملة بالطحين والأدوية دخلت البلدة مساء اليوم لأول مرة منذ بدء الحصار.");
  static final String SHORT_COPY = String.join("\n",
      "عادت الحياة تدريجيا إلى أسواق الجنوب.",
      "أعادت قوات الجيش أمس الخميس فتح الطرق المؤدية إلى بلدة جاسم، منهية حصارا استمر ثلاثة أسابيع على البلدة.",
      "وأكد ناشطون أن شاحنات محملة بالطحين والأدوية دخلت البلدة مساء أمس لأول مرة منذ بدء الحصار.");

  @Test
  void aShortCopyWithALeadOfItsOwnIsStillOneSource() throws IOException {
    ObjectMapper json = new ObjectMapper();
    Path in = tmp.resolve("short.jsonl");
    Files.write(in, List.of(
        json.writeValueAsString(Map.of("content", SHORT, "published", "2020-04-02", "outlet", "وكالة الخبر", "url", "https://a.example/2")),
        json.writeValueAsString(Map.of("content", SHORT_COPY, "published", "2020-04-03", "outlet", "صحيفة الوادي", "url", "https://b.example/8")),
        json.writeValueAsString(Map.of("content", OTHER, "published", "2020-04-03", "outlet", "شبكة الأنباء", "url", "https://c.example/4"))),
        StandardCharsets.UTF_8);
    try (Store s = Store.open(StoreConfig.of(tmp.resolve("short")))) {
      new Ingestor(s, Pipeline.defaultPipeline(), 1).ingest(List.of(in), null);
      assertThat(Derivation.defaults().run(s).copies()).as("the copy with a new lead is linked, the other report not").isEqualTo(1);
      assertThat(DuplicateLinks.clusters(s, null)).singleElement().satisfies(c ->
          assertThat(c.members()).extracting(DuplicateLinks.Member::outlet).containsExactlyInAnyOrder("وكالة الخبر", "صحيفة الوادي"));
    }
  }
}
