package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.extract.EventExtractorTest.only;

import org.junit.jupiter.api.Test;
import org.marsad.model.Event;
import org.marsad.model.EventType;

/**
 * English "besieged" is a past tense as often as a participle: a force before it besieges a
 * community, and only fighters before "were (being) besieged" are the besieged. Sentences written
 * for this test.
 */
class EnglishSiegeVoiceTest {
  @Test
  void aForceThatHasBesiegedACampBesiegesACommunity() {
    Event e = only("The Israeli army has besieged Jabalia since Sunday morning, residents said.", EventType.SIEGE);
    assertThat(e.attributes()).doesNotContainEntry("besieged", "combatants");
    assertThat(e.actor1().name()).isEqualTo("Israeli Army");
    Event past = only("Al-Shabaab militants besieged Baidoa on Monday, residents said.", EventType.SIEGE);
    assertThat(past.attributes()).doesNotContainEntry("besieged", "combatants");
  }

  @Test
  void fightersThatWereBesiegedAreCombatants() {
    Event e = only("Hamas fighters were besieged in a school in Jabalia on Sunday, the army said.", EventType.SIEGE);
    assertThat(e.attributes()).containsEntry("besieged", "combatants");
  }

  @Test
  void aParticipleBeforeItsNounHasNoDoerButItsAgent() {
    Event e = only("Rebel fighters shelled the besieged town of Nubl on Tuesday, state media said.", EventType.SIEGE);
    assertThat(e.actor1()).isNull();
    Event by = only("Rebel fighters shelled the town, besieged by Hezbollah fighters since June.", EventType.SIEGE);
    assertThat(by.actor1().name()).isEqualTo("Hezbollah");
    Event adverb = only("The army shelled the long besieged district on Monday.", EventType.SIEGE);
    assertThat(adverb.actor1()).isNull();
  }
}
