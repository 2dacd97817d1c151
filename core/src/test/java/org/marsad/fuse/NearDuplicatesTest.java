package org.marsad.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Texts written for this test about an invented town. */
class NearDuplicatesTest {
  static final String ORIGINAL = String.join("\n",
      "قوات الجيش تطوق بلدة تل الزيتون",
      "فرضت قوات الجيش، صباح اليوم الأحد، طوقا كاملا على بلدة تل الزيتون في ريف المحافظة الغربي، ومنعت الدخول والخروج منها.",
      "وقال مصدر محلي إن الحواجز المحيطة بالبلدة أغلقت الطرق الرئيسية، ولم تسمح بإدخال الطحين والأدوية منذ ثلاثة أيام.",
      "ويخشى الأهالي من عملية عسكرية واسعة بعد أن رفضت اللجنة الأمنية لقاء وفد من وجهاء البلدة.",
      "ويقطن البلدة نحو عشرين ألف نسمة، بينهم مئات النازحين من القرى المجاورة.");

  /** A re-post: another headline, harakat and a hamza dropped, a footer added. */
  static final String COPY = String.join("\n",
      "حصار تل الزيتون: الجيش يغلق الطرق",
      "فرضت قوات الجيش، صباح اليوم الأحد، طوقاً كاملاً على بلدة تل الزيتون في ريف المحافظة الغربي، ومنعت الدخول والخروج منها.",
      "وقال مصدر محلي ان الحواجز المحيطة بالبلدة أغلقت الطرق الرئيسية، ولم تسمح بإدخال الطحين والأدوية منذ ثلاثة أيام.",
      "ويخشى الأهالي من عملية عسكرية واسعة بعد أن رفضت اللجنة الأمنية لقاء وفد من وجهاء البلدة.",
      "ويقطن البلدة نحو عشرين ألف نسمة، بينهم مئات النازحين من القرى المجاورة.",
      "جميع الحقوق محفوظة للناشر الأصلي.");

  /** Another outlet's own report of the same siege: same names, other words. */
  static final String OTHER = String.join("\n",
      "تل الزيتون تحت الحصار لليوم الثالث",
      "أكد ناشطون أن بلدة تل الزيتون تعيش حصارا خانقا منذ يوم الخميس، إذ تمنع الحواجز العسكرية مرور المواد الغذائية.",
      "وأضافوا أن الجيش يطالب بتسليم عشرات الشبان المطلوبين مقابل فتح الطرق، وسط مخاوف من اقتحام البلدة.",
      "وتشهد البلدة نقصا حادا في الخبز والخضروات، وأغلقت معظم المحال التجارية أبوابها.");

  private final NearDuplicates nd = NearDuplicates.defaults();

  @Test
  void aRepostIsANearDuplicateAndAnotherReportIsNot() {
    assertThat(nd.jaccard(ORIGINAL, COPY)).isGreaterThan(0.75);
    assertThat(nd.jaccard(ORIGINAL, OTHER)).isLessThan(0.1);
    double est = nd.similarity(nd.signature(ORIGINAL), nd.signature(COPY));
    assertThat(est).isCloseTo(nd.jaccard(ORIGINAL, COPY), org.assertj.core.data.Offset.offset(0.15));
    assertThat(nd.similarity(nd.signature(ORIGINAL), nd.signature(OTHER))).isLessThan(0.2);
  }

  @Test
  void groupsAreTheSmallestIdOfEachGroupWhateverTheOrder() {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("r9", COPY);
    texts.put("r5", OTHER);
    texts.put("r2", ORIGINAL);
    texts.put("r7", COPY + "\nتابعونا على مواقع التواصل.");
    texts.put("r8", "");
    Map<String, String> g = nd.groups(texts);
    assertThat(g).containsExactlyInAnyOrderEntriesOf(Map.of("r2", "r2", "r7", "r2", "r9", "r2", "r5", "r5", "r8", "r8"));
    assertThat(nd.groups(new TreeMap<>(texts))).isEqualTo(g);
  }

  @Test
  void signaturesAreStableAndShinglesNormalised() {
    assertThat(nd.signature(ORIGINAL)).isEqualTo(NearDuplicates.defaults().signature(ORIGINAL));
    assertThat(nd.bandKeys(nd.signature(ORIGINAL))).hasSize(32);
    assertThat(nd.shingles("طوقاً كاملاً على البلدة")).isEqualTo(nd.shingles("طوقا كاملا علي البلده"));
    assertThat(nd.shingles("حصار")).containsExactly("حصار");
    assertThat(nd.shingles("  ،، ")).isEmpty();
    assertThat(nd.similarity(nd.signature(""), nd.signature(""))).isZero();
    assertThat(List.of(nd.jaccard("", ORIGINAL))).containsExactly(0.0);
  }

  @Test
  void aShortCopyWithANewLeadIsContainedThoughItsJaccardIsLow() {
    String wire = "فرضت قوات الجيش اليوم الأحد طوقا على بلدة تل الزيتون ومنعت الدخول والخروج منها.\n"
        + "وقال مصدر محلي إن الحواجز لم تسمح بإدخال الطحين والأدوية منذ صباح اليوم.";
    String copy = "تتواصل المعاناة في ريف المحافظة الغربي وسط صمت دولي.\n"
        + "فرضت قوات الجيش أمس الأحد طوقا على بلدة تل الزيتون ومنعت الدخول والخروج منها.\n"
        + "وقال مصدر محلي إن الحواجز لم تسمح بإدخال الطحين والأدوية منذ صباح أمس.";
    assertThat(nd.jaccard(wire, copy)).as("below the Jaccard threshold").isLessThan(nd.threshold());
    assertThat(nd.containment(wire, copy)).isGreaterThanOrEqualTo(NearDuplicates.CONTAINMENT);
    assertThat(nd.groups(Map.of("a", wire, "b", copy))).containsEntry("b", "a");
    assertThat(nd.containment(ORIGINAL, OTHER)).isLessThan(0.2);
    assertThat(nd.groups(Map.of("a", wire, "b", OTHER))).containsEntry("b", "b");
    // a roundup quoting the item among much else is not its copy: it would join every item it quotes
    String roundup = copy + "\n" + ORIGINAL + "\n" + OTHER;
    assertThat(nd.containment(wire, roundup)).isGreaterThanOrEqualTo(NearDuplicates.CONTAINMENT);
    assertThat(nd.groups(Map.of("a", wire, "b", roundup))).containsEntry("b", "b");
  }
}
