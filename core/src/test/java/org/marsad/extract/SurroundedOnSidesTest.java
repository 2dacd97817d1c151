package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.extract.EventExtractorTest.only;
import static org.marsad.extract.EventExtractorTest.types;

import org.junit.jupiter.api.Test;
import org.marsad.model.Event;
import org.marsad.model.EventType;

/**
 * A place surrounded on three (or all) sides is encircled, and a siege told as holding since a month
 * runs from that month; surrounding a building alone is no siege. Sentences written for this test.
 */
class SurroundedOnSidesTest {
  @Test
  void surroundedOnThreeSidesSinceAMonthIsASiegeSinceThatMonth() {
    Event e = only("The militia has surrounded Raqqa on three sides since January, residents said on Monday.", EventType.SIEGE);
    assertThat(e.date().since()).isTrue();
    assertThat(e.date().value()).isEqualTo("2020-01");
    assertThat(e.attributes().get("phase")).isNotIn("lifted", "eased");
    assertThat(only("قال سكان إن المسلحين طوقوا مدينة الرقة من ثلاث جهات.", EventType.SIEGE).attributes().get("phase"))
        .isNotIn("lifted", "eased");
  }

  @Test
  void surroundingABuildingIsNoSiege() {
    assertThat(types("Police surrounded the building on Monday and arrested two men.")).doesNotContain(EventType.SIEGE);
  }
}
