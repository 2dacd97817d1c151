package org.marsad.geocode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.clean.ArabicNormalizer;
import org.marsad.clean.NormalizedText;
import org.marsad.clean.Tokenizer;
import org.marsad.model.Place;

/** The shipped gazetteer loads and resolves well-known places (sentences written for this test). */
class DefaultGazetteerTest {
  static final Geocoder GEO = Geocoder.loadDefault();

  static List<PlaceMention> find(String raw) {
    NormalizedText n = ArabicNormalizer.normalize(raw);
    return GEO.find(n, Tokenizer.tokenize(n.text()));
  }

  static Place first(String raw, String level) {
    return find(raw).stream().filter(m -> m.level().id().equals(level)).findFirst().orElseThrow().place();
  }

  @Test
  void loads() {
    assertThat(GEO.gazetteer().size()).isGreaterThan(2500);
  }

  @Test
  void anIdiomSharingACapitalsNameIsNoPlace() {
    // "مسقط رأس" is a birthplace, not Muscat; the capital still stands after a cue
    assertThat(find("تقع القرية في الجبل حيث مسقط رأس الرئيس")).extracting(m -> m.place().name()).doesNotContain("Muscat");
    assertThat(find("وصل الوفد إلى مسقط أمس")).extracting(m -> m.place().name()).contains("Muscat");
  }

  @Test
  void kanakerIsInRuralDamascus() {
    Place p = first("فرضت القوات طوقا على بلدة كناكر في ريف دمشق الغربي", "locality");
    assertThat(p.nameAr()).isEqualTo("كناكر");
    assertThat(Geocoder.km(p.lat(), p.lon(), 33.27, 36.10)).isLessThan(5);
    assertThat(p.admin1()).isEqualTo("Rural Damascus");
    assertThat(p.country()).isEqualTo("SY");
    assertThat(p.geoPrecision()).isEqualTo(1);
  }

  @Test
  void arihaInIdlib() {
    Place p = first("استعادت الفصائل مدينة أريحا في محافظة إدلب", "locality");
    assertThat(Geocoder.km(p.lat(), p.lon(), 35.81, 36.61)).isLessThan(5);
    assertThat(p.admin1()).isEqualTo("Idlib");
  }

  @Test
  void aVillageWrittenWithTheArticleAfterATownWord() {
    // the gazetteer writes "قرقور"; reports write "بلدة القرقور": a singular town word licenses the article
    assertThat(find("تقدمت الفصائل نحو بلدة القرقور في ريف حماة")).extracting(m -> m.place().name()).contains("Qarqur");
    // without the town word an article the name lacks still refuses it
    assertThat(find("تقدمت الفصائل نحو القرقور أمس")).extracting(m -> m.place().name()).doesNotContain("Qarqur");
  }

  @Test
  void aQuarterWrittenWithAndWithoutTheArticleIsReadByItsCity() {
    // OCHA writes Aleppo's quarter "كلاسة" and al-Hasakah's "الكلاسة"; reports write both "حي الكلاسة"
    assertThat(find("قصف طيران النظام حي الكلاسة في مدينة حلب أمس")).extracting(m -> m.place().id()).contains("N0197");
    assertThat(find("قصف طيران النظام حي الكلاسة في مدينة الحسكة أمس")).extracting(m -> m.place().id()).contains("N0380");
  }

  @Test
  void aNameThatIsAlsoAWordBeforeATownJoinedToItIsATown() {
    // "الرمادي" is also "grey": before "والفلوجة" it is the town, as "الزهراء" is after "نبل"
    assertThat(find("تدخل العمليات العسكرية في الرمادي والفلوجة أسبوعها الثالث")).extracting(m -> m.place().id())
        .containsExactly("iq.ramadi", "iq.fallujah");
    assertThat(find("ارتدى معطفا رماديا والفلوجة هادئة")).extracting(m -> m.place().id()).doesNotContain("iq.ramadi");
  }

  @Test
  void yemenIsACountry() {
    Place p = first("وصل المبعوث إلى اليمن أمس", "country");
    assertThat(p.country()).isEqualTo("YE");
    assertThat(p.geoPrecision()).isEqualTo(3);
  }

  @Test
  void damascusIsTheCity() {
    List<PlaceMention> ms = find("عقد الاجتماع في دمشق");
    assertThat(ms).hasSize(1);
    assertThat(ms.get(0).level()).isEqualTo(PlaceLevel.LOCALITY);
    assertThat(Geocoder.km(ms.get(0).place().lat(), ms.get(0).place().lon(), 33.51, 36.29)).isLessThan(5);
  }

