package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.extract.EventExtractorTest.events;
import static org.marsad.extract.EventExtractorTest.only;

import org.junit.jupiter.api.Test;
import org.marsad.model.Event;
import org.marsad.model.EventType;

/**
 * Kinds met in multi-report siege timelines (ninth session): a siege broken in a participle clause, a
 * road's far end, goods kept out in a negated entry, nobody able to leave, a ring tightened around a
 * town, and a dateline city that is no context for the report's places. Sentences written for this test.
 */
class SiegeReportKindsTest {
  @Test
  void aSiegeBrokenInAParticipleClauseIsLiftedAtTheTownNotAtTheRoadsFarEnd() {
    Event e = only("Government troops reopened the road linking the town of Madaya to Damascus on Thursday, breaking the siege.",
        EventType.SIEGE);
    assertThat(e.attributes()).containsEntry("phase", "lifted");
    assertThat(e.place().name()).isEqualTo("Madaya");
  }

  @Test
  void goodsThatCannotEnterAreDenied() {
    Event en = only("Trucks carrying flour and fuel can no longer enter the town of Madaya, residents said on Monday.", EventType.SUPPLY_DENIAL);
    assertThat(en.place().name()).isEqualTo("Madaya");
    Event ar = only("لم تدخل أي مساعدات إلى بلدة مضايا منذ أسبوعين.", EventType.SUPPLY_DENIAL);
    assertThat(ar.place().name()).isEqualTo("Madaya");
    assertThat(events("The match could not reach a result on Monday.")).isEmpty();
  }

  @Test
  void nobodyAbleToLeaveClosesMovement() {
    Event e = only("No one could leave the town of Madaya on Monday, the council said.", EventType.MOVEMENT_RESTRICTION);
    assertThat(e.attributes()).containsEntry("scope", "full");
  }

  @Test
  void aRingTightenedAroundATownTightensItsSiege() {
    Event en = only("Government forces tightened their ring around the town of Madaya on Friday.", EventType.SIEGE);
    assertThat(en.attributes()).containsEntry("phase", "tightened");
    Event ar = only("أحكمت قوات النظام الطوق حول بلدة مضايا يوم الجمعة.", EventType.SIEGE);
    assertThat(ar.attributes()).containsEntry("phase", "tightened");
  }

  @Test
  void closingInFromThreeSidesIsAnEncirclement() {
    Event e = only("Militants have closed in on the town of Madaya from three sides, a local official said Saturday.", EventType.SIEGE);
    assertThat(e.attributes()).containsEntry("phase", "imposed");
  }

  @Test
  void aDatelineCityIsNoContextForTheReportsPlaces() {
    // a small Syrian town in a report filed from Beirut (one city or two joined by a slash)
    Event one = only("BEIRUT, Jan 27 (Reuters) - Rebel fighters broke the siege of Kobani on Monday.", EventType.SIEGE);
    assertThat(one.place().name()).isEqualTo("Aïn al-Arab");
    Event two = only("BEIRUT/AMMAN, Jan 27 (Reuters) - Rebel fighters broke the siege of Kobani on Monday.", EventType.SIEGE);
    assertThat(two.place().name()).isEqualTo("Aïn al-Arab");
  }

  @Test
  void aFearReachesTheActAtTheEndOfItsClause() {
    Event e = only("وسط مخاوف الأهالي من أن يعمد التنظيم إلى فرض حصار على بلدة مضايا.", EventType.SIEGE);
    assertThat(e.modality()).isEqualTo(org.marsad.model.Modality.FEARED);
    Event said = only("وقال الناشطون إن التنظيم فرض حصارا على بلدة مضايا يوم السبت.", EventType.SIEGE);
    assertThat(said.modality()).isEqualTo(org.marsad.model.Modality.ASSERTED);
  }

  @Test
  void anArabicDatelineWithItsOutletInBracketsIsNoPlace() {
    Event e = only("بيروت (رويترز) - كسرت قوات الجيش السوري أمس الثلاثاء حصارا على مدينة دير الزور.", EventType.SIEGE);
    assertThat(e.place().name()).isEqualTo("Deir ez-Zor");
  }

  @Test
  void anExitThatRemainsRestrictsMovementWithoutClosingIt() {
    Event ar = only("وأشار المسؤولون إلى أن المدنيين ما زالوا قادرين على مغادرة بلدة مضايا.", EventType.MOVEMENT_RESTRICTION);
    assertThat(ar.attributes()).containsEntry("scope", "partial");
    Event en = only("Civilians in the town of Madaya can still leave by the southern road, officials said.", EventType.MOVEMENT_RESTRICTION);
    assertThat(en.attributes()).containsEntry("scope", "partial");
  }

  @Test
  void aCommandDenyingInAStatementDeniesTheSiege() {
    Event e = only("نفت قيادة الجيش، في بيان الثلاثاء، أن تكون قد فرضت حصاراً على بلدة مضايا.", EventType.SIEGE);
    assertThat(e.modality()).isEqualTo(org.marsad.model.Modality.DENIED);
  }

  @Test
  void anAimToEndASiegeSaysItHoldsAndItsBreakersBesiegeNobody() {
    Event push = only("Rebels launched a major push last week to end a siege on the town of Madaya.", EventType.SIEGE);
    assertThat(push.attributes()).containsEntry("phase", "continued");
    assertThat(push.actor1()).isNull();
    Event ar = only("شنت فصائل المعارضة هجوما يوم الاثنين في محاولة لفك الحصار عن بلدة مضايا.", EventType.SIEGE);
    assertThat(ar.attributes()).containsEntry("phase", "continued");
    assertThat(ar.actor1()).isNull();
    Event named = only("شنت الفصائل هجوما لفك الحصار الذي تفرضه قوات النظام على بلدة مضايا.", EventType.SIEGE);
    assertThat(named.actor1().name()).isEqualTo("Syrian Government Forces");
  }

  @Test
  void aPlaceCutOffFromTheOutsideWorldIsBesieged() {
    Event en = only("The town of Madaya has been cut off from the outside world since Monday, residents said.", EventType.SIEGE);
    assertThat(en.place().name()).isEqualTo("Madaya");
    Event ar = only("باتت بلدة مضايا معزولة عن العالم الخارجي منذ يوم الاثنين.", EventType.SIEGE);
    assertThat(ar.place().name()).isEqualTo("Madaya");
  }

  @Test
  void aWholePlaceSealedClosesMovement() {
    Event e = only("Government troops have completely sealed Madaya since Monday, residents say.", EventType.MOVEMENT_RESTRICTION);
    assertThat(e.attributes()).containsEntry("scope", "full");
    assertThat(e.place().name()).isEqualTo("Madaya");
    assertThat(EventExtractorTest.types("The two leaders sealed the deal in Doha on Monday.")).doesNotContain(EventType.MOVEMENT_RESTRICTION);
  }
}
