package org.marsad.geocode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.geocode.GeocoderEnglishTest.find;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.model.Place;

/** Communities the gazetteer lacks, read where the report names them with a kind word and locates them (sentences written for these tests). */
class UnlistedPlacesTest {
  @BeforeAll
  static void load() {
    GeocoderEnglishTest.load();
  }

  private static List<Place> unlisted(String raw) {
    return find(raw).stream().map(PlaceMention::place).filter(p -> p.id().startsWith(UnlistedPlaces.ID_PREFIX)).toList();
  }

  @Test
  void aVillageNamedAndLocatedIsAPlaceOfItsCountryWhereverTheReportNamesIt() {
    List<Place> ps = unlisted("Gunmen have encircled the village of Kolondieba-Sud, in the Sikasso region of Mali. "
        + "Food no longer reaches Kolondieba-Sud, residents said.");
    assertThat(ps).hasSize(2);
    assertThat(ps).extracting(Place::id).containsOnly("unlisted:ML:kolondieba sud");
    assertThat(ps.get(0).name()).isEqualTo("Kolondieba-Sud");
    assertThat(ps.get(0).geoPrecision()).isEqualTo(1);
  }

  @Test
  void anApposedKindNounNamesTheWordsBeforeIt() {
    assertThat(unlisted("Troops reached Nabatenga, a village in northern Burkina Faso, on Tuesday."))
        .extracting(Place::id).containsExactly("unlisted:BF:nabatenga");
  }

  @Test
  void arabicAreasLocatedByTheirDistrictAndGovernorate() {
    List<Place> ps = unlisted("فرض المسلحون طوقا على منطقة حجور بمديرية كشر في محافظة حجة، وقطعوا الطرق المؤدية إلى حجور.");
    assertThat(ps).extracting(Place::id).containsExactly("unlisted:YE:حجور", "unlisted:YE:كشر", "unlisted:YE:حجور");
    assertThat(ps.get(0).nameAr()).isEqualTo("حجور");
  }

  @Test
  void adjectivesCommonWordsAndDaysAreNotPlaces() {
    assertThat(unlisted("أعلنت القوات منطقة عسكرية مغلقة في محافظة حجة.")).isEmpty();
    assertThat(unlisted("ونزح الأهالي إلى مدينة أخرى في اليمن.")).isEmpty();
    assertThat(unlisted("وسيطرت القوات على مناطق وطرق في محافظة حجة.")).isEmpty();
    assertThat(unlisted("Russian troops entered Berdiansk on Sunday, the city's mayor said.")).isEmpty();
    assertThat(unlisted("وتمركزت القوات في منطقة قرب محافظة حجة.")).isEmpty();
    assertThat(unlisted("وعاد المقاتلون إلى مناطق سيطرتهم في محافظة حجة.")).isEmpty();
  }

  @Test
  void aListedNameIsNeverReadAgainAsUnlisted() {
    assertThat(unlisted("Shelling hit the town of Douma in Rural Damascus.")).isEmpty();
    assertThat(unlisted("Families fled the town of Abu Kamal in Deir ez-Zor province.")).isEmpty();
  }

  @Test
  void aTownLocatedByItsStateAloneTakesTheStatesCountryAndPoint() {
    List<Place> ps = unlisted("أطبقت القوات حصارها على مدينة الهلالية بولاية الجزيرة، ومنعت دخول الغذاء إلى الهلالية.");
    assertThat(ps).extracting(Place::id).containsOnly("unlisted:SD:الهلاليه");
    assertThat(ps).hasSize(2);
    assertThat(ps.get(0).country()).isEqualTo("SD");
  }
}
