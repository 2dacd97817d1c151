package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.extract.EventExtractorTest.only;

import org.junit.jupiter.api.Test;
import org.marsad.model.Event;
import org.marsad.model.EventType;

/**
 * A country joined by a hyphen to a participle ("the Qatar-brokered deal", "a Russia-backed offensive")
 * or right before a force ("Saudi warplanes") names who acts or sponsors, not where the act is; a
 * country's held ground ("Turkey-held areas") stays a place. Sentences written for this test.
 */
class EnglishSponsorCountryTest {
  @Test
  void aSponsorCountryIsNoPlace() {
    Event deal = only("Buses carrying fighters left the town of Madaya on Monday under the Qatar-brokered deal.", EventType.AGREEMENT);
    assertThat(deal.place().country()).isEqualTo("SY");
    Event alone = only("The Qatar-brokered deal was signed on Monday.", EventType.AGREEMENT);
    assertThat(alone.place()).isNull();
  }

  @Test
  void aCountryBeforeItsForcesIsNoPlace() {
    Event e = only("Saudi warplanes hit a market on Tuesday, killing 12 people.", EventType.ATTACK);
    assertThat(e.place()).isNull();
  }
}
