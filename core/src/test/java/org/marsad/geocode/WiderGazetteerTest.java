package org.marsad.geocode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.geocode.DefaultGazetteerTest.find;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Place;

/**
 * Issue 9 item 5: the GeoNames layer reaches the conflict-affected countries beyond the Middle East, Turkish towns
 * are found under the Arabic spellings made from their Turkish names, and the new rows obey the homonym guards
 * (sentences written for this test).
 */
class WiderGazetteerTest {
  static Place town(String raw) {
    return find(raw).stream().filter(m -> m.level() == PlaceLevel.LOCALITY).findFirst().orElseThrow().place();
  }

  static List<String> names(String raw) {
    return find(raw).stream().map(m -> m.place().name()).toList();
  }

  @Test
  void besiegedTownsBeyondTheMiddleEastInEnglish() {
    assertThat(town("Russian forces tightened the siege of Mariupol on Tuesday").country()).isEqualTo("UA");
    assertThat(town("Boko Haram fighters shelled Maiduguri overnight").country()).isEqualTo("NG");
    assertThat(town("Azerbaijani troops kept up the blockade of Stepanakert").country()).isEqualTo("AZ");
    Place p = town("Al-Shabaab fighters cut the roads into Kismayo");
    assertThat(p.country()).isEqualTo("SO");
    assertThat(Geocoder.km(p.lat(), p.lon(), -0.36, 42.55)).isLessThan(10);
  }

  @Test
  void besiegedTownsBeyondTheMiddleEastInArabic() {
    assertThat(town("تواصلت محاصرة مدينة جيبو في بوركينا فاسو منذ أشهر").name()).isEqualTo("Djibo");
    assertThat(town("فرضت القوات حصار مدينة الفاشر في السودان").country()).isEqualTo("SD");
    assertThat(town("حاصرت القوات مدينة ميكيلي عاصمة الإقليم في إثيوبيا").country()).isEqualTo("ET");
    assertThat(town("قصفت القوات الروسية مدينة باخموت شرق أوكرانيا").name()).isEqualTo("Bakhmut");
  }

  @Test
  void aWiderCountrysTerritoryNamedByItsAdjective() {
    assertThat(find("عبرت القوات الحدود الصومالية فجرا")).extracting(m -> m.place().id()).containsExactly("SO");
    assertThat(find("قصفت الطائرات المدن الأوكرانية ليلا")).extracting(m -> m.place().id()).containsExactly("UA");
    assertThat(find("أعلنت الوزارة أن الموارد المالية تكفي")).isEmpty();
  }

  @Test
  void aTurkishTownUnderTheSpellingMadeFromItsTurkishName() {
    // the curated layer writes Suruç "سروج"; the press also writes it as it sounds in Turkish
    assertThat(town("سقطت قذائف على بلدة سوروتش الحدودية").id()).isEqualTo("tr.suruc");
    assertThat(town("اندلعت اشتباكات في بلدة كيزيلتيبي جنوب تركيا").name()).isEqualTo("Kızıltepe");
    assertThat(town("فرض الجيش حظر التجول في مدينة سيلوبي").country()).isEqualTo("TR");
  }

  @Test
  void aMadeSpellingIsReadOnlyWithACue() {
    assertThat(names("قال سوروتش إن الوضع هادئ")).isEmpty();
    assertThat(names("وصل كيزيلتيبي أمس")).isEmpty();
  }

  @Test
  void anEnglishWordThatIsAlsoATownIsNoPlaceAlone() {
    // Tank (Pakistan, 38,000 people) and Bar (Ukraine): read only after "the town of" or beside their country
    assertThat(names("Tank shells hit the market on Monday")).isEmpty();
    assertThat(names("Bar owners closed early as the shelling went on")).isEmpty();
    assertThat(town("Gunmen attacked a checkpoint in the town of Tank in Pakistan").country()).isEqualTo("PK");
  }

  @Test
  void aWordOfASyrianTownsNameIsNoFarAwayTownAlone() {
    // Numan (Nigeria) is the last word of Maarat al-Numan, which agencies spell many ways
    assertThat(names("Jets struck a residential area in Maarret al-Numan on Sunday")).doesNotContain("Numan");
  }

  @Test
  void anArabicWordThatIsAlsoAnAfghanTownIsNoPlaceAlone() {
    // "ميمنة" (an army's right wing) is Maymana, a town of 75,000 people, in Persian letters
    assertThat(names("تقدمت ميمنة الجيش نحو التلال")).isEmpty();
    assertThat(town("اشتبكت القوات في مدينة ميمنة شمال أفغانستان").country()).isEqualTo("AF");
  }
  @Test
  void sudansTownsByTheSpellingsItsPressUses() {
    assertThat(town("فرضت الحركة الشعبية حصارا على مدينة الدلنج منذ أسابيع").name()).isEqualTo("Dilling");
    // GeoNames has no Arabic name for it: the first Arabic alias is the one shown
    assertThat(town("فرضت الحركة الشعبية حصارا على مدينة الدلنج منذ أسابيع").nameAr()).isEqualTo("الدلنج");
    assertThat(town("وصلت قافلة مساعدات إلى كادوقلي أمس").name()).isEqualTo("Kadugli");
    assertThat(town("اشتدت المعارك حول مدينة الأبيض في شمال كردفان").name()).isEqualTo("El Obeid");
    // GeoNames' truncated "كسل" is a word (laziness), not Kassala
    assertThat(names("أصاب الكسل الموظفين في الصيف")).isEmpty();
  }

  @Test
  void aPopulousGeoNamesPlaceOfACountryTheReportDoesNotNameIsAHomonym() {
    String syria = "Rebel fire on the regime-held district of Hamdaniyeh in Aleppo, Syria, killed 13 people on Wednesday.";
    assertThat(find(syria).stream().map(m -> m.place().id()).toList()).doesNotContain("gn:92430");
    assertThat(find("Militants shelled Al-Hamdaniya in Nineveh province, Iraq, on Monday.").stream().map(m -> m.place().id()).toList()).contains("gn:92430");
  }

  @Test
  void sudansStatesAreReadWithTheirStateWordAndLocateTheirTowns() {
    assertThat(find("وصلت تعزيزات إلى ولاية الجزيرة وسط البلاد").stream().map(m -> m.place().id()).toList()).contains("sd.gezira");
    // the TV channel is no state: only "ولاية الجزيرة" names it
    assertThat(find("وقال مراسل الجزيرة إن القصف تواصل").stream().map(m -> m.place().id()).toList()).doesNotContain("sd.gezira");
    assertThat(find("Fighting spread across South Kordofan on Monday.").stream().map(m -> m.place().id()).toList())
        .contains("sd.south-kordofan");
  }
}
