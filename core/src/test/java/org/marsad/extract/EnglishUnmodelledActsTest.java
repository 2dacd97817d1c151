package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.extract.EnglishWordClassesTest.Lang.types;

import org.junit.jupiter.api.Test;
import org.marsad.model.EventType;

/**
 * Acts PLOVER files under categories the codebook does not model (issue 9): a suspicion or a charge
 * names an act as a topic, an invitation or an offer names an act proposed, a demand conceded is
 * neither a demand nor an agreement. The acts themselves stay. Sentences written for these tests.
 */
class EnglishUnmodelledActsTest {
  @Test
  void aSuspicionOrAChargeNamesItsActAsATopic() {
    assertThat(types("Investigators questioned two soldiers suspected of shooting at the crowd.")).doesNotContain(EventType.ATTACK);
    assertThat(types("The police detained a man on suspicion of kidnapping a doctor.")).containsOnly(EventType.ARREST);
    assertThat(types("The court charged four guards over the killing of an inmate.")).doesNotContain(EventType.ATTACK);
    // a time or a toll still anchors the act
    assertThat(types("Prosecutors charged two men over Sunday's bombing of the market that killed 9 people."))
        .contains(EventType.ATTACK);
  }

  @Test
  void theTelephoneAsAUtilityIsNoCall() {
    assertThat(types("Electricity and telephone lines in the city have been down since Tuesday.")).doesNotContain(EventType.NEGOTIATION);
    assertThat(types("Telephone and internet services have also been partially restored.")).doesNotContain(EventType.NEGOTIATION);
    assertThat(types("A resident said by satellite telephone that the town had run out of fuel.")).doesNotContain(EventType.NEGOTIATION);
    assertThat(types("The spokesman told AFP by telephone from the mountains that shelling went on.")).doesNotContain(EventType.NEGOTIATION);
    assertThat(types("The foreign minister telephoned his Turkish counterpart on Monday.")).contains(EventType.NEGOTIATION);
  }

  @Test
  void aCurfewLiftedRestrictsNobody() {
    assertThat(types("Serbia lifted a night curfew in Montenegro on Sunday.")).doesNotContain(EventType.MOVEMENT_RESTRICTION);
    assertThat(types("The curfew was lifted in Homs on Monday.")).doesNotContain(EventType.MOVEMENT_RESTRICTION);
    assertThat(types("وقررت السلطات رفع حظر التجوال عن مدينة حمص أمس.")).doesNotContain(EventType.MOVEMENT_RESTRICTION);
    assertThat(types("The army imposed a curfew on Homs on Monday.")).contains(EventType.MOVEMENT_RESTRICTION);
  }

  @Test
  void aTrucesEndIsNoAgreement() {
    assertThat(types("Air raids hit rebel-held districts in Aleppo after the army declared a week-long ceasefire over."))
        .doesNotContain(EventType.AGREEMENT);
    assertThat(types("Residents in Aleppo shared news about the collapsing truce by messenger.")).doesNotContain(EventType.AGREEMENT);
    assertThat(types("The army declared an end to its ceasefire in Aleppo on Monday evening.")).doesNotContain(EventType.AGREEMENT);
    assertThat(types("The truce brokered by Moscow and Washington came into effect in Aleppo on September 12."))
        .contains(EventType.AGREEMENT);
  }

  @Test
  void anInvitationOrAnOfferNamesAnActProposed() {
    assertThat(types("The minister declined an invitation to attend peace talks next week.")).doesNotContain(EventType.NEGOTIATION);
    assertThat(types("The faction turned down an offer of talks with the government.")).doesNotContain(EventType.NEGOTIATION);
    assertThat(types("The rebels dismissed a proposal for a ceasefire in the south.")).doesNotContain(EventType.AGREEMENT);
    // talks held stay
    assertThat(types("The two delegations held talks in the capital on Monday.")).contains(EventType.NEGOTIATION);
  }

  @Test
  void aDemandConcededIsNeitherADemandNorAnAgreement() {
    assertThat(types("The government accepted the demand of the strikers for higher wages.")).doesNotContain(EventType.DEMAND, EventType.AGREEMENT);
    assertThat(types("The army agreed to the demands of the tribes for the release of prisoners."))
        .doesNotContain(EventType.DEMAND, EventType.AGREEMENT);
    assertThat(types("The council bowed to demands for an early vote.")).doesNotContain(EventType.DEMAND);
    // a demand made and an agreement reached stay
    assertThat(types("The tribes demanded the release of prisoners on Monday.")).contains(EventType.DEMAND);
    assertThat(types("The two sides agreed to a ceasefire on Sunday.")).contains(EventType.AGREEMENT);
  }

  @Test
  void anEvacuationOfTheWoundedOrOfForeignersIsARescue() {
    assertThat(types("Medics evacuated wounded civilians to hospitals in the capital.")).doesNotContain(EventType.DISPLACEMENT, EventType.ATTACK);
    assertThat(types("The navy evacuated 300 foreigners from the port on Friday.")).doesNotContain(EventType.DISPLACEMENT);
    assertThat(types("Aid workers treated the injured at a field clinic.")).doesNotContain(EventType.ATTACK);
    // a community evacuated or driven out, and people wounded by an attack, stay
    assertThat(types("The army evacuated the residents of the village of Kafr Nabl on Monday.")).contains(EventType.DISPLACEMENT);
    assertThat(types("Hundreds of families fled the town as shelling wounded 12 civilians on Monday."))
        .contains(EventType.DISPLACEMENT, EventType.ATTACK);
  }

  @Test
  void aWithdrawalOfWeaponsNamedAfterCoordinatedNounsHandsOverNoGround() {
    assertThat(types("Monitors watched the withdrawal, storage and inspection of heavy weapons near the city."))
        .doesNotContain(EventType.CONTROL_CHANGE);
    assertThat(types("Observers reported the pullout and destruction of ammunition at the base.")).doesNotContain(EventType.CONTROL_CHANGE);
    // ground handed over stays, and a place after "of" is no property
    assertThat(types("Rebels completed the capture of the town of Kafr Nabl on Monday.")).contains(EventType.CONTROL_CHANGE);
    assertThat(types("The army withdrew from the town of Kafr Nabl on Monday.")).contains(EventType.CONTROL_CHANGE);
  }

  @Test
  void anEnvoySummonedOrRecalledMakesAProtestInWords() {
    assertThat(types("The country recalled its ambassador in protest at the shelling of its border posts."))
        .doesNotContain(EventType.PROTEST, EventType.ATTACK);
    assertThat(types("The foreign ministry summoned the envoy to protest against the air raids.")).doesNotContain(EventType.PROTEST);
    // a demonstration stays, and a dated act stays
    assertThat(types("Hundreds of students protested outside the embassy in the capital on Friday.")).contains(EventType.PROTEST);
    assertThat(types("The country recalled its ambassador after Monday's shelling of the town of Kafr Nabl that killed 5 people."))
        .contains(EventType.ATTACK);
  }
}
