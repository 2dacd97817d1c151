package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.extract.EventExtractorTest.events;
import static org.marsad.extract.EventExtractorTest.only;

import org.junit.jupiter.api.Test;
import org.marsad.model.Event;
import org.marsad.model.EventType;

/**
 * A clause about a place that names who holds it ("الخاضعة لسيطرة X", "held by X") names the owner
 * of the place, the target of an act on it, never its doer; and the time a verb of another clause
 * runs from does not make that holding a change of control. Sentences written for this test.
 */
class PlaceHoldersTest {
  @Test
  void theHolderOfAShelledTownIsNotItsShelling() {
    Event e = only("وقالت المصادر إن البلدة الخاضعة لسيطرة قوات النظام تعرضت للقصف صباح اليوم.", EventType.ATTACK);
    assertThat(e.actor1()).isNull();
  }

  @Test
  void aPlaceThatCameUnderControlNamesItsTaker() {
    Event e = only("وخضعت البلدة لسيطرة قوات النظام عام 2018 بعد اتفاق نص على تهجير المعارضين نحو الشمال.", EventType.DISPLACEMENT);
    assertThat(e.actor1().name()).isEqualTo("Syrian Government Forces");
  }

  @Test
  void aTimeOfAnotherClauseDoesNotMakeHoldingAChange() {
    assertThat(events("وقصفت فصائل المعارضة مدينة حماة الخاضعة لسيطرة النظام، وذلك لليوم الثالث على التوالي."))
        .noneMatch(e -> e.type() == EventType.CONTROL_CHANGE);
  }

  @Test
  void theFightersAnExpulsionNamesAreExpelled() {
    Event e = only("Kurdish fighters drove out IS fighters from the town on Monday.", EventType.CONTROL_CHANGE);
    assertThat(e.actor1() == null ? null : e.actor1().name()).isNotEqualTo("Islamic State");
    assertThat(e.actor2().name()).isEqualTo("Islamic State");
  }
}
