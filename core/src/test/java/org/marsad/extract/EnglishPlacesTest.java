package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.extract.EnglishWordClassesTest.Lang.events;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.EventType;

/** Where English reports put an act, and which places they name for something else (sentences written for these tests). */
class EnglishPlacesTest {
  private static List<String> attackPlaces(String text) {
    return events(text).stream().filter(e -> e.type() == EventType.ATTACK)
        .map(e -> e.place() == null ? "null" : e.place().name()).toList();
  }

  @Test
  void wherePlaceSaysWhereABodyIsBasedItIsNotWhereTheActIs() {
    assertThat(attackPlaces("The Britain-based monitoring group said jets bombed a market, killing nine people."))
        .containsExactly("null");
    assertThat(attackPlaces("A monitoring group based in the UK said that the air strikes killed nine people."))
        .containsExactly("null");
    assertThat(attackPlaces("The Britain-based monitoring group said jets bombed a market in the town of Azaz, killing nine people."))
        .containsExactly("Azaz");
    // nor does it make the report's towns foreign: a town named bare is still read
    assertThat(attackPlaces("The Britain-based monitoring group said jets bombed a market in Idlib, killing nine people."))
        .containsExactly("Idlib");
    assertThat(attackPlaces("A group based in the UK said jets bombed a market in Idlib, killing nine people."))
        .containsExactly("Idlib");
    // a place before any other word is still where
    assertThat(attackPlaces("Jets bombed a market in Britain, killing nine people.")).containsExactly("United Kingdom");
  }

  @Test
  void countriesInAGroupsFullNameAreNoPlace() {
    assertThat(events("Clashes erupted on Friday between the YPG and fighters from the Islamic State in Iraq and Syria (ISIS), the SOHR said.")
        .stream().filter(e -> e.place() != null).map(e -> e.place().name())).doesNotContain("Iraq", "Syria");
  }

  @Test
  void aDateLinePostedOnIsTheReportsNotTheActs() {
    assertThat(events("Posted on August 3 2013 by Nazeer Rida At least 12 fighters were killed in clashes with Kurdish militants in "
        + "the city of Hasaka early Friday the Observatory said.").stream().map(e -> e.date().value()))
        .containsOnly("2020-03-06");
  }

  @Test
  void theCapitalsThatBrokeredATruceAreNotWhereItHolds() {
    assertThat(events("Aleppo had been calm for the first few days after the truce brokered by Moscow and Washington came into effect "
        + "on September 12.").stream().filter(e -> e.place() != null).map(e -> e.place().name())).doesNotContain("Moscow", "Washington");
  }

  @Test
  void aSideNamedForAPlaceIsNotThePlace() {
    assertThat(events("The attack, which pro-Damascus media said was carried out by a suicide car bomber, hit a convoy.").stream()
        .filter(e -> e.place() != null).map(e -> e.place().name())).doesNotContain("Damascus");
  }

  @Test
  void anEvacuationDealIsAnAgreementAndThePassageOutIsTheDisplacement() {
    assertThat(events("Under the evacuation deal more than 2000 people were granted safe passage out of Madaya on Friday.").stream()
        .map(org.marsad.model.Event::type)).containsExactlyInAnyOrder(org.marsad.model.EventType.AGREEMENT,
            org.marsad.model.EventType.DISPLACEMENT);
    // the deal named, no one told leaving: no displacement
    assertThat(events("Buses waited in Rashidin to cross under an evacuation deal between warring sides on Friday.").stream()
        .map(org.marsad.model.Event::type)).doesNotContain(org.marsad.model.EventType.DISPLACEMENT);
  }

  @Test
  void aCityBeforeAPlaceNounAndOfSaysWhereTheNextPlaceLies() {
    assertThat(attackPlaces("A car bomb killed 18 people in the Damascus suburb of Jaramana on Tuesday."))
        .containsExactly("Jaramana");
    assertThat(attackPlaces("Jets bombed the Aleppo town of Azaz on Tuesday.")).containsExactly("Azaz");
  }

  @Test
  void aDatelineInCapitalsIsWhereTheReportWasFiled() {
    assertThat(attackPlaces("MOSCOW (Sputnik) An explosion killed four people near central Damascus on Monday."))
        .containsExactly("Damascus");
    assertThat(attackPlaces("An explosion killed four people in Moscow on Monday.")).containsExactly("Moscow");
  }

}
