package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.extract.EventExtractorTest.types;

import org.junit.jupiter.api.Test;
import org.marsad.model.EventType;

/**
 * A war summed up ("the conflict has left 300,000 dead and millions uprooted"), a war's aim ("fighting to
 * topple the government") and the battles of a wider campaign are no acts; an act in a war-torn country
 * is. Sentences written for this test.
 */
class WarSummaryTest {
  @Test
  void aWarsTollIsNoAct() {
    assertThat(types("Yemen's war has left more than 150,000 people killed and four million displaced since 2015."))
        .doesNotContain(EventType.ATTACK, EventType.DISPLACEMENT);
  }

  @Test
  void aWarsAimIsNoBattle() {
    assertThat(types("Insurgents in Anbar have been fighting to topple the government in Baghdad since 2013."))
        .doesNotContain(EventType.ATTACK);
  }

  @Test
  void theBattlesOfAWiderCampaignAreItsTopic() {
    assertThat(types("The push is part of a wider campaign by the army in Hama province, which is engaged in battles "
        + "with insurgents on several fronts.")).doesNotContain(EventType.ATTACK);
  }

  @Test
  void anActInAWarTornCountryIsAnAct() {
    assertThat(types("Gunmen stormed a hotel in the war-torn country's capital Mogadishu on Tuesday, police said."))
        .contains(EventType.ATTACK);
  }
}