  @Test
  void noPlaceInAPlainSentence() {
    assertThat(find("قال المتحدث إن الاجتماع سيعقد غدا لمناقشة الأوضاع الاقتصادية وفتح الباب أمام الحلول")).isEmpty();
  }

  @Test
  void aCommonWordJoinedToATownByAndIsATown() {
    assertThat(find("وتتعرض بلدتا نبل والزهراء للقصف")).extracting(m -> m.place().name()).containsExactly("Nubl", "Al-Zahraa");
    assertThat(find("قالت الزهراء إن الأمر انتهى")).isEmpty();
  }

  @Test
  void aCountrysTerritoryNamedByItsAdjective() {
    assertThat(find("عبرت القوات الحدود الكويتية")).extracting(m -> m.place().id()).containsExactly("KW");
    assertThat(find("قال النظام السوري إن")).isEmpty();
  }

  @Test
  void aYemeniTownOfTheGeoNamesLayer() {
    Place p = first("قصفت الطائرات مدينة زبيد غرب اليمن", "locality");
    assertThat(p.id()).startsWith("gn:");
    assertThat(p.name()).isEqualTo("Zabīd");
    assertThat(p.country()).isEqualTo("YE");
    assertThat(p.admin1()).isEqualTo("Al Hudaydah");
    assertThat(GEO.gazetteer().entries().stream().filter(e -> !e.fallback()).flatMap(e -> e.names().stream()))
        .as("only in the GeoNames layer").doesNotContain("زبيد");
  }

  @Test
  void anIraqiTownNamedLikeAWordNeedsItsCueInTheShippedLayer() {
    // "الحي" ("the quarter") is also Al-Hayy, a town of Wasit
    assertThat(find("عاد الهدوء إلى الحي بعد الظهر")).isEmpty();
    Place p = first("تظاهر المئات في مدينة الحي جنوب بغداد", "locality");
    assertThat(p.name()).isEqualTo("Al Ḩayy");
    assertThat(p.country()).isEqualTo("IQ");
    assertThat(p.admin1()).isEqualTo("Wasit");
  }

  @Test
  void aTownNamedLikeAWordOnceCalledATownIsThatTownThroughTheReport() {
    // "البغدادي" is also a surname; once the report says "ناحية البغدادي", its bare mentions are the town
    assertThat(find("وقال مصدر إن التنظيم بات يطوّق البغدادي من ثلاث جهات")).isEmpty();
    assertThat(find("حذر مصدر من هجوم على ناحية البغدادي غربي الأنبار. وقال إن التنظيم بات يطوّق البغدادي من ثلاث جهات"))
        .extracting(m -> m.place().name()).containsOnly("Baghdadi", "Anbar Governorate").filteredOn("Baghdadi"::equals).hasSize(2);
  }

  @Test
  void aTownFollowedByItsGovernorateOutsideSyriaIsTheTown() {
    // the governorate rows outside Syria carry their admin1 as a literal name, as their towns do
    assertThat(find("قصفت الطائرات مواقع في زنجبار بمحافظة أبين أمس")).extracting(m -> m.place().name())
        .containsExactly("Zinjibar", "Abyan Governorate");
    assertThat(find("قصفت الطائرات مواقع في الحوطة بمحافظة لحج أمس")).extracting(m -> m.place().name())
        .containsExactly("Al-Houta", "Lahij Governorate");
  }

  @Test
  void theGeoNamesLayerLoadsWholeAndSmall() {
    long fallback = GEO.gazetteer().entries().stream().filter(GazetteerEntry::fallback).count();
    assertThat(fallback).isBetween(5000L, 6500L);
  }

  @Test
  void enclavesAreRegionsOfOneCountryButNotItsCompassParts() {
    assertThat(Gazetteer.enclaveIds()).contains("ps.gaza-strip", "et.tigray", "rg.sy.eastern-ghouta")
        .doesNotContain("rg.sy.north", "rg.sy.coast", "rg.middle-east", "SY");
  }

  @Test
  void aRefugeeCampIsItsOwnPlaceNotItsHostTown() {
    assertThat(first("اقتحمت القوات مخيم جنين فجر اليوم", "camp").id()).isEqualTo("ps.camp.jenin");
    assertThat(first("اشتباكات في عين الحلوة قرب صيدا", "camp").country()).isEqualTo("LB");
    assertThat(first("Troops raided the Nur Shams camp near Tulkarm", "camp").id()).isEqualTo("ps.camp.nur-shams");
    // a bare common word is no camp: "البقعة" is "the spot", "الوحدات" "the units"
    assertThat(find("وصلت الوحدات إلى البقعة")).extracting(m -> m.level().id()).doesNotContain("camp");
  }
}
