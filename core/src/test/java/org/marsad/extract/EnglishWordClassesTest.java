package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.extract.EnglishWordClassesTest.Lang.types;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.Pipeline;
import org.marsad.ingest.Source;
import org.marsad.model.Event;
import org.marsad.model.EventType;

/**
 * One test per English word-class family of triggers-en.tsv and cues-en.tsv, on sentences written
 * for these tests: each family matches its verbs in several persons and tenses, and its blocks hold.
 */
class EnglishWordClassesTest {
  static final class Lang {
    private static final Pipeline PIPELINE = Pipeline.defaultPipeline();

    static List<Event> events(String text) {
      return PIPELINE.extract(PIPELINE.read(new Source("test", text.getBytes(StandardCharsets.UTF_8), LocalDate.of(2020, 3, 10),
          null, null, null, "en"))).events();
    }

    static List<EventType> types(String text) {
      return events(text).stream().map(Event::type).toList();
    }
  }

  @Test
  void agreeSignReachADealCeasefireTruce() {
    assertThat(types("The two sides agreed on Sunday to exchange prisoners in Homs.")).contains(EventType.AGREEMENT);
    assertThat(types("The factions are agreeing to a plan for the town of Madaya.")).contains(EventType.AGREEMENT);
    assertThat(types("Rebels and the army signed a deal in Daraa on Monday.")).contains(EventType.AGREEMENT);
    assertThat(types("Negotiators reached an agreement in Aleppo on Friday.")).contains(EventType.AGREEMENT);
    assertThat(types("A truce took hold in Idlib on Tuesday.")).contains(EventType.AGREEMENT);
    assertThat(types("The army will have to deal with the floods in Hama.")).doesNotContain(EventType.AGREEMENT);
  }

  @Test
  void demandCallOnUrgeInsist() {
    assertThat(types("Government forces demanded on Monday that residents of Madaya hand over their weapons.")).contains(EventType.DEMAND);
    assertThat(types("The envoy urges the parties in Homs to open a corridor.")).contains(EventType.DEMAND);
    assertThat(types("The council called on the militia to leave the town of Zabadani.")).contains(EventType.DEMAND);
    assertThat(types("The minister insisted that the rebels must leave Daraa.")).contains(EventType.DEMAND);
    assertThat(types("The government accepted the demands of the residents of Homs.")).doesNotContain(EventType.DEMAND);
  }

  @Test
  void threatenWarnVow() {
    assertThat(types("The militia threatened on Sunday to storm the town of Madaya.")).contains(EventType.THREAT);
    assertThat(types("The army is threatening to shell the village of Kafr Nabl.")).contains(EventType.THREAT);
    assertThat(types("The commander vowed to attack the town of Jobar.")).contains(EventType.THREAT);
    assertThat(types("Doctors warned of a cholera outbreak in Raqqa.")).doesNotContain(EventType.THREAT);
    // a danger voiced is no threat of force, and the act it fears is not told as done
    assertThat(types("Aid agencies warned on Friday that Madaya was at risk of being cut off from the outside world."))
        .doesNotContain(EventType.THREAT);
    assertThat(EventExtractorTest.only("Residents said Madaya was on the brink of being encircled.", EventType.SIEGE).modality())
        .isEqualTo(org.marsad.model.Modality.FEARED);
    // the act a threat announces is not reported as done
    assertThat(types("The militia threatened on Sunday to storm the town of Madaya.")).doesNotContain(EventType.ATTACK);
  }

  @Test
  void mobilizeDeploySendTroops() {
    assertThat(types("The army sent troops to the outskirts of Daraa on Monday.")).contains(EventType.MILITARY_BUILDUP);
    assertThat(types("Britain is mobilizing reservists near the border with Iraq.")).contains(EventType.MILITARY_BUILDUP);
    assertThat(types("The government deployed soldiers in Homs on Friday.")).contains(EventType.MILITARY_BUILDUP);
    assertThat(types("The company deployed new software in Homs.")).doesNotContain(EventType.MILITARY_BUILDUP);
  }

  @Test
  void meetTalkHoldTalks() {
    assertThat(types("Officials held talks in Geneva on Monday.")).contains(EventType.NEGOTIATION);
    assertThat(types("The envoy met with rebel leaders in Daraa on Sunday.")).contains(EventType.NEGOTIATION);
    assertThat(types("The sheikh is mediating between the tribes in Deir ez-Zor.")).contains(EventType.NEGOTIATION);
  }

  @Test
  void arrestDetainKidnap() {
    assertThat(types("Security forces detained ten men in Homs on Monday.")).contains(EventType.ARREST);
    assertThat(types("Gunmen kidnapped two aid workers in Idlib on Friday.")).contains(EventType.ARREST);
    assertThat(types("The police rounded up dozens of students in Aleppo.")).contains(EventType.ARREST);
  }

