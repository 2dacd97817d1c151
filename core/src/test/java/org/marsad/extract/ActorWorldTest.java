package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.extract.EventExtractorTest.only;

import org.junit.jupiter.api.Test;
import org.marsad.model.EventType;

/**
 * The sides of sieges beyond Syria (actors.tsv, actors-en.tsv, actors-country.tsv): Sudan, Gaza,
 * Yemen, Somalia, Libya, Iraq. Sentences written for these tests.
 */
class ActorWorldTest {
  private static String besieger(String text) {
    return only(text, EventType.SIEGE).actor1().name();
  }

  @Test
  void sudansParamilitaryAndArmyByTheirNames() {
    assertThat(besieger("أحكمت قوات الدعم السريع حصارها على مدينة الفاشر أمس.")).isEqualTo("Rapid Support Forces");
    assertThat(besieger("تحاصر ميليشيا الدعم السريع مدينة الفاشر منذ أسابيع.")).isEqualTo("Rapid Support Forces");
    assertThat(besieger("Rapid Support Forces fighters have encircled El Fasher, residents said on Sunday."))
        .isEqualTo("Rapid Support Forces");
    assertThat(besieger("The RSF has besieged El Fasher since early May, residents said."))
        .isEqualTo("Rapid Support Forces");
  }

  @Test
  void israelsForcesAndTheOccupationInPalestine() {
    assertThat(besieger("فرضت قوات الاحتلال حصارا على مخيم جباليا شمال قطاع غزة أمس.")).isEqualTo("Israeli Army");
    assertThat(besieger("Israeli troops besieged the Jabalia camp on Sunday, residents said.")).isEqualTo("Israeli Army");
  }

  @Test
  void theOccupationNamesNobodyInSyria() {
    // opposition and government media call Russian, Turkish or Iranian forces occupiers alike
    assertThat(only("فرضت قوات الاحتلال حصارا على مدينة داريا أمس.", EventType.SIEGE).actor1()).isNull();
  }

  @Test
  void yemensHouthisByTheirOwnName() {
    assertThat(besieger("فرضت جماعة أنصار الله حصارا على مدينة تعز أمس.")).isEqualTo("Houthis");
    assertThat(besieger("أطبق مسلحو الحوثي الحصار على مدينة تعز أمس.")).isEqualTo("Houthis");
  }

  @Test
  void gunmenAreTheOppositionOnlyInSyria() {
    assertThat(only("أغلق المسلحين جميع الطرق المؤدية إلى مدينة داريا أمس.", EventType.MOVEMENT_RESTRICTION).actor1().name())
        .isEqualTo("Opposition Factions");
    assertThat(only("أغلق المسلحين جميع الطرق المؤدية إلى مدينة الدريهمي أمس.", EventType.MOVEMENT_RESTRICTION).actor1().name())
        .isEqualTo("Unidentified Armed Group");
  }

  @Test
  void theNationalArmyIsTheCountrys() {
    assertThat(besieger("يفرض الجيش الوطني حصارا على مدينة درنة منذ أسابيع.")).isEqualTo("Libyan National Army");
    assertThat(besieger("يفرض الجيش الوطني حصارا على مدينة تعز منذ أسابيع.")).isEqualTo("Yemeni Army (pro-Hadi)");
    assertThat(besieger("شددت قوات حفتر حصارها على مدينة درنة أمس.")).isEqualTo("Libyan National Army");
  }

  @Test
  void somaliasJihadistsByEverySpelling() {
    assertThat(besieger("Al-Shabab fighters have besieged Baidoa since Monday, a local official said.")).isEqualTo("Al-Shabaab");
    assertThat(besieger("فرضت حركة الشباب حصارا على مدينة بيدوا أمس.")).isEqualTo("Al-Shabaab");
  }

  @Test
  void sudansArmyIsTheStateForceInSudan() {
    assertThat(besieger("فرضت القوات الحكومية حصارا على مدينة نيالا أمس.")).isEqualTo("Sudanese Armed Forces");
  }

  @Test
  void theParamilitaryGroupIsSudansRsfOnly() {
    assertThat(only("The paramilitary group stopped trucks carrying food from entering El Fasher on Sunday.",
        EventType.SUPPLY_DENIAL).actor1().name()).isEqualTo("Rapid Support Forces");
    assertThat(only("The paramilitary group stopped trucks carrying food from entering Homs on Sunday.",
        EventType.SUPPLY_DENIAL).actor1()).isNull();
  }
  @Test
  void sidesOfSiegesBeyondTheMiddleEast() {
    assertThat(besieger("تفرض الحركة الشعبية لتحرير السودان - شمال حصارا على مدينة الدلنج منذ أسابيع."))
        .isEqualTo("SPLM-N");
    assertThat(besieger("حاصرت قوات تيغراي بلدة ألاماتا أمس.")).isEqualTo("Tigray People's Liberation Front");
    assertThat(besieger("Azerbaijani forces have besieged the town for a month, residents said on Monday."))
        .isEqualTo("Azerbaijani Armed Forces");
    assertThat(besieger("M23 rebels encircled the city of Goma on Sunday, the United Nations said."))
        .isEqualTo("M23");
    assertThat(besieger("JNIM fighters have besieged the town of Djibo since February, aid groups said."))
        .isEqualTo("JNIM");
    assertThat(besieger("Russian soldiers encircled the city on Wednesday, its mayor said.")).isEqualTo("Russia");
  }

  @Test
  void theKatibaMacinaIsJnim() {
    assertThat(besieger("فرضت كتيبة ماسينا حصارا على قرية فارابوغو وسط مالي منذ أسابيع.")).isEqualTo("JNIM");
  }
}
