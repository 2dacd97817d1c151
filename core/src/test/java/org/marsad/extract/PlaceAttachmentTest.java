package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.extract.EventExtractorTest.only;

import org.junit.jupiter.api.Test;
import org.marsad.model.Event;
import org.marsad.model.EventType;

/** Places never invented (issue 9 item 5), on sentences written for these tests. */
class PlaceAttachmentTest {
  @Test
  void aBodyOfStatesNamedForARegionIsNotWhereTheActIs() {
    Event e = only("وقال الوزير على هامش اجتماعات رابطة دول جنوب شرق آسيا إن الطائرات قصفت مواقع التنظيم أمس.",
        EventType.ATTACK);
    assertThat(e.place()).isNull();
  }

  @Test
  void theCentreOfATownIsThatTown() {
    // "الرمادي" is also a word (grey): "وسط" before it says it is the town
    Event e = only("قتل ثلاثة مدنيين في غارة جوية استهدفت منزلا وسط الرمادي أمس.", EventType.ATTACK);
    assertThat(e.place()).isNotNull();
    assertThat(e.place().name()).isEqualTo("Ramadi");
  }

  @Test
  void whereAnAttackSetOutFromIsNotWhereItStruck() {
    // the launch point ("من X") stands nearer the act than its target; the target's town is where
    Event e = only("وخرج رتل من مدينة الرمادي أمس لمهاجمة مدينة هيت غربي العراق.", EventType.ATTACK);
    assertThat(e.place()).isNotNull();
    assertThat(e.place().name()).isEqualTo("Hit");
    Event launched = only("شنت القوات هجوما من عدن أمس على مواقع المسلحين في زنجبار.", EventType.ATTACK);
    assertThat(launched.place()).isNotNull();
    assertThat(launched.place().name()).isEqualTo("Zinjibar");
  }

  @Test
  void aLaunchPointAloneStaysTheOnlyPlaceNamed() {
    // with no other place in the sentence, the rule drops nothing
    Event e = only("شنت القوات هجوما من عدن أمس على مواقع المسلحين.", EventType.ATTACK);
    assertThat(e.place()).isNotNull();
    assertThat(e.place().name()).isEqualTo("Aden");
  }

  @Test
  void anOfficeNamedForARegionIsNotWhereTheActIs() {
    // "رئيس إقليم كردستان", "وزير خارجية تركيا": whom the office holder serves, not where the act is
    Event e = only("وقال رئيس إقليم كردستان العراق إن الطائرات قصفت مواقع التنظيم أمس.", EventType.ATTACK);
    assertThat(e.place()).isNull();
    Event minister = only("وأعلن وزير خارجية تركيا أن الطائرات قصفت مواقع التنظيم أمس.", EventType.ATTACK);
    assertThat(minister.place()).isNull();
  }

  @Test
  void aNeighbourhoodOfAnotherCountryIsNoPlaceOfAReportOnYemen() {
    // "حي الروضة" and "السجن" are also quarters of Damascus and Daraa: homonyms that must not vouch for each other
    String text = "تواصل المقاومة الشعبية في مدينة تعز اليمنية التصدي للحوثيين. وقصف المسلحون الحوثيون أمس حي الروضة وسط المدينة. "
        + "وسيطرت المقاومة على مواقع قرب السجن المركزي.";
    Event attack = only(text, EventType.ATTACK);
    assertThat(attack.place() == null || "YE".equals(attack.place().country())).as("place %s", attack.place()).isTrue();
    assertThat(only(text, EventType.CONTROL_CHANGE).place().name()).isEqualTo("Taiz");
  }

  @Test
  void aQuarterTheGazetteerLacksIsAPartOfTheCityNamedAfterIt() {
    Event e = only("قصف الحوثيون أمس حي المسبح في مدينة تعز.", EventType.ATTACK);
    assertThat(e.place()).isNotNull();
    assertThat(e.place().name()).isEqualTo("Taiz");
    assertThat(e.place().geoPrecision()).isEqualTo(2);
    // a village the gazetteer lacks is a place of its own, not the town named after it
    assertThat(only("قصفت قوات النظام أمس قرية المسبح في مدينة حمص.", EventType.ATTACK).place().name()).isEqualTo("المسبح");
  }

  @Test
  void theAreaAnActIsAimedAtIsTheOneNamedWithThatWordWhereTheSourceSits() {
    // the sources sit in "منطقة كتاف", which "المنطقة" takes up; the governorate after it only locates it
    Event e = only("أفاد ناشطون في منطقة كتاف بمحافظة صعدة بأن مسلحي جماعة الحوثي يحاصرون المنطقة منذ الجمعة.", EventType.SIEGE);
    assertThat(e.place().name()).isEqualTo("Kitāf");
    // a members' noun before the act opens its subject, it marks no target
    assertThat(e.actor1().name()).isEqualTo("Houthis");
  }

  @Test
  void aPossessedRoadWordClosesTheTownItRefersTo() {
    assertThat(only("أحكمت قوات النظام قبضتها على مدينة جاسم، بعد أن أغلقت جميع مداخلها بالسواتر الترابية.",
        EventType.MOVEMENT_RESTRICTION).place().name()).isEqualTo("Jasim");
  }

  @Test
  void anAreaJoinedByBaToATownLocatesItForTheActsAfter() {
    // "بمحافظة صعدة" says where Kitaf lies; the closure told after it in the sentence is at Kitaf
    assertThat(only("شدد الحوثيون حصارهم على منطقة كتاف بمحافظة صعدة، بعد أن أغلقوا جميع المنافذ المؤدية إليها.",
        EventType.MOVEMENT_RESTRICTION).place().name()).isEqualTo("Kitāf");
  }
}
