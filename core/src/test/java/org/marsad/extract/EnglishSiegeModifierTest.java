package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.extract.EventExtractorTest.only;

import org.junit.jupiter.api.Test;
import org.marsad.model.Event;
import org.marsad.model.EventType;

/**
 * English names a siege by its besieger: the force word right before "siege" or "blockade" ("a
 * government siege", "the Israeli blockade", "a rebel siege") is its doer, generic forces by the
 * country of the place. Sentences written for this test.
 */
class EnglishSiegeModifierTest {
  @Test
  void aGenericForceBeforeTheSiegeNounIsTheStateOfThePlace() {
    Event gov = only("The town of Madaya has lived under a crippling government siege since 2015, residents said.", EventType.SIEGE);
    assertThat(gov.actor1().name()).isEqualTo("Syrian Government Forces");
    Event army = only("Hundreds of families were trapped by a tightening army siege of Fallujah on Monday.", EventType.SIEGE);
    assertThat(army.actor1().name()).isEqualTo("Iraqi Security Forces");
  }

  @Test
  void aNationalityOrSideBeforeTheSiegeNounNamesIt() {
    Event israeli = only("Fishermen in Gaza said on Wednesday that the Israeli blockade had ruined their trade.", EventType.SIEGE);
    assertThat(israeli.actor1().name()).isEqualTo("Israeli Army");
    Event rebel = only("Residents of Fuaa said a rebel siege of the village had lasted for months.", EventType.SIEGE);
    assertThat(rebel.actor1().name()).isEqualTo("Opposition Factions");
  }

  @Test
  void theBesiegedBeforeUnderSiegeAreNoBesieger() {
    Event e = only("Rebels under siege in the town of Harasta appealed for help on Monday.", EventType.SIEGE);
    assertThat(e.actor1()).isNull();
  }
}
