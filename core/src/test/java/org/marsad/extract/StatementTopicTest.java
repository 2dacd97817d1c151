package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.extract.EnglishWordClassesTest.Lang.types;

import org.junit.jupiter.api.Test;
import org.marsad.model.EventType;

/**
 * A judgement, a complaint, an inquiry or an endorsement names an act as its topic (StatementTopic,
 * cues TOPIC_OF); a time or a toll keeps the act. Sentences written for these tests.
 */
class StatementTopicTest {
  @Test
  void aJudgementOrAnInquiryNamesItsActAsATopic() {
    assertThat(types("The foreign ministry condemned the attack and called it a crime.")).doesNotContain(EventType.ATTACK);
    assertThat(types("The bishops deplored the bombing of churches in the north.")).doesNotContain(EventType.ATTACK);
    assertThat(types("The prosecutor opened an investigation into the killing of the journalist.")).doesNotContain(EventType.ATTACK);
    assertThat(types("Police are investigating the kidnapping of two engineers.")).doesNotContain(EventType.ARREST);
    assertThat(types("The council welcomed the truce between the two parties.")).doesNotContain(EventType.AGREEMENT);
  }

  @Test
  void aTimeOrATollAnchorsTheActAndOtherStatementsStay() {
    assertThat(types("The ministry condemned Monday's shelling of the town of Douma that killed 12 civilians."))
        .contains(EventType.ATTACK);
    assertThat(types("The ministry condemned the air strike on Tuesday in the village of Kafr Nabl.")).contains(EventType.ATTACK);
    // an accusation is how news attributes an act: it stays an event
    assertThat(types("Activists accused the militia of shelling the village of Kafr Nabl on Sunday.")).contains(EventType.ATTACK);
    // a demand is itself a statement the codebook models
    assertThat(types("The council welcomed the envoy and urged the militia to leave the town of Zabadani."))
        .contains(EventType.DEMAND);
    // a clause barrier ends the judgement's reach
    assertThat(types("The envoy condemned the violence, while rebels stormed the town of Jobar on Sunday."))
        .contains(EventType.ATTACK);
  }

  @Test
  void releasedDetaineesRefugeesAndLodgedProtestsAreNotEvents() {
    assertThat(types("The government released 300 detainees on Sunday.")).doesNotContain(EventType.ARREST);
    assertThat(types("The agency sent food to refugees fleeing the war in the north.")).doesNotContain(EventType.DISPLACEMENT);
    assertThat(types("The embassy lodged a protest with the foreign ministry.")).doesNotContain(EventType.PROTEST);
    assertThat(types("Thousands of students protested in Cairo on Monday.")).contains(EventType.PROTEST);
    assertThat(types("Police detained 300 protesters on Sunday in Cairo.")).contains(EventType.ARREST);
  }
}
