package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.extract.EnglishWordClassesTest.Lang.types;

import org.junit.jupiter.api.Test;
import org.marsad.model.EventType;

/** The object of an expulsion or a deployment decides whether the codebook models it (ObjectClass); written sentences. */
class ObjectClassTest {
  @Test
  void expellingEnvoysIsDiplomacyNotDisplacement() {
    assertThat(types("The government expelled two Russian diplomats on Monday.")).doesNotContain(EventType.DISPLACEMENT);
    assertThat(types("The authorities deported three foreign journalists on Sunday.")).doesNotContain(EventType.DISPLACEMENT);
    assertThat(types("Militias expelled hundreds of families from the village of Tal Tamr on Monday."))
        .contains(EventType.DISPLACEMENT);
  }

  @Test
  void deployingPeacekeepersIsNotABuildup() {
    assertThat(types("The United Nations deployed 300 peacekeeping troops in the south on Monday."))
        .doesNotContain(EventType.MILITARY_BUILDUP);
    assertThat(types("The army deployed 300 troops in the south on Monday.")).contains(EventType.MILITARY_BUILDUP);
  }

  @Test
  void withdrawingEnvoysOrPeacekeepersAndSeizingPropertyAreNotControlChanges() {
    assertThat(types("Madrid withdrew its ambassador from the capital on Friday.")).doesNotContain(EventType.CONTROL_CHANGE);
    assertThat(types("The UN pulled out its peacekeepers from the buffer zone.")).doesNotContain(EventType.CONTROL_CHANGE);
    assertThat(types("Police seized its offices and closed the newspaper.")).doesNotContain(EventType.CONTROL_CHANGE);
    assertThat(types("The rebels withdrew from the town of Azaz on Friday.")).contains(EventType.CONTROL_CHANGE);
    assertThat(types("Rebels captured the town of Azaz and seized weapons.")).contains(EventType.CONTROL_CHANGE);
  }

  @Test
  void expellingAgenciesIsASanction() {
    assertThat(types("The junta expelled four foreign aid agencies on Monday.")).doesNotContain(EventType.DISPLACEMENT);
  }
}
