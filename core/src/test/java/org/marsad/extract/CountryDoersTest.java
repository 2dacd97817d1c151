package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.extract.EventExtractorTest.only;

import org.junit.jupiter.api.Test;
import org.marsad.model.Event;
import org.marsad.model.EventType;

/**
 * A country named as the subject of an act is its doer and not its place; a country after a
 * preposition or as the object of a noun stays a place. A way an act passes ("عبر", "via") is no
 * place of the act when another is named. Sentences written for this test.
 */
class CountryDoersTest {
  @Test
  void anEnglishCountrySubjectActs() {
    Event siege = only("Israel imposed a complete siege on the Gaza Strip on Thursday.", EventType.SIEGE);
    assertThat(siege.actor1().name()).isEqualTo("Israel");
    assertThat(siege.place().name()).isEqualTo("Gaza Strip");
    Event raid = only("Turkey has launched air strikes on rebel camps in northern Iraq.", EventType.ATTACK);
    assertThat(raid.actor1().name()).isEqualTo("Turkey");
    assertThat(raid.place().country()).isEqualTo("IQ");
  }

  @Test
  void anArabicCountrySubjectActs() {
    Event siege = only("فرضت إسرائيل حصارا كاملا على قطاع غزة يوم الخميس.", EventType.SIEGE);
    assertThat(siege.actor1().name()).isEqualTo("Israel");
    assertThat(siege.place().name()).isEqualTo("Gaza Strip");
    Event raid = only("شنت تركيا غارات جوية على مواقع في شمال العراق يوم الاثنين.", EventType.ATTACK);
    assertThat(raid.actor1().name()).isEqualTo("Turkey");
    assertThat(raid.place().country()).isEqualTo("IQ");
  }

  @Test
  void aCountryWhereTheActHappensIsNoDoer() {
    Event e = only("Clashes erupted in Syria on Monday, killing 12 people.", EventType.ATTACK);
    assertThat(e.actor1()).isNull();
    assertThat(e.place().name()).isEqualTo("Syria");
    Event besieged = only("فرضت القوات حصارا على سوريا يوم الخميس.", EventType.SIEGE);
    assertThat(besieged.place().name()).isEqualTo("Syria");
    assertThat(besieged.actor1() == null ? null : besieged.actor1().name()).isNotEqualTo("Syria");
  }

  @Test
  void aPlaceTheWayPassesIsNoPlaceOfTheAct() {
    Event en = only("Via the Zabadani road, rebels attacked army checkpoints in Madaya on Monday.", EventType.ATTACK);
    assertThat(en.place().name()).isEqualTo("Madaya");
    Event ar = only("اقتحمت قوات النظام عبر طريق الزبداني بلدة مضايا يوم الاثنين.", EventType.ATTACK);
    assertThat(ar.place().name()).isEqualTo("Madaya");
  }
}
