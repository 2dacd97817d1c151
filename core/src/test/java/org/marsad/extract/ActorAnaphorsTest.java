package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Event;
import org.marsad.model.EventType;

/** "The group" refers back to the armed group named before (ActorAnaphors); sentences written for these tests. */
class ActorAnaphorsTest {
  private static List<Event> attacks(String text) {
    return EnglishWordClassesTest.Lang.events(text).stream().filter(e -> e.type() == EventType.ATTACK).toList();
  }

  @Test
  void theGroupIsTheGroupNamedBefore() {
    List<Event> es = attacks("The Islamic State group stormed the town of Palmyra on Sunday. "
        + "The group also shelled the village of Tadmur on Monday.");
    assertThat(es).hasSize(2);
    assertThat(es.get(1).actor1()).isNotNull();
    assertThat(es.get(1).actor1().name()).isEqualTo("Islamic State");
  }

  @Test
  void anArmyIsNeverTheGroup() {
    List<Event> es = attacks("Government forces stormed the town of Palmyra on Sunday. "
        + "The group also shelled the village of Tadmur on Monday.");
    assertThat(es).hasSize(2);
    assertThat(es.get(1).actor1()).isNull();
  }

  @Test
  void anotherVerbsAgentFurtherOnIsNotTheDoer() {
    List<Event> es = attacks("The Islamic State group holds the city. The coalition said it had carried out two strikes near "
        + "the town of Tabqa on Monday hitting a bridge used by the jihadists.");
    assertThat(es).isNotEmpty();
    assertThat(es.get(0).actor1()).isNotNull();
    assertThat(es.get(0).actor1().name()).isNotEqualTo("Islamic State");
  }

  @Test
  void theAgentOfAnotherActIsNotTheDoer() {
    List<Event> es = attacks("The Army of Conquest said its attack answered an offensive by the army on the village of Fuaa.");
    assertThat(es).isNotEmpty();
    assertThat(es.get(0).actor1()).isNotNull();
    assertThat(es.get(0).actor1().name()).isEqualTo("Army of Conquest");
  }
}
