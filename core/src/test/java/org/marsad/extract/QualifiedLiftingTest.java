package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.extract.EventExtractorTest.events;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Event;
import org.marsad.model.EventType;

/**
 * A siege said to be broken while the same report denies that it is over (a road opened, the ring
 * still closed on another side) is eased, not lifted. Sentences written for this test.
 */
class QualifiedLiftingTest {
  private static List<Object> phases(String text) {
    return events(text).stream().filter(e -> e.type() == EventType.SIEGE).map(Event::attributes)
        .map(a -> a.get("phase")).toList();
  }

  @Test
  void aBreakTheReportDeniesIsAnEasing() {
    assertThat(phases("كسرت القوات الحكومية اليوم الحصار عن مدينة الرقة.\n"
        + "وقال ضابط إن فتح الطريق لا يعني انتهاء الحصار، فالمسلحون ما زالوا يسيطرون على التلال.")).contains("eased")
        .doesNotContain("lifted");
    assertThat(phases("Government troops broke the siege of Raqqa on Monday.\n"
        + "\"This does not mean the siege is over,\" an officer said.")).contains("eased").doesNotContain("lifted");
    assertThat(phases("Government troops broke the siege of Raqqa on Monday, but the militants still encircle the city "
        + "from the north, an officer said.")).doesNotContain("lifted");
  }

  @Test
  void aBreakNobodyQualifiesStaysALifting() {
    assertThat(phases("Government troops broke the siege of Raqqa on Monday, an officer said.")).contains("lifted");
    assertThat(phases("كسرت القوات الحكومية اليوم الحصار عن مدينة الرقة.")).contains("lifted");
  }
}
