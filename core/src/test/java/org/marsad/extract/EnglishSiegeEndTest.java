package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.extract.EventExtractorTest.events;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Event;
import org.marsad.model.EventType;

/**
 * "The end of the X siege" told after the siege itself is a lifting of its own, not one more mention
 * of the siege held (which kept its phase and its date). Sentences written for this test.
 */
class EnglishSiegeEndTest {
  @Test
  void theEndOfASiegeToldLaterIsItsOwnLifting() {
    List<Event> sieges = events("Loyalist forces encircled the old quarter of Aleppo for three years, starting in 2013. "
        + "Hundreds of fighters left on Wednesday under a deal with the army. "
        + "The end of the old quarter siege was greeted with celebrations.").stream()
        .filter(e -> e.type() == EventType.SIEGE).toList();
    assertThat(sieges).extracting(e -> e.attributes().get("phase")).contains("lifted");
  }
}
