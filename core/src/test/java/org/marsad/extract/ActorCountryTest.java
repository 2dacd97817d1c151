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
    assertThat(englishDoer("Pro-government forces drove the jihadists out of the town of Ramadi on Monday."))
        .isEqualTo("Iraqi Security Forces");
    assertThat(englishDoer("Pro-government forces drove the jihadists out of the town of Palmyra on Monday."))
        .isEqualTo("Syrian Government Forces");
  }

  private static String englishDoer(String text) {
    return EnglishWordClassesTest.Lang.events(text).stream().filter(e -> e.type() == EventType.CONTROL_CHANGE)
        .findFirst().orElseThrow().actor1().name();
  }

  @Test
  void aCoalitionNamedByItsLeaderAloneIsTheDoer() {
    assertThat(englishAttacker("Ten civilians were killed by US-led air strikes in the town of Manbij on Monday."))
        .isEqualTo("US-led Coalition");
    assertThat(englishAttacker("Saudi-led air strikes hit the city of Taiz on Monday.")).isEqualTo("Saudi-led Coalition");
  }

  private static String englishAttacker(String text) {
    return EnglishWordClassesTest.Lang.events(text).stream().filter(e -> e.type() == EventType.ATTACK)
        .findFirst().orElseThrow().actor1().name();
  }

  @Test
  void anAcronymThatIsAlsoAWordIsReadAsWritten() {
    assertThat(englishTaker("IS seized parts of the gas field near the town of Palmyra on Monday."))
        .isEqualTo("Islamic State");
    // "is" in lower case, or in a headline in capitals, names nobody
    assertThat(EnglishWordClassesTest.Lang.events("The town of Palmyra is under siege by government forces.").stream()
        .map(e -> e.actor1() == null ? "" : e.actor1().name())).doesNotContain("Islamic State");
    assertThat(EnglishWordClassesTest.Lang.events("PALMYRA IS BESIEGED\n\nGovernment forces besieged the town of Palmyra on Monday.")
        .stream().map(e -> e.actor1() == null ? "" : e.actor1().name())).doesNotContain("Islamic State");
  }

  private static String englishTaker(String text) {
    return EnglishWordClassesTest.Lang.events(text).stream().filter(e -> e.type() == EventType.CONTROL_CHANGE)
        .findFirst().orElseThrow().actor1().name();
  }
}
