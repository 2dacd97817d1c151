package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.extract.EventExtractorTest.only;

import org.junit.jupiter.api.Test;
import org.marsad.model.Event;
import org.marsad.model.EventType;

/** Places never invented (issue 9 item 5), on sentences written for these tests. */
class PlaceAttachmentTest {
  @Test
  void aBodyOfStatesNamedForARegionIsNotWhereTheActIs() {
    Event e = only("وقال الوزير على هامش اجتماعات رابطة دول جنوب شرق آسيا إن الطائرات قصفت مواقع التنظيم أمس.",
        EventType.ATTACK);
    assertThat(e.place()).isNull();
  }

  @Test
  void theCentreOfATownIsThatTown() {
    // "الرمادي" is also a word (grey): "وسط" before it says it is the town
    Event e = only("قتل ثلاثة مدنيين في غارة جوية استهدفت منزلا وسط الرمادي أمس.", EventType.ATTACK);
    assertThat(e.place()).isNotNull();
    assertThat(e.place().name()).isEqualTo("Ramadi");
  }
}
