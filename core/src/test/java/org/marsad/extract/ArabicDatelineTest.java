package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.extract.EventExtractorTest.only;

import org.junit.jupiter.api.Test;
import org.marsad.model.EventType;
import org.marsad.model.Place;

/** An Arabic dateline ("عين اليوم – واشنطن", "دمشق - ") says where a report was filed; sentences written for these tests. */
class ArabicDatelineTest {
  private static String place(String text) {
    Place p = only(text, EventType.ATTACK).place();
    return p == null ? null : p.name();
  }

  @Test
  void theCityOfTheDatelineIsNotWhereTheActIs() {
    assertThat(place("بيروت – قتل خمسة أشخاص في غارة جوية أمس.")).isNull();
    assertThat(place("دمشق - قصفت الطائرات الحربية مدينة دوما أمس.")).isEqualTo("Douma");
  }

  @Test
  void aPlaceBesideADashInsideTheFirstSentenceStays() {
    assertThat(place("قصفت الطائرات مدينة حلب - وهي أكبر المدن - أمس.")).isEqualTo("Aleppo");
  }
}
