package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.Pipeline;
import org.marsad.model.Event;
import org.marsad.model.Extraction;

/** The same Arabic report in each encoding news sites and exports use gives the same events. */
class EncodingsTest {
  static final String REPORT = String.join("\n",
      "فرضت قوات النظام حصارا خانقا على بلدة جاسم في ريف درعا الشمالي يوم السبت الماضي",
      "ومنعت إدخال المواد الغذائية والأدوية إلى البلدة وقال ناشطون إن الحواجز أغلقت الطرق المؤدية إلى جاسم",
      "وأضاف الناشطون أن الأفران توقفت عن العمل بسبب نفاد الطحين");

  static byte[] encode(String text, String encoding) {
    return switch (encoding) {
      case "UTF-8+BOM" -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));
      case "UTF-16LE+BOM" -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
      case "UTF-16BE+BOM" -> text.getBytes(StandardCharsets.UTF_16); // Java writes BE with a BOM
      default -> text.getBytes(Charset.forName(encoding));
    };
  }

  static final List<String> ENCODINGS = List.of("UTF-8", "UTF-8+BOM", "UTF-16LE+BOM", "UTF-16BE+BOM", "UTF-16LE",
      "windows-1256", "ISO-8859-6");

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = new byte[a.length + b.length];
    System.arraycopy(a, 0, c, 0, a.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  @Test
  void everyEncodingDecodesToTheSameTextWithoutAHint() {
    for (String enc : ENCODINGS) {
      DecodedText d = TextDecoder.decode(encode(REPORT, enc), enc);
      assertThat(d.text()).as(enc + " read as " + d.charset()).isEqualTo(REPORT);
    }
    assertThat(TextDecoder.decode(encode(REPORT, "ISO-8859-6"), "x").charset()).isEqualTo("ISO-8859-6");
    assertThat(TextDecoder.decode(encode(REPORT, "windows-1256"), "x").charset()).isEqualTo("windows-1256");
  }

  @Test
  void aDeclaredCharsetIsUsedWhenTheBytesFitIt() {
    for (String enc : List.of("windows-1256", "ISO-8859-6", "UTF-16LE", "UTF-8")) {
      DecodedText d = TextDecoder.decode(encode(REPORT, enc), enc, TextDecoder.DEFAULT_MAX_BYTES, enc);
      assertThat(d.text()).isEqualTo(REPORT);
      assertThat(d.warnings()).noneMatch(w -> w.contains("declared"));
    }
    // A page declaring UTF-8 while sending Windows-1256 is detected instead, with a warning.
    DecodedText wrong = TextDecoder.decode(encode(REPORT, "windows-1256"), "x", TextDecoder.DEFAULT_MAX_BYTES, "utf-8");
    assertThat(wrong.text()).isEqualTo(REPORT);
    assertThat(wrong.warnings()).anyMatch(w -> w.contains("not valid UTF-8 as declared"));
    assertThat(TextDecoder.decode(encode(REPORT, "UTF-8"), "x", 1000, "no-such-charset").warnings())
        .anyMatch(w -> w.contains("unknown"));
  }

  @Test
  void hintsComeFromTheHeaderOrTheMetaTag() {
    assertThat(CharsetHints.fromContentType("text/html; charset=\"windows-1256\"")).isEqualTo("windows-1256");
    assertThat(CharsetHints.fromContentType("text/html")).isNull();
    byte[] page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-6\">"
        .getBytes(StandardCharsets.US_ASCII);
    assertThat(CharsetHints.fromMeta(page)).isEqualTo("iso-8859-6");
    assertThat(CharsetHints.fromMeta("<meta charset=utf-8>".getBytes(StandardCharsets.US_ASCII))).isEqualTo("utf-8");
    assertThat(CharsetHints.declared("text/html; charset=UTF-8", page)).isEqualTo("UTF-8");
  }

  @Test
  void theSameReportInEveryEncodingGivesTheSameEvents() {
    Pipeline p = Pipeline.defaultPipeline();
    List<String> expected = null;
    for (String enc : ENCODINGS) {
      Source s = new Source("report-" + enc, encode(REPORT, enc), LocalDate.of(2020, 3, 12), "outlet", null, null, null);
      Extraction x = p.extract(p.read(s));
      List<String> events = x.events().stream().map(EncodingsTest::describe).toList();
      if (expected == null) {
        expected = events;
        assertThat(events).as("the report has events to compare").isNotEmpty();
      }
      assertThat(events).as(enc).isEqualTo(expected);
    }
  }

  private static String describe(Event e) {
    return e.type() + " " + (e.place() == null ? "-" : e.place().id()) + " " + (e.date() == null ? "-" : e.date().value())
        + " " + e.evidence();
  }
}
