package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.extract.EventExtractorTest.events;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Event;
import org.marsad.model.EventType;

/**
 * "A second car bomb", "another strike", "in another district": one more act of the kind, which joins
 * no earlier one; "another 40 people were wounded" is the toll of the act told. Sentences written for
 * this test.
 */
class DistinctHappeningsTest {
  private static List<Event> attacks(String text) {
    return events(text).stream().filter(e -> e.type() == EventType.ATTACK).toList();
  }

  @Test
  void aSecondActOfTheKindIsItsOwnEvent() {
    assertThat(attacks("A roadside bomb exploded in a market of Kirkuk on Sunday, killing four people. "
        + "A second roadside bomb exploded near a school in the city, wounding two people.")).hasSize(2);
    assertThat(attacks("Gunmen shot dead a teacher in Basra on Monday. "
        + "Another teacher was shot dead in a separate attack in the city.")).hasSize(2);
  }

  @Test
  void anotherPlaceOfTheCityIsAnotherAct() {
    assertThat(attacks("A suicide bomber blew himself up at a checkpoint in Kirkuk on Sunday. "
        + "A blast then struck in another district of the city.")).hasSize(2);
  }

  @Test
  void anotherCountOfVictimsIsTheSameAct() {
    assertThat(attacks("Two car bombs killed 30 people in Kirkuk on Sunday. "
        + "Another 40 people were wounded in the bombings, police said.")).hasSize(1);
  }
}
