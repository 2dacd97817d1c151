package org.marsad.geocode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.BadInputException;
import org.marsad.clean.ArabicNormalizer;
import org.marsad.clean.NormalizedText;
import org.marsad.clean.Tokenizer;

/** Recognition and resolution rules on a small hand-made gazetteer (test resources). */
class GeocoderTest {
  static final Geocoder GEO = new Geocoder(Gazetteer.builder().addResource("marsad/geocode/fixture-gazetteer.tsv").build());

  static List<PlaceMention> find(Geocoder g, String raw) {
    NormalizedText n = ArabicNormalizer.normalize(raw);
    return g.find(n, Tokenizer.tokenize(n.text()));
  }

  static List<PlaceMention> find(String raw) {
    return find(GEO, raw);
  }

  static String evidence(String raw, PlaceMention m) {
    return raw.substring(m.place().evidence().start(), m.place().evidence().end());
  }

  @Test
  void findsAnArabicNameAndReportsTheRawSpanWithoutClitics() {
    String raw = "وصلت التعزيزات وبكناكرَ انتشرت الحواجز";
    List<PlaceMention> ms = find(raw);
    assertThat(ms).hasSize(1);
    assertThat(evidence(raw, ms.get(0))).isEqualTo("كناكرَ");
    assertThat(ms.get(0).place().id()).isIn("T1", "T2");
  }

  @Test
  void multiWordNamesWinOverTheirParts() {
    String raw = "اشتباكات في ريف دمشق اليوم";
    List<PlaceMention> ms = find(raw);
    assertThat(ms).extracting(m -> m.place().id()).containsExactly("SY03");
    assertThat(evidence(raw, ms.get(0))).isEqualTo("ريف دمشق");
  }

  @Test
  void latinNamesNeedACapital() {
    assertThat(find("Shelling hit Kanaker on Monday")).extracting(m -> m.place().id()).containsExactly("T1");
    assertThat(find("shelling hit kanaker on monday")).isEmpty();
  }

  @Test
  void adminContextInTheParagraphChoosesBetweenHomonyms() {
    assertThat(find("حاصرت القوات كناكر في ريف دمشق الغربي")).extracting(m -> m.place().id()).containsExactly("T1", "SY03");
    assertThat(find("حاصرت القوات كناكر في ريف حمص")).extracting(m -> m.place().id()).containsExactly("T2", "SY04");
    assertThat(find("قصف على كناكر في منطقة قطنا")).extracting(m -> m.place().id()).first().isEqualTo("T1");
  }

  @Test
  void governorateReadingNeedsItsCue() {
    List<PlaceMention> city = find("غارات على حلب");
    assertThat(city).extracting(m -> m.place().id()).containsExactly("T5");
    assertThat(city.get(0).place().geoPrecision()).isEqualTo(1);
    String raw = "غارات على محافظة حلب";
    List<PlaceMention> gov = find(raw);
    assertThat(gov).extracting(m -> m.place().id()).containsExactly("SY02");
    assertThat(gov.get(0).level()).isEqualTo(PlaceLevel.ADMIN1);
    assertThat(gov.get(0).place().geoPrecision()).isEqualTo(3);
    assertThat(evidence(raw, gov.get(0))).isEqualTo("محافظة حلب");
  }

  @Test
  void countrysideOfAGovernorateSeatIsTheGovernorate() {
    String raw = "قصف مدفعي على ريف حلب الشمالي";
    List<PlaceMention> ms = find(raw);
    assertThat(ms).extracting(m -> m.place().id()).containsExactly("SY02");
    assertThat(ms.get(0).place().geoPrecision()).isEqualTo(3);
    assertThat(evidence(raw, ms.get(0))).isEqualTo("ريف حلب");
  }

  @Test
  void countrysideOfATownIsNearTheTown() {
    List<PlaceMention> ms = find("اشتباكات في ريف قطنا");
    assertThat(ms).extracting(m -> m.place().id()).containsExactly("T7");
    assertThat(ms.get(0).place().geoPrecision()).isEqualTo(2);
  }

  @Test
  void aDistanceAndADirectionSetThePointOffTheTown() {
    String raw = "اندلعت مواجهات في قرية صغيرة تقع 20 كم شمال قطنا";
    PlaceMention m = find(raw).get(0);
    assertThat(m.place().id()).isEqualTo("T7@20kmN");
    assertThat(m.place().name()).isEqualTo("Qatana (20 km N)");
    assertThat(m.place().geoPrecision()).isEqualTo(2);
    assertThat(Geocoder.km(m.place().lat(), m.place().lon(), 33.44, 36.08)).isCloseTo(20, within(0.1));
    assertThat(m.place().lat()).isGreaterThan(33.44);
    assertThat(Geocoder.isOffset(m.place())).isTrue();
    // A direction without a distance stays the town, near it.
    PlaceMention plain = find("قصف شمال قطنا").get(0);
    assertThat(plain.place().id()).isEqualTo("T7");
    assertThat(Geocoder.isOffset(plain.place())).isFalse();
  }