  @Test
  void withdrawPullOutRetreatSeizeCapture() {
    assertThat(types("Rebels withdrew from the town of Qusayr on Sunday.")).contains(EventType.CONTROL_CHANGE);
    assertThat(types("The militia pulled out of Tal Abyad on Monday.")).contains(EventType.CONTROL_CHANGE);
    assertThat(types("Government forces captured the village of Kessab on Friday.")).contains(EventType.CONTROL_CHANGE);
    assertThat(types("The army took control of Palmyra on Sunday.")).contains(EventType.CONTROL_CHANGE);
    assertThat(types("Islamic State seizes the town of Tadmur.")).contains(EventType.CONTROL_CHANGE);
    assertThat(types("Government forces drove the rebels from the town of Qusayr on Sunday.")).contains(EventType.CONTROL_CHANGE);
    assertThat(types("The militants managed to control parts of the town of Tadmur on Monday.")).contains(EventType.CONTROL_CHANGE);
  }

  @Test
  void shellBombStrikeAttackKill() {
    assertThat(types("Artillery shells the town of Douma every night.")).contains(EventType.ATTACK);
    assertThat(types("Warplanes bombed the village of Kafr Zita on Monday.")).contains(EventType.ATTACK);
    assertThat(types("Russian jets struck a market in Idlib on Tuesday.")).contains(EventType.ATTACK);
    assertThat(types("Gunmen opened fire on a bus in Homs on Friday.")).contains(EventType.ATTACK);
    assertThat(types("Workers went on strike in Damascus on Monday.")).doesNotContain(EventType.ATTACK);
    assertThat(types("The coalition carried out two strikes near Raqqa on Monday.")).contains(EventType.ATTACK);
    assertThat(types("Rebels repelled an assault on the town of Marea on Sunday.")).contains(EventType.ATTACK);
  }

  @Test
  void protestRallyMarchRiot() {
    assertThat(types("Hundreds rallied in Daraa on Friday against the siege.")).contains(EventType.PROTEST);
    assertThat(types("Students marched through Homs on Monday.")).contains(EventType.PROTEST);
    assertThat(types("Prisoners rioted in the prison of Hama on Sunday.")).contains(EventType.PROTEST);
    assertThat(types("Detainees began a hunger strike in Aleppo on Monday.")).contains(EventType.PROTEST);
    assertThat(types("Since March 2011 the town of Daraa has changed.")).doesNotContain(EventType.PROTEST);
  }

  @Test
  void clashFight() {
    assertThat(types("Rebels clashed with government forces in Jobar on Monday.")).contains(EventType.ATTACK);
    assertThat(types("Fighters fought government troops near Hama on Sunday.")).contains(EventType.ATTACK);
  }

  @Test
  void besiegeEncircleBlockade() {
    assertThat(types("Government forces are besieging the town of Madaya.")).contains(EventType.SIEGE);
    assertThat(types("The militia encircled the town of Zabadani on Friday.")).contains(EventType.SIEGE);
    assertThat(types("The army blockaded the port of Latakia on Monday.")).contains(EventType.SIEGE);
  }

  @Test
  void blockAndCloseRoadsIsAMovementRestriction() {
    assertThat(types("The militia closed all roads leading to Madaya on Monday.")).contains(EventType.MOVEMENT_RESTRICTION);
    assertThat(types("Soldiers are blocking the roads into Daraa.")).contains(EventType.MOVEMENT_RESTRICTION);
    assertThat(types("The army imposed a curfew in Homs on Friday.")).contains(EventType.MOVEMENT_RESTRICTION);
    assertThat(types("The army lifted the curfew in Homs on Friday.")).doesNotContain(EventType.MOVEMENT_RESTRICTION);
  }

  @Test
  void preventOrDenyFoodAidMedicineIsASupplyDenial() {
    assertThat(types("The militia prevented food from entering Madaya on Monday.")).contains(EventType.SUPPLY_DENIAL);
    assertThat(types("Government forces blocked aid convoys bound for Douma.")).contains(EventType.SUPPLY_DENIAL);
    assertThat(types("The army denied entry of medicine to the town of Zabadani.")).contains(EventType.SUPPLY_DENIAL);
  }

  @Test
  void displaceFleeExpel() {
    assertThat(types("Thousands of families fled the town of Qusayr on Sunday.")).contains(EventType.DISPLACEMENT);
    assertThat(types("The militia expelled the residents of Kessab on Friday.")).contains(EventType.DISPLACEMENT);
    assertThat(types("The fighting displaced thousands in Idlib.")).contains(EventType.DISPLACEMENT);
  }

  @Test
  void whatIsRejectedOrRefusedIsNotAnAct() {
    assertThat(types("The government rejected a call for talks in Geneva.")).doesNotContain(EventType.NEGOTIATION, EventType.DEMAND);
    assertThat(types("The president refused to meet the envoy in Damascus.")).doesNotContain(EventType.NEGOTIATION);
  }

  @Test
  void anAimOrAConflictTollIsNotAnAct() {
    assertThat(types("The group needs money for its fight to seize territory in Syria.")).doesNotContain(EventType.CONTROL_CHANGE);
    assertThat(types("More than 300,000 people have been killed since the war began in 2011.")).doesNotContain(EventType.ATTACK);
    assertThat(types("Aid remained limited in Douma despite the truce zone.")).doesNotContain(EventType.AGREEMENT);
  }

  @Test
  void cancelledActsAndLegalStatesAreNotEvents() {
    assertThat(types("The minister cancelled a planned visit to Beirut on Monday.")).doesNotContain(EventType.NEGOTIATION);
    assertThat(types("A state of siege was declared in the capital on Sunday.")).doesNotContain(EventType.SIEGE);
  }
}
