package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.extract.EventExtractorTest.events;
import static org.marsad.extract.EventExtractorTest.only;

import org.junit.jupiter.api.Test;
import org.marsad.model.Event;
import org.marsad.model.EventType;

/**
 * Places a sentence names around an act: a town word before a preposition ("أحياء في حمص") names no
 * unknown town of its own; the entrances of a town ("مداخل X") are the town; a country right after
 * the verb of a relative clause ("الاتفاق الذي رعته روسيا") is a government acting, not a place.
 * Sentences written for this test.
 */
class PlaceWordsTest {
  @Test
  void quartersInATownAreInTheTown() {
    Event e = only("قصفت قوات النظام أمس أحياء في حمص.", EventType.ATTACK);
    assertThat(e.place().name()).isEqualTo("Homs");
  }

  @Test
  void theEntrancesOfATownAreTheTown() {
    Event e = only("قصفت قوات النظام أمس مداخل درعا.", EventType.ATTACK);
    assertThat(e.place().name()).isEqualTo("Daraa");
  }

  @Test
  void theHeartOfATownIsTheTown() {
    assertThat(only("وقصفت قوات النظام قلب درعا أمس.", EventType.ATTACK).place().name()).isEqualTo("Daraa");
    assertThat(only("Government forces shelled the heart of Aleppo on Monday.", EventType.ATTACK).place().name()).isEqualTo("Aleppo");
  }

  @Test
  void reinforcementsBuildUpWhereTheyAreSentNotWhereTheyLeft() {
    assertThat(only("وقال شهود عيان إن تعزيزات عسكرية أرسلت من عدن باتجاه أبين أمس.", EventType.MILITARY_BUILDUP).place().name())
        .isEqualTo("Abyan Governorate");
  }

  @Test
  void aPlaceThatLocatesATownIsNotWhereTheActIs() {
    assertThat(events("More than 2000 people left Madaya, a town near Damascus besieged by government forces.").stream()
        .filter(e -> e.type() == EventType.SIEGE).map(e -> e.place().name())).containsExactly("Madaya");
    assertThat(events("More than 2000 people left Madaya a town near Damascus besieged by government forces.").stream()
        .filter(e -> e.type() == EventType.SIEGE).map(e -> e.place().name())).containsExactly("Madaya");
    assertThat(only("قصفت قوات النظام بلدة مضايا قرب دمشق أمس.", EventType.ATTACK).place().name()).isEqualTo("Madaya");
    // with no town before it, the place after "near" stands
    assertThat(only("Government forces shelled areas near Damascus on Monday.", EventType.ATTACK).place().name()).isEqualTo("Damascus");
  }

  @Test
  void anImminentActIsPlanned() {
    assertThat(only("واستعدت المعارضة للاقتحام الوشيك لقلب درعا.", EventType.ATTACK).modality())
        .isEqualTo(org.marsad.model.Modality.PLANNED);
    assertThat(only("Rebels prepare for an imminent assault on the town of Azaz.", EventType.ATTACK).modality())
        .isEqualTo(org.marsad.model.Modality.PLANNED);
  }

  @Test
  void aCountryThatBrokeredADealIsNotWhere() {
    Event e = only("وأعادت قوات النظام أمس فتح الطرق المؤدية إلى مدينة حماة، في إطار الاتفاق الذي رعته روسيا.", EventType.SIEGE);
    assertThat(e.place().name()).isEqualTo("Hama");
  }

  @Test
  void theCountryOfADatelineIsNotWhere() {
    Event e = only("NAIROBI, Kenya (AP) - Rebels shelled several villages on Tuesday, aid workers said.", EventType.ATTACK);
    assertThat(e.place() == null ? null : e.place().country()).isNotEqualTo("KE");
  }

  @Test
  void aPlaceClosingASpeakersTitleIsWhereTheySit() {
    assertThat(events("وأكد مسؤول في مكتب الأمم المتحدة في القاهرة أن المنظمة لم تتمكن من إيصال أي شحنة غذائية إلى"
        + " الأحياء المحاصرة منذ أسابيع."))
        .isNotEmpty().allSatisfy(e -> assertThat(e.place() == null ? null : e.place().name()).isNotEqualTo("Cairo"));
  }
}
