package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.extract.EventExtractorTest.only;

import org.junit.jupiter.api.Test;
import org.marsad.model.EventType;

/** Generic force nouns named by the country where the act happens (actors-country.tsv); sentences written for these tests. */
class ActorCountryTest {
  @Test
  void securityForcesAreTheCountrysOwn() {
    assertThat(only("سيطرت القوات الأمنية على مدينة الرمادي أمس.", EventType.CONTROL_CHANGE).actor1().name())
        .isEqualTo("Iraqi Security Forces");
    assertThat(only("سيطرت القوات الأمنية على مدينة حمص أمس.", EventType.CONTROL_CHANGE).actor1().name())
        .isEqualTo("Syrian Government Forces");
  }

  @Test
  void anUnqualifiedCoalitionIsTheOneFightingThere() {
    assertThat(only("قصفت طائرات التحالف مواقع في مدينة تعز أمس.", EventType.ATTACK).actor1().name())
        .isEqualTo("Saudi-led Coalition");
    assertThat(only("قصفت طائرات التحالف مواقع في مدينة الموصل أمس.", EventType.ATTACK).actor1().name())
        .isEqualTo("US-led Coalition");
  }

  @Test
  void withoutAPlaceTheLastPlaceNamedDecides() {
    String text = "وصلت تعزيزات إلى محافظة الأنبار. وقالت المصادر إن القوات الأمنية اعتقلت خمسة مطلوبين.";
    assertThat(only(text, EventType.ARREST).actor1().name()).isEqualTo("Iraqi Security Forces");
  }

  @Test
  void forcesLoyalToTheGovernmentAreReportedByCountry() {
    assertThat(only("سيطرت القوات الموالية للحكومة على مدينة عدن أمس.", EventType.CONTROL_CHANGE).actor1().name())
        .isEqualTo("Popular Resistance");
    assertThat(only("سيطرت القوات الموالية للحكومة على مدينة الرمادي أمس.", EventType.CONTROL_CHANGE).actor1().name())
        .isEqualTo("Iraqi Security Forces");
  }

  @Test
  void englishProGovernmentForcesAreTheCountrysToo() {
    assertThat(englishActor("Pro-government forces drove the jihadists out of the town of Ramadi on Monday.", EventType.CONTROL_CHANGE))
        .isEqualTo("Iraqi Security Forces");
    assertThat(englishActor("Pro-government forces drove the jihadists out of the town of Palmyra on Monday.", EventType.CONTROL_CHANGE))
        .isEqualTo("Syrian Government Forces");
  }


  @Test
  void aCoalitionNamedByItsLeaderAloneIsTheDoer() {
    assertThat(englishActor("Ten civilians were killed by US-led air strikes in the town of Manbij on Monday.", EventType.ATTACK))
        .isEqualTo("US-led Coalition");
    assertThat(englishActor("Saudi-led air strikes hit the city of Taiz on Monday.", EventType.ATTACK)).isEqualTo("Saudi-led Coalition");
  }


  @Test
  void anAcronymThatIsAlsoAWordIsReadAsWritten() {
    assertThat(englishActor("IS seized parts of the gas field near the town of Palmyra on Monday.", EventType.CONTROL_CHANGE))
        .isEqualTo("Islamic State");
    // "is" in lower case, or in a headline in capitals, names nobody
    assertThat(EnglishWordClassesTest.Lang.events("The town of Palmyra is under siege by government forces.").stream()
        .map(e -> e.actor1() == null ? "" : e.actor1().name())).doesNotContain("Islamic State");
    assertThat(EnglishWordClassesTest.Lang.events("PALMYRA IS BESIEGED\n\nGovernment forces besieged the town of Palmyra on Monday.")
        .stream().map(e -> e.actor1() == null ? "" : e.actor1().name())).doesNotContain("Islamic State");
  }

  /** The doer of the first event of {@code type} in an English text. */
  private static String englishActor(String text, EventType type) {
    return EnglishWordClassesTest.Lang.events(text).stream().filter(e -> e.type() == type)
        .findFirst().orElseThrow().actor1().name();
  }
}
