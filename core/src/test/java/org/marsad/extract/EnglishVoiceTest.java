package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Actor;
import org.marsad.model.Event;
import org.marsad.model.EventType;

/**
 * English voice decides who acts (ActorRules.notDoers): a passive's subject and an active verb's
 * object are acted on; the "by" agent and a subject before an active verb act. Sentences written for
 * these tests.
 */
class EnglishVoiceTest {
  private static String doer(String text, EventType type) {
    List<Event> es = EnglishWordClassesTest.Lang.events(text).stream().filter(e -> e.type() == type).toList();
    assertThat(es).as(text).isNotEmpty();
    Actor a = es.get(0).actor1();
    return a == null ? null : a.name();
  }

  @Test
  void theObjectOfAnActiveVerbIsNotItsDoer() {
    assertThat(doer("Kurdish fighters have been encircling Islamic State in the town of Manbij for days.", EventType.SIEGE))
        .isNotEqualTo("Islamic State");
    assertThat(doer("Unidentified men attacked the Syrian Democratic Forces near the town of Manbij on Tuesday.", EventType.ATTACK))
        .isNotEqualTo("Syrian Democratic Forces");
    // the subject before the verb still acts
    assertThat(doer("Islamic State fighters attacked the town of Manbij on Tuesday.", EventType.ATTACK)).isEqualTo("Islamic State");
    // the acronym "IS" before a verb is the group, not a be-verb making it passive
    assertThat(doer("The Islamic State group (IS) is fighting for the town. IS captured the town of Manbij on Monday.",
        EventType.CONTROL_CHANGE)).isEqualTo("Islamic State");
  }

  @Test
  void aPassivesSubjectIsActedOnAndItsAgentActs() {
    assertThat(doer("Islamic State fighters were driven out of the town of Manbij on Monday.", EventType.CONTROL_CHANGE))
        .isNotEqualTo("Islamic State");
    assertThat(doer("The town of Manbij was shelled by Islamic State fighters on Monday.", EventType.ATTACK))
        .isEqualTo("Islamic State");
  }

  @Test
  void bothSidesOfAFightStayDoers() {
    assertThat(doer("Fighting raged between Islamic State and Kurdish forces in the town of Manbij on Monday.", EventType.ATTACK))
        .isEqualTo("Islamic State");
  }

  @Test
  void anActorInsideAPhraseIsNotTheSubject() {
    assertThat(doer("The SDF, a group made up mainly of fighters associated with the PKK, deployed troops around the town of Manbij on Monday.",
        EventType.MILITARY_BUILDUP)).isEqualTo("Syrian Democratic Forces");
  }
  @Test
  void theDeadAndWoundedAreNoDoers() {
    // written for this test: the rebels are killed inside the town, not its besiegers
    assertThat(EventExtractorTest.only("At least 20 rebels were killed in the besieged town of Daraya on Sunday.",
        org.marsad.model.EventType.SIEGE).actor1()).isNull();
    assertThat(EventExtractorTest.only("Rebels killed five soldiers near the town of Daraya on Sunday.",
        org.marsad.model.EventType.ATTACK).actor1().name()).isEqualTo("Opposition Factions");
  }
}
