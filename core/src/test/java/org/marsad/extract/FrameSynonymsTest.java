package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.extract.EnglishWordClassesTest.Lang.types;

import org.junit.jupiter.api.Test;
import org.marsad.model.EventType;

/** Synonyms that join a frame's classes (wordclasses.tsv) rather than new phrases; sentences written for these tests. */
class FrameSynonymsTest {
  @Test
  void nothingArrivingIsADenialAsNothingAllowedIs() {
    assertThat(types("No humanitarian aid has entered the town since May, residents said.")).contains(EventType.SUPPLY_DENIAL);
    assertThat(types("No food convoys have reached the camp for three weeks.")).contains(EventType.SUPPLY_DENIAL);
    assertThat(types("Aid convoys reached the town on Monday.")).doesNotContain(EventType.SUPPLY_DENIAL);
  }

  @Test
  void aRoadSeveredOrCutIsClosed() {
    assertThat(types("The main road into the city was severed by government forces on Thursday."))
        .contains(EventType.MOVEMENT_RESTRICTION);
    assertThat(types("The road to the airport was cut by the rebels on Friday.")).contains(EventType.MOVEMENT_RESTRICTION);
  }
}