  @Test
  void aSideOfATownsCountrysideLiesOffTheTown() {
    String raw = "اشتباكات في ريف قطنا الجنوبي الشرقي";
    PlaceMention m = find(raw).get(0);
    assertThat(m.place().id()).isEqualTo("T7@10kmSE");
    assertThat(evidence(raw, m)).isEqualTo("ريف قطنا الجنوبي الشرقي");
    assertThat(m.place().lat()).isLessThan(33.44);
    assertThat(m.place().lon()).isGreaterThan(36.08);
    // A governorate's countryside is the governorate, whatever its side.
    assertThat(find("قصف مدفعي على ريف حلب الشمالي").get(0).place().id()).isEqualTo("SY02");
  }

  @Test
  void aTownSaidToLieInAnAreaItIsNotInIsNotThatTown() {
    // the fixture's only "الحوطة" lies in Daraa: one in Rural Damascus is another village
    assertThat(find("وصلت القافلة إلى بلدة الحوطة في ريف دمشق").stream().map(m -> m.place().id()))
        .containsExactly("SY03");
    assertThat(find("وصلت القافلة إلى بلدة الحوطة في محافظة درعا").stream().map(m -> m.place().id()))
        .containsExactly("T6", "SY12");
  }

  @Test
  void precisionFollowsTheCue() {
    assertThat(find("حصار بلدة كناكر في ريف دمشق").get(0).place().geoPrecision()).isEqualTo(1);
    assertThat(find("حشود في محيط كناكر في ريف دمشق").get(0).place().geoPrecision()).isEqualTo(2);
    assertThat(find("قصف شمال كناكر في ريف دمشق").get(0).place().geoPrecision()).isEqualTo(2);
    assertThat(find("قصف على قطنا الشرقية").get(0).place().geoPrecision()).isEqualTo(2);
    assertThat(find("اشتباكات في الغوطة الشرقية").get(0).place().geoPrecision()).as("an area inside one governorate").isEqualTo(2);
    assertThat(find("وصل الوفد إلى اليمن").get(0).place().geoPrecision()).isEqualTo(3);
    assertThat(find("حصار مخيم اليرموك").get(0).level()).isEqualTo(PlaceLevel.CAMP);
  }

  @Test
  void commonWordsAreNotPlacesWithoutACue() {
    assertThat(find("فتح الباب أمام المفاوضات")).isEmpty();
    assertThat(find("صعد المقاتلون التل المطل على الطريق")).isEmpty();
    assertThat(find("سيطرت الفصائل على مدينة الباب")).extracting(m -> m.place().id()).containsExactly("T4");
    assertThat(find("اشتباكات عنيفة في التل")).extracting(m -> m.place().id()).containsExactly("T3");
  }

  @Test
  void aNeighbourhoodNeedsHayyOrItsCityNearby() {
    assertThat(find("انتصر صلاح الدين في المعركة")).isEmpty();
    assertThat(find("قصف حي صلاح الدين")).extracting(m -> m.place().id()).containsExactly("N1");
    assertThat(find("في حلب قصفت الطائرات صلاح الدين")).extracting(m -> m.place().id()).containsExactly("T5", "N1");
  }

  @Test
  void aSmallPlaceInACountryTheReportDoesNotNameStaysUnresolved() {
    // the report is about Yemen: a Syrian village that shares a Yemeni town's name is not pinned
    List<PlaceMention> ms = find("سيطر المسلحون في اليمن على الحوطة بعد معارك قرب عدن");
    assertThat(ms).extracting(m -> m.place().id()).containsExactly("YE", "Y1");
    assertThat(find("قصف على بلدة الحوطة في سوريا")).extracting(m -> m.place().id()).containsExactly("T6", "SY");
  }

  @Test
  void aTownInARegionOfItsGovernorateIsThatTown() {
    // issue 9: a region's point is a rough centre (the town lies 52 km from it); the governorate agrees
    List<PlaceMention> ms = find("غارات على مدينة الزبداني في القلمون");
    assertThat(ms).extracting(m -> m.place().id()).containsExactly("T8", "R2");
  }

