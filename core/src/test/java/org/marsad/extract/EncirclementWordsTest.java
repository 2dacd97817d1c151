package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.extract.EventExtractorTest.only;
import static org.marsad.extract.EventExtractorTest.types;

import org.junit.jupiter.api.Test;
import org.marsad.model.Event;
import org.marsad.model.EventType;

/**
 * Surrounding by an armed force, a siege's passive ending after its noun, "fully encircled", goods not
 * brought in, and ways' far ends (coordinated, "toward", "link to", "passage between") and sources' seats
 * that are not where the act is.
 * Sentences written for this test.
 */
class EncirclementWordsTest {
  @Test
  void surroundedByAnArmedForceIsASiegeActiveOrPassive() {
    Event passive = only("Sumy has been almost entirely surrounded by Russian forces, officials said on Saturday.", EventType.SIEGE);
    assertThat(passive.place().name()).isEqualTo("Sumy");
    assertThat(passive.actor1()).isNotNull();
    assertThat(only("Russian forces have surrounded Sumy, officials said on Saturday.", EventType.SIEGE).place().name())
        .isEqualTo("Sumy");
  }

  @Test
  void surroundingAsAnAdjectiveOrABuildingSurroundedIsNoSiege() {
    assertThat(types("Clashes erupted in the area surrounding the main square of Aleppo on Monday.")).doesNotContain(EventType.SIEGE);
    assertThat(types("Shells fired by militants fell in the area surrounding the main square of Aleppo on Sunday.")).doesNotContain(EventType.SIEGE);
    assertThat(types("Soldiers surrounded the building on Monday and arrested two men.")).doesNotContain(EventType.SIEGE);
  }

  @Test
  void aSiegeNounThenAPassiveEndingIsALifting() {
    assertThat(only("The siege of Sumy has been lifted, the governor said on Sunday.", EventType.SIEGE)
        .attributes().get("phase")).isEqualTo("lifted");
    assertThat(only("The siege of Sumy has not been lifted, the governor said on Sunday.", EventType.SIEGE)
        .attributes().get("phase")).isNotIn("lifted", "eased");
  }

  @Test
  void fullyEncircledIsAirtight() {
    assertThat(only("Sumy is now fully encircled by Russian forces, officials said.", EventType.SIEGE).attributes())
        .containsEntry("scope", "full");
  }

  @Test
  void goodsThatCannotBeBroughtInAreKeptOut() {
    assertThat(types("No food or medicine can now be brought in to Sumy, officials said.")).contains(EventType.SUPPLY_DENIAL);
  }

  @Test
  void aWaysFarEndIsNotWhereTheActIs() {
    assertThat(only("Fighters cut the main highways linking Sumy to Kharkiv and Poltava on Monday.", EventType.MOVEMENT_RESTRICTION)
        .place().name()).isEqualTo("Sumy");
    assertThat(only("Troops blew up the bridge on Monday, cutting Sumy's last link to Kharkiv and leaving the city encircled.",
        EventType.SIEGE).place().name()).isEqualTo("Sumy");
    assertThat(only("Sumy was shelled on Monday. Civilians can still leave the city along the southern road toward Poltava.",
        EventType.MOVEMENT_RESTRICTION).place().name()).isEqualTo("Sumy");
  }

  @Test
  void theOtherEndOfAPassageBetweenTwoPlacesIsNotWhereALaterActIs() {
    assertThat(only("Troops closed all roads into Sumy on Monday, leaving one crossing as the only passage between the city and Okhtyrka. "
        + "Trucks are turned back, and flour and fuel are not allowed in.", EventType.SUPPLY_DENIAL).place().name()).isEqualTo("Sumy");
  }

  @Test
  void aNamedFarEndAfterItsTitleIsAFarEnd() {
    assertThat(only("The villages are near a main highway linking Sumy with the city of Kharkiv to the south. "
        + "They lie in an area captured by the army at the end of last year.", EventType.CONTROL_CHANGE).place().name())
        .isEqualTo("Sumy");
  }

  @Test
  void aSiegeOfTheTwoTownsNamedBeforeIsASiegeOfEach() {
    assertThat(EventExtractorTest.events("تدخل العمليات العسكرية في الرمادي والفلوجة أسبوعها الثالث، وفرضت القوات حصارا محكما على المدينتين."))
        .filteredOn(e -> e.type() == EventType.SIEGE).extracting(e -> e.place().name()).containsExactlyInAnyOrder("Ramadi", "Fallujah");
  }

  @Test
  void aTownWordThenALatinArticleNamesTheTownAfterIt() {
    assertThat(only("Airstrikes hit the town of Al-Atareb on Monday.", EventType.ATTACK).place().name()).isEqualTo("Atarib");
  }

  @Test
  void whereAnEarlierSentencesSourceSatIsNoPlaceForALaterAct() {
    assertThat(only("Troops closed all roads into Sumy on Monday, a correspondent in Kharkiv reported. "
        + "Trucks are turned back, and flour and fuel are not allowed in.", EventType.SUPPLY_DENIAL).place().name()).isEqualTo("Sumy");
  }

  @Test
  void theDirectionsAWayComesFromAreNotWhereItIsCut() {
    assertThat(only("قطع المسلحون جميع الطرق المؤدية إلى بلدة مضايا من جهات الزبداني وبقين وسرغايا.", EventType.MOVEMENT_RESTRICTION)
        .place().name()).isEqualTo("Madaya");
  }

  @Test
  void theCityAfterATownNamedNearItIsTheTownNotItsProvince() {
    assertThat(only("حشدت قوات الدعم السريع تعزيزات في محيط مدينة الفاشر، عاصمة ولاية شمال دارفور. وقال مصدر إن الدعم السريع هدد باقتحام المدينة.",
        EventType.THREAT).place().name()).isEqualTo("El Fasher");
  }

  @Test
  void armourMassingOnATownsOutskirtsIsABuildUpThere() {
    Event e = only("Armoured columns massed on the northern outskirts of Sumy on Friday, officials said.", EventType.MILITARY_BUILDUP);
    assertThat(e.place().name()).isEqualTo("Sumy");
  }
}
