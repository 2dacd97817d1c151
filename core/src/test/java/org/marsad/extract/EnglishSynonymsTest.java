package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.extract.EnglishWordClassesTest.Lang.types;

import org.junit.jupiter.api.Test;
import org.marsad.model.EventType;

/**
 * Synonyms added to the English word classes of triggers-en.tsv (issue 9, PLOVER): each family on
 * sentences written for these tests, with a near miss that must not match.
 */
class EnglishSynonymsTest {
  @Test
  void protestDemandThreat() {
    assertThat(types("Hundreds of workers took to the streets of Tunis on Monday.")).contains(EventType.PROTEST);
    assertThat(types("The strikers gathered outside the port of Latakia.")).contains(EventType.PROTEST);
    assertThat(types("The rebels appealed to the government on Sunday to release prisoners.")).contains(EventType.DEMAND);
    assertThat(types("The families requested the return of the bodies from Raqqa.")).contains(EventType.DEMAND);
    assertThat(types("The army warns the rebels it will storm the town of Jobar.")).contains(EventType.THREAT);
    assertThat(types("The doctors warned that the hospital would run out of fuel.")).doesNotContain(EventType.THREAT);
  }

  @Test
  void buildupTalksAgreementControl() {
    assertThat(types("The ministry dispatched troops to the border town of Qamishli.")).contains(EventType.MILITARY_BUILDUP);
    assertThat(types("The army was put on high alert on Monday in Aleppo.")).contains(EventType.MILITARY_BUILDUP);
    assertThat(types("The ministry dispatched a letter to the council.")).doesNotContain(EventType.MILITARY_BUILDUP);
    assertThat(types("The president met the foreign minister of Jordan in Damascus.")).contains(EventType.NEGOTIATION);
    assertThat(types("The team met its targets for the year.")).doesNotContain(EventType.NEGOTIATION);
    assertThat(types("The warring parties signed an armistice in Geneva on Friday.")).contains(EventType.AGREEMENT);
    assertThat(types("The rebels ceded the town of Jobar to the army on Sunday.")).contains(EventType.CONTROL_CHANGE);
  }

  @Test
  void aVetoOrADeclineGovernsWhatIsRefused() {
    assertThat(types("The council vetoed a plan to deploy troops in the south.")).doesNotContain(EventType.MILITARY_BUILDUP);
    assertThat(types("The rebels declined to withdraw from the town of Jobar.")).doesNotContain(EventType.CONTROL_CHANGE);
    assertThat(types("The rebels withdrew from the town of Jobar on Sunday.")).contains(EventType.CONTROL_CHANGE);
  }

  @Test
  void forceAnnouncedOnAConditionIsAThreat() {
    assertThat(types("The militia said it will storm the town of Madaya unless the rebels leave.")).contains(EventType.THREAT)
        .doesNotContain(EventType.ATTACK);
    assertThat(types("The government said it would withdraw its troops from the north unless the rebels disarm."))
        .contains(EventType.THREAT).doesNotContain(EventType.CONTROL_CHANGE);
    assertThat(types("The ministry will close the school unless the heating is repaired.")).doesNotContain(EventType.THREAT);
  }

  @Test
  void forceAnnouncedAsReadinessOrOnAConditionIsAThreat() {
    assertThat(types("The rebels warned they would blow up the bridge at Jisr al-Shughur.")).contains(EventType.THREAT);
    assertThat(types("The governor said he would not hesitate to use force against the rioters.")).contains(EventType.THREAT);
    assertThat(types("The militia is ready to resume fighting if the talks in Geneva fail.")).contains(EventType.THREAT);
    assertThat(types("The ministry is ready to reopen the schools if the heating is repaired.")).doesNotContain(EventType.THREAT);
  }

  @Test
  void namedActsOfForceAndChantingCrowds() {
    assertThat(types("A man blew himself up at a checkpoint near Azaz on Monday.")).contains(EventType.ATTACK);
    assertThat(types("Guards tortured two prisoners in the jail of Sednaya.")).contains(EventType.ATTACK);
    assertThat(types("Police fired tear gas at students in Homs on Sunday.")).contains(EventType.ATTACK);
    assertThat(types("Hundreds chanted slogans against the governor in Daraa on Friday.")).contains(EventType.PROTEST);
  }

  @Test
  void officialsInThePluralMeet() {
    assertThat(types("The foreign ministers met in Geneva on Tuesday.")).contains(EventType.NEGOTIATION);
    assertThat(types("The players met in Geneva on Tuesday.")).doesNotContain(EventType.NEGOTIATION);
  }

  @Test
  void talksBrokenOffOrSuspendedAreNotHeld() {
    assertThat(types("The opposition broke off peace talks with the government on Friday.")).doesNotContain(EventType.NEGOTIATION);
    assertThat(types("The opposition held peace talks with the government on Friday.")).contains(EventType.NEGOTIATION);
  }

  @Test
  void aStrikeOnTheTownOfAPlace() {
    assertThat(types("Jets carried out a strike on the town of Azaz on Tuesday.")).contains(EventType.ATTACK);
    assertThat(types("Jets struck the town of Azaz on Tuesday.")).contains(EventType.ATTACK);
    assertThat(types("Teachers went on strike in the city of Homs on Tuesday.")).doesNotContain(EventType.ATTACK);
  }

  @Test
  void settlementsAndForcesMovedByOtherWords() {
    assertThat(types("The two parties settled their dispute over the border on Monday.")).contains(EventType.AGREEMENT);
    assertThat(types("The factions reached an understanding on Monday in Daraa.")).contains(EventType.AGREEMENT);
    assertThat(types("The army moved troops to the border near Azaz.")).contains(EventType.MILITARY_BUILDUP);
    assertThat(types("The navy sent warships to the coast near Latakia.")).contains(EventType.MILITARY_BUILDUP);
  }

  @Test
  void aPauseInTheFightingIsATruce() {
    assertThat(types("The army announced a three-hour daily halt of fighting in Aleppo starting on Thursday."))
        .contains(EventType.AGREEMENT);
    assertThat(types("The two sides agreed on a humanitarian pause in Hodeidah on Monday.")).contains(EventType.AGREEMENT);
  }

  @Test
  void aCaptureOfPeopleIsADetentionAndOfAPlaceATaking() {
    assertThat(types("Rebels captured a government pilot near Jayrud on Friday.")).contains(EventType.ARREST)
        .doesNotContain(EventType.CONTROL_CHANGE);
    assertThat(types("Islamic State fighters seized three aid workers near Raqqa on Monday.")).contains(EventType.ARREST);
    assertThat(types("Rebels captured the village of Kafr Nabl on Friday.")).contains(EventType.CONTROL_CHANGE)
        .doesNotContain(EventType.ARREST);
  }
}
