package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.extract.EventExtractorTest.only;
import static org.marsad.extract.EventExtractorTest.types;

import org.junit.jupiter.api.Test;
import org.marsad.model.Event;
import org.marsad.model.EventType;

/**
 * Forces pushed, thrown or poured into a battle or an area are a build-up; a named enemy pushed into
 * the desert is not. Sentences written for this test.
 */
class EnglishForcesCommittedTest {
  @Test
  void forcesPushedIntoABattleAreABuildUp() {
    Event e = only("The Houthis pushed hundreds of fighters into the battle for Marib on Sunday.", EventType.MILITARY_BUILDUP);
    assertThat(e.actor1().name()).isEqualTo("Houthis");
    only("Hezbollah threw large forces into the fighting around Qusayr on Monday.", EventType.MILITARY_BUILDUP);
  }

  @Test
  void anEnemyPushedIntoTheDesertIsNoBuildUp() {
    assertThat(types("Kurdish units pushed IS militants into the desert on Monday.")).doesNotContain(EventType.MILITARY_BUILDUP);
  }
}
