package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.extract.EventExtractorTest.only;

import org.junit.jupiter.api.Test;
import org.marsad.model.EventType;

/**
 * Leaving only on a condition (with the convoys) restricts movement; a mined road closes it. Sentences
 * written for this test.
 */
class ConvoyOnlyMovementTest {
  @Test
  void leavingOnlyWithConvoysIsRestrictedMovement() {
    assertThat(only("Civilians in Raqqa can leave only by joining the army convoys, residents said.",
        EventType.MOVEMENT_RESTRICTION).attributes()).containsEntry("scope", "partial");
    assertThat(only("قال سكان إن المدنيين لا يستطيعون الخروج من مدينة الرقة إلا برفقة القوافل.",
        EventType.MOVEMENT_RESTRICTION).attributes()).containsEntry("scope", "partial");
  }

  @Test
  void aMinedRoadIsAClosure() {
    assertThat(only("The only road into Raqqa is mined, residents said on Monday.", EventType.MOVEMENT_RESTRICTION)
        .attributes()).containsEntry("scope", "full");
    assertThat(only("The militia mined the roads into Raqqa on Monday.", EventType.MOVEMENT_RESTRICTION)
        .attributes()).containsEntry("scope", "full");
    assertThat(only("قال سكان إن الطريق الوحيد المؤدي إلى مدينة الرقة ملغم.", EventType.MOVEMENT_RESTRICTION)
        .attributes()).containsEntry("scope", "full");
  }
}