  @Test
  void aCueWordDoesNotPinAHomonymInACountryNamedOnlyWhole() {
    // issue 9: the report is on Aden; Syria is named once, as a whole, so "بلدة الحوطة" is not the Syrian village
    List<PlaceMention> ms = find("وصلت القوات إلى عدن، وقال رئيس مجلس بلدة الحوطة إن الطريق إلى الحدود مع سوريا مقطوع");
    assertThat(ms).extracting(m -> m.place().id()).containsExactly("Y1", "SY");
  }

  @Test
  void aTextWithNoPlaceGivesNone() {
    assertThat(find("قال المتحدث إن الاجتماع سيعقد غدا لمناقشة الأوضاع الاقتصادية")).isEmpty();
    assertThat(find("")).isEmpty();
  }

  @Test
  void offsetsAreIntoTheNormalisedText() {
    String raw = "في إدلبَ وفي كناكرُ";
    NormalizedText n = ArabicNormalizer.normalize(raw);
    PlaceMention m = GEO.find(n, Tokenizer.tokenize(n.text())).get(0);
    assertThat(n.text().substring(m.start(), m.end())).isEqualTo("كناكر");
    assertThat(evidence(raw, m)).isEqualTo("كناكرُ");
  }

  @Test
  void loadsAGeoNamesDump() {
    Gazetteer g = Gazetteer.builder().addFile(Path.of("src/test/resources/marsad/geocode/geonames-mini.txt")).build();
    assertThat(g.entries()).extracting(GazetteerEntry::id).containsExactly("gn:1", "gn:2", "gn:3", "gn:6"); // ruin, mountain skipped
    GazetteerEntry village = g.byId("gn:3");
    assertThat(village.level()).isEqualTo(PlaceLevel.LOCALITY);
    assertThat(village.nameAr()).isEqualTo("قرية الزيت");
    assertThat(village.names()).contains("Qaryat Zayt", "زيتونة الجبل").doesNotContain("Zayt Village");
    assertThat(g.adminName(village.admin1())).isEqualTo("Province One");
    assertThat(g.byId("gn:1").level()).isEqualTo(PlaceLevel.COUNTRY);

    List<PlaceMention> ms = find(new Geocoder(g), "وصلت القافلة إلى زيتونة الجبل في الولاية الأولى");
    assertThat(ms).extracting(m -> m.place().id()).containsExactly("gn:3", "gn:2");
    assertThat(ms.get(0).place().admin1()).isEqualTo("Province One");
    assertThat(ms.get(0).place().lat()).isEqualTo(10.6);
  }

  @Test
  void extraFilesAddToTheShippedLayers(@TempDir Path dir) throws IOException {
    Path tsv = dir.resolve("extra.tsv");
    Files.writeString(tsv, "# mine\nX1\tlocality\tZaytunia\tزيتونية\t\tSY\tSY03\t\t33.1\t36.1\t\n", StandardCharsets.UTF_8);
    Gazetteer g = Gazetteer.builder().addResource("marsad/geocode/fixture-gazetteer.tsv").addFile(tsv).build();
    assertThat(find(new Geocoder(g), "قصف على زيتونية")).extracting(m -> m.place().admin1()).containsExactly("Rural Damascus");
  }

  @Test
  void badFilesAreNamed(@TempDir Path dir) throws IOException {
    Path tsv = dir.resolve("bad.tsv");
    Files.writeString(tsv, "X1\tlocality\tZaytunia\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Gazetteer.builder().addFile(tsv)).isInstanceOf(BadInputException.class).hasMessageContaining("bad.tsv:1");
    assertThatThrownBy(() -> Gazetteer.builder().addFile(dir.resolve("missing.txt")))
        .isInstanceOf(BadInputException.class).hasMessageContaining("missing.txt");
  }

  @Test
  void anUnknownPlaceLevelFailsAtItsLine(@TempDir Path dir) throws IOException {
    Path tsv = dir.resolve("levels.tsv");
    Files.writeString(tsv, "# mine\nX1\ttown\tZaytunia\tزيتونية\t\tSY\tSY03\t\t33.1\t36.1\t\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Gazetteer.builder().addFile(tsv)).isInstanceOf(BadInputException.class)
        .hasMessageContaining("levels.tsv:2: unknown place level 'town'");
  }

  @Test
  void kmIsTheGreatCircleDistance() {
    assertThat(Geocoder.km(33.0, 36.0, 34.0, 36.0)).isCloseTo(111.2, within(0.1));
    assertThat(Geocoder.km(33.0, 36.0, 33.0, 36.0)).isZero();
  }
}
