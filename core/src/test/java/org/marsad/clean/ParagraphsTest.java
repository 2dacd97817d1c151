package org.marsad.clean;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.marsad.model.Paragraph;

class ParagraphsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  // Sentences written for these tests.
  private static final String A = "أغلقت الحواجز الطريق الرئيسي المؤدي إلى القرية منذ صباح الأحد.";
  private static final String B = "وقال أحد الأهالي إن الأسواق شبه فارغة وإن سعر الخبز تضاعف خلال أسبوع.";
  private static final String C = "ومنعت القوات دخول الطحين والدواء، ما دفع معظم المحال إلى إغلاق أبوابها";

  /** paragraph index -> duplicate_of, for the duplicates only. */
  private static Map<Integer, Integer> duplicates(String text) {
    Map<Integer, Integer> m = new TreeMap<>();
    for (Paragraph p : Paragraphs.split(text)) {
      if (p.isDuplicate()) {
        m.put(p.index(), p.duplicateOf());
      }
    }
    return m;
  }

  @Test
  void linesAreParagraphsWhateverTheLineEnd() {
    String text = "أ\nب\r\nج\rد\n\nه";
    List<Paragraph> ps = Paragraphs.split(text);
    assertThat(ps).extracting(p -> p.span().of(text)).containsExactly("أ", "ب", "ج", "د", "", "ه");
    assertThat(ps).extracting(Paragraph::index).containsExactly(0, 1, 2, 3, 4, 5);
  }

  @Test
  void aFinalNewlineDoesNotAddAParagraphButBlankLinesCount() {
    assertThat(Paragraphs.split("سطر\n")).hasSize(1);
    assertThat(Paragraphs.split("سطر\n\n")).hasSize(2);
    assertThat(Paragraphs.split("")).containsExactly(new Paragraph(0, 0, 0, null));
  }

  @Test
  void anExactRepeatIsADuplicateOfTheFirst() {
    assertThat(duplicates(A + "\n" + B + "\n" + A + "\n" + A)).containsExactly(Map.entry(2, 0), Map.entry(3, 0));
  }

  @Test
  void repeatsDifferingInSpacingQuotesPunctuationAndDiacriticsAreExact() {
    String variant = "  «أَغلقت»   الحواجز الطريق الرئيسـي المؤدي إلى القرية منذ صباح \"الأحد\"  ";
    assertThat(duplicates(A + "\n" + B + "\n" + variant)).containsExactly(Map.entry(2, 0));
  }

  @Test
  void aParagraphContainedInALaterOneIsItsDuplicate() {
    String longer = "وبحسب المصادر، " + C + " مع نقص كبير في الخضار.";
    assertThat(duplicates(C + "\n" + A + "\n" + longer)).containsExactly(Map.entry(0, 2));
  }

  @Test
  void aParagraphContainedInAnEarlierOneIsItsDuplicate() {
    String longer = A + " " + B;
    assertThat(duplicates(longer + "\n" + C + "\n" + "“" + B + "”")).containsExactly(Map.entry(2, 0));
  }

  @Test
  void theLongestContainerWins() {
    String middle = A + " " + B;
    String longest = C + " " + A + " " + B;
    assertThat(duplicates(A + "\n" + middle + "\n" + longest)).containsExactly(Map.entry(0, 2), Map.entry(1, 2));
  }

  @Test
  void containmentMustFallOnWordBoundaries() {
    String a = "القوات الحكومية أغلقت المعبر الشمالي للمدينة";
    String b = "والقوات الحكومية أغلقت المعبر الشمالي للمدينة بالكامل";
    assertThat(duplicates(a + "\n" + b)).isEmpty();
  }

  @Test
  void theSameWordsInAnotherOrderAreNotContained() {
    // every word of the first line is in the second (so their word signatures pass), but not in order
    String a = "أغلقت الحواجز الطريق الرئيسي المؤدي إلى القرية";
    String b = "القرية إلى المؤدي الرئيسي الطريق الحواجز أغلقت منذ الأحد";
    assertThat(duplicates(a + "\n" + b)).isEmpty();
    assertThat(duplicates(a + "\n" + b + "\n" + a)).containsExactly(Map.entry(2, 0));
  }

  @Test
  void shortLinesAreNeverDuplicates() {
    String text = "عين الخبر – دمشق\n" + A + "\n ...المزيد\n" + B + "\n ...المزيد\nعين الخبر – دمشق\n\n\n";
    assertThat(duplicates(text)).isEmpty();
  }

  @Test
  void aShortLineInsideALongOneIsNotADuplicate() {
    assertThat(duplicates("الحصار مستمر\n" + "قال السكان إن الحصار مستمر منذ أسبوعين على الأقل")).isEmpty();
  }

  @Test
  void seedReportMatchesItsGoldDuplicates() throws IOException {
    String text = resource("/seed/kanaker-2020-09-29.ar.txt");
    JsonNode gold = JSON.readTree(resource("/seed/kanaker-2020-09-29.gold.json"));
    assertThat(duplicates(text)).isEqualTo(goldDuplicates(gold));
    assertThat(goldDuplicates(gold)).hasSize(3);
  }

  /** Evaluation-style check on the shared dev set; skipped when it is not on this machine. */
  @Test
  void devSetDuplicatesMatchTheirGold() throws IOException {
    Path dev = Path.of(System.getProperty("marsad.fixtures", "/work/shared/fixtures"), "dev");
    Assumptions.assumeTrue(Files.isDirectory(dev), "shared dev fixtures not found at " + dev + ": skipped");
    List<Path> texts;
    try (Stream<Path> s = Files.list(dev)) {
      texts = s.filter(p -> p.getFileName().toString().endsWith(".ar.txt")).sorted().toList();
    }
    assertThat(texts).isNotEmpty();
    List<String> wrong = new ArrayList<>();
    for (Path t : texts) {
      Path g = t.resolveSibling(t.getFileName().toString().replace(".ar.txt", ".gold.json"));
      Map<Integer, Integer> want = goldDuplicates(JSON.readTree(Files.readString(g, StandardCharsets.UTF_8)));
      Map<Integer, Integer> got = duplicates(Files.readString(t, StandardCharsets.UTF_8));
      if (!got.equals(want)) {
        wrong.add(t.getFileName() + ": got " + got + ", gold " + want);
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void manyLongParagraphsStayFast() {
    Random r = new Random(42);
    String[] words = (A + " " + B + " " + C).replaceAll("[.،]", "").split(" ");
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      for (int w = 0; w < 30; w++) {
        sb.append(words[r.nextInt(words.length)]).append(' ');
      }
      sb.append(i).append('\n'); // a distinct number per line: no exact repeats
    }
    String text = sb.toString();
    List<Paragraph> ps = Assertions.assertTimeout(Duration.ofSeconds(20), () -> Paragraphs.split(text));
    assertThat(ps).hasSize(20_000);
  }

  @Test
  void oneHugeLineAndManyRepeatsStayFast() {
    String huge = (A + " ").repeat(20_000);
    String repeats = (B + "\n").repeat(20_000);
    List<Paragraph> ps = Assertions.assertTimeout(Duration.ofSeconds(20), () -> Paragraphs.split(huge + "\n" + repeats + A));
    assertThat(ps.get(1).isDuplicate()).isFalse();
    assertThat(ps.get(2).duplicateOf()).isEqualTo(1);
    assertThat(ps.get(ps.size() - 1).duplicateOf()).isEqualTo(0); // contained in the huge line
  }

  private static Map<Integer, Integer> goldDuplicates(JsonNode gold) {
    Map<Integer, Integer> m = new TreeMap<>();
    for (JsonNode d : gold.path("duplicates")) {
      m.put(d.get("paragraph").asInt(), d.get("of").asInt());
    }
    return m;
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = ParagraphsTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
