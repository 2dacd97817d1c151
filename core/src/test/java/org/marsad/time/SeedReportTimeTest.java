package org.marsad.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.marsad.clean.ArabicNormalizer;
import org.marsad.model.EventDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The project's seed report (Kanaker, published Tuesday 2020-09-29): its time expressions. */
class SeedReportTimeTest {
  private static String raw;
  private static List<TimeMention> mentions;

  @BeforeAll
  static void read() throws IOException {
    try (InputStream in = SeedReportTimeTest.class.getResourceAsStream("/seed/kanaker-2020-09-29.ar.txt")) {
      assertThat(in).as("seed report on the test classpath").isNotNull();
      raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    mentions = TimeResolver.loadDefault().find(ArabicNormalizer.normalize(raw), LocalDate.of(2020, 9, 29));
  }

  private static TimeMention first(String evidence) {
    return mentions.stream()
        .filter(m -> m.date().evidence().get(0).of(raw).equals(evidence))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no mention with evidence '" + evidence + "' in " + describe()));
  }

  private static String describe() {
    StringBuilder sb = new StringBuilder();
    for (TimeMention m : mentions) {
      sb.append('[').append(m.date().evidence().get(0).of(raw)).append(" = ").append(m.date().value()).append("] ");
    }
    return sb.toString();
  }

  @Test
  void todayTuesday() {
    EventDate d = first("اليوم الثلاثاء").date();
    assertThat(d.value()).isEqualTo("2020-09-29");
    assertThat(d.kind()).isEqualTo(EventDate.ON);
    assertThat(d.timePrecision()).isEqualTo(1);
  }

  @Test
  void lastFriday() {
    EventDate d = first("يوم الجمعة الماضي").date();
    assertThat(d.value()).isEqualTo("2020-09-25");
    assertThat(d.kind()).isEqualTo(EventDate.ON);
  }

  @Test
  void sinceFriday() {
    EventDate d = first("منذ الجمعة").date();
    assertThat(d.value()).isEqualTo("2020-09-25");
    assertThat(d.kind()).isEqualTo(EventDate.SINCE);
    EventDate d2 = first("منذ يوم الجمعة الماضي").date();
    assertThat(d2.value()).isEqualTo("2020-09-25");
    assertThat(d2.kind()).isEqualTo(EventDate.SINCE);
  }

  @Test
  void sinceThatTimeIsLastFriday() {
    TimeMention m = first("منذ ذلك الوقت");
    assertThat(m.date().value()).isEqualTo("2020-09-25");
    assertThat(m.date().kind()).isEqualTo(EventDate.SINCE);
    assertThat(m.date().evidence().get(1).of(raw)).isEqualTo("يوم الجمعة الماضي");
  }

  @Test
  void year2018() {
    EventDate d = first("عام 2018").date();
    assertThat(d.value()).isEqualTo("2018");
    assertThat(d.timePrecision()).isEqualTo(3);
  }

  @Test
  void nothingElseIsADate() {
    // "قبل ساعات من الهجوم" and "في الآونة الأخيرة" name no date; "اليوم" alone is today.
    assertThat(mentions).extracting(m -> m.date().evidence().get(0).of(raw))
        .containsExactly("اليوم الثلاثاء", "منذ يوم الجمعة الماضي", "اليوم", "يوم الجمعة الماضي", "منذ ذلك الوقت",
            "يوم الجمعة الماضي", "منذ ذلك الوقت", "منذ الجمعة", "عام 2018", "منذ الجمعة", "عام 2018");
  }
}
