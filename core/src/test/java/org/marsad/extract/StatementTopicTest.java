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
  void concessionsStatesAndLabourStrikesAreNoActsOfTheirKind() {
    assertThat(types("The rebels declared a unilateral ceasefire on Sunday.")).doesNotContain(EventType.AGREEMENT);
    assertThat(types("The government released the opposition leader from house arrest on Friday.")).doesNotContain(EventType.ARREST);
    assertThat(types("Settlers moved into the occupied Golan Heights.")).doesNotContain(EventType.CONTROL_CHANGE);
    assertThat(types("China accused Vietnam of occupying islands in the South China Sea.")).doesNotContain(EventType.CONTROL_CHANGE);
    assertThat(types("The council voted to impose sanctions after its invasion of the north.")).doesNotContain(EventType.ATTACK);
    assertThat(types("Dock workers went on strike on Monday over pay.")).doesNotContain(EventType.ATTACK);
    // the acts themselves stay
    assertThat(types("Rebels occupied the town of Kafr Nabl on Monday.")).contains(EventType.CONTROL_CHANGE);
    assertThat(types("The two sides agreed a ceasefire on Sunday.")).contains(EventType.AGREEMENT);
    assertThat(types("Police arrested the opposition leader on Friday.")).contains(EventType.ARREST);
  }

  @Test
  void whatTalksAreAboutAndAComplaintInWordsAreNoActs() {
    assertThat(types("The ministers discussed the withdrawal of foreign troops from the south.")).doesNotContain(EventType.CONTROL_CHANGE);
    assertThat(types("The envoys held talks on a ceasefire in the north.")).doesNotContain(EventType.AGREEMENT);
    assertThat(types("Moscow protested that the flights violated its airspace.")).doesNotContain(EventType.PROTEST);
    assertThat(types("Students protested in the capital on Friday against the new law.")).contains(EventType.PROTEST);
    // a protest verb after the clause it reports is a verb of saying
    assertThat(types("The refugees are still denied the right to return home, a human rights group protested on Monday."))
        .doesNotContain(EventType.PROTEST);
    assertThat(types("In the capital on Friday, thousands of students protested.")).contains(EventType.PROTEST);
  }

  @Test
  void releasedDetaineesRefugeesAndLodgedProtestsAreNotEvents() {
    assertThat(types("The government released 300 detainees on Sunday.")).doesNotContain(EventType.ARREST);
    assertThat(types("The agency sent food to refugees fleeing the war in the north.")).doesNotContain(EventType.DISPLACEMENT);
    assertThat(types("The embassy lodged a protest with the foreign ministry.")).doesNotContain(EventType.PROTEST);
    assertThat(types("Thousands of students protested in Cairo on Monday.")).contains(EventType.PROTEST);
    assertThat(types("Police detained 300 protesters on Sunday in Cairo.")).contains(EventType.ARREST);
  }

  @Test
  void aTollInsideTheTopicDoesNotAnchorIt() {
    assertThat(types("The foreign minister denounced the bombing of the bus station, which killed 14 passengers."))
        .doesNotContain(EventType.ATTACK);
    assertThat(types("The families sued the army over the shelling that killed their sons.")).doesNotContain(EventType.ATTACK);
    assertThat(types("The families sued the army over the shelling on Friday in the village of Kafr Nabl."))
        .contains(EventType.ATTACK);
  }

  @Test
  void anActNamedAsAReferenceIsNotTold() {
    assertThat(types("Cairo suspended all flights to the capital after the bombing.")).doesNotContain(EventType.ATTACK);
    assertThat(types("The militia vowed revenge for the assassination of its leader.")).doesNotContain(EventType.ATTACK);
    assertThat(types("Judges questioned two colonels about the shooting of students.")).doesNotContain(EventType.ATTACK);
    assertThat(types("Experts found traces of a missile in the debris.")).doesNotContain(EventType.ATTACK);
    // its own time makes it a happening; an act told in its own clause is one
    assertThat(types("Flights stopped after the bombing on Sunday in the town of Azaz.")).contains(EventType.ATTACK);
    assertThat(types("Flights stopped after the army shelled the town of Azaz.")).contains(EventType.ATTACK);
  }

  @Test
  void aidRecipientsNamedByTheirPlightAreNotEvents() {
    assertThat(types("The charity delivered blankets to families displaced by the war.")).doesNotContain(EventType.DISPLACEMENT);
    assertThat(types("The agency provided tents to villagers who fled the floods.")).doesNotContain(EventType.DISPLACEMENT);
    // a besieged community receiving aid is the codebook's own news
    assertThat(types("The convoy delivered flour to the besieged town of Madaya.")).contains(EventType.SIEGE);
    assertThat(types("Militias expelled hundreds of families from the village of Tal Tamr on Monday."))
        .contains(EventType.DISPLACEMENT);
  }

  @Test
  void blameDocumentationSentencesAndReleasesNameAPastActAsTheirTopic() {
    assertThat(types("The governor blamed the rebels for the bombing of the bridge.")).doesNotContain(EventType.ATTACK);
    assertThat(types("Human rights groups documented the torture of detainees in the prison.")).doesNotContain(EventType.ATTACK);
    assertThat(types("The court sentenced the colonel to ten years for ordering the shelling of the city."))
        .doesNotContain(EventType.ATTACK);
    assertThat(types("The army released 200 prisoners detained during the protests."))
        .doesNotContain(EventType.ARREST, EventType.PROTEST);
    // with its own time the act is told
    assertThat(types("The governor blamed the rebels for Monday's bombing of the bridge in the town of Azaz."))
        .contains(EventType.ATTACK);
  }

  @Test
  void careGivenNamesItsRecipientsByTheirPlight() {
    assertThat(types("Doctors treated 40 people wounded in the shelling.")).doesNotContain(EventType.ATTACK);
    assertThat(types("Doctors treated 40 people wounded in Monday's shelling of the town of Azaz."))
        .contains(EventType.ATTACK);
  }
}
