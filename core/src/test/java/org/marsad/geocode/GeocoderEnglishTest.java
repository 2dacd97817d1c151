package org.marsad.geocode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.clean.ArabicNormalizer;
import org.marsad.clean.NormalizedText;
import org.marsad.clean.Tokenizer;

/** English reading on the shipped gazetteer: spelling variants (aliases.tsv), "X province", "al-" names. */
class GeocoderEnglishTest {
  static Geocoder geo;

  @BeforeAll
  static void load() {
    geo = Geocoder.loadDefault();
  }

  static List<PlaceMention> find(String raw) {
    NormalizedText n = ArabicNormalizer.normalize(raw);
    return geo.find(n, Tokenizer.tokenize(n.text()));
  }

  static List<String> ids(String raw) {
    return find(raw).stream().map(m -> m.place().id()).toList();
  }

  @Test
  void agencySpellingsFromTheAliasFileAreRead() {
    assertThat(ids("Air strikes hit Deir Ezzor and Hasakeh on Monday.")).containsExactly("SYPT0018", "SYPT0003");
    assertThat(ids("Residents of Khan Sheikhoun buried their dead.")).containsExactly("SYPT0038");
  }

  @Test
  void aProvinceAfterTheNameIsTheGovernorate() {
    String raw = "Clashes went on in Idlib province and in the Aleppo countryside.";
    List<PlaceMention> ms = find(raw);
    assertThat(ms).extracting(m -> m.place().id()).containsExactly("SY07", "SY02");
    assertThat(ms.get(0).place().evidence().of(raw)).isEqualTo("Idlib province");
    assertThat(ms.get(0).place().geoPrecision()).isEqualTo(3);
    // without the cue the city is read
    assertThat(ids("Clashes went on in Idlib.")).containsExactly("SYPT0002");
  }

  @Test
  void transliterationsOfArabicNamesBeyondSyriaAreRead() {
    // our own sentences: GeoNames spells "Ar Rutbah", "Al Hawijah"; reports write "Rutba", "Hawija"
    assertThat(find("Fighters attacked Rutba in western Iraq.")).extracting(m -> m.place().name()).contains("Ar Ruţbah");
    assertThat(find("Troops entered Hawija in Iraq on Monday.")).extracting(m -> m.place().name()).contains("Al Ḩawījah");
  }

  @Test
  void conflictTownsMissingFromGeoNamesAreKnownButNotInSurnames() {
    // our own sentences: towns of the conflict-towns layer, and a surname that is also a town's name
    assertThat(ids("Islamic State fighters besieged Amerli in Iraq.")).contains("iq.amirli");
    assertThat(ids("حاصر مسلحو التنظيم بلدة آمرلي في العراق")).contains("iq.amirli");
    assertThat(ids("Government troops retook Jalawla, Iraq, on Sunday.")).contains("iq.jalawla");
    assertThat(ids("قال أبو بكر البغدادي إن التنظيم سيهاجم")).doesNotContain("iq.baghdadi");
    // the two halves of Daraa city, besieged apart (2018, 2021): a name that holds its city's needs no cue
    assertThat(ids("Troops closed the roads into Daraa al-Balad on Monday.")).contains("sy.daraa.balad");
    assertThat(ids("أغلقت القوات الطرق المؤدية إلى درعا البلد")).contains("sy.daraa.balad");
    // a spelling of a town that its subdistrict's name shares ("Atareb"): the town is a reading too
    assertThat(ids("Airstrikes hit the town of Atareb on Monday.")).contains("SYPT0103");
  }

  @Test
  void aRiverOrLakeNamedForACountryIsNotTheCountry() {
    // our own sentences: the feature word after or before the name
    assertThat(ids("Gunmen attacked a boat on the Niger River near Timbuktu.")).doesNotContain("NE");
    assertThat(ids("Gunmen attacked a boat on the Niger River near Timbuktu.")).hasSize(1);
    assertThat(ids("غرق قارب في نهر النيجر قرب مدينة تمبكتو")).doesNotContain("NE");
    assertThat(ids("Fighting spread around Lake Chad.")).doesNotContain("TD");
    // without it, the country is read
    assertThat(ids("Soldiers crossed into Niger on Monday.")).containsExactly("NE");
  }

  @Test
  void aLowerCaseArticleDoesNotHideTheCapital() {
    assertThat(ids("Turkish-backed forces entered al-Bab on Thursday.")).containsExactly("SYPT0026");
    assertThat(ids("forces entered al-bab on thursday.")).isEmpty();
  }

  @Test
  void aQuotedNameIsATitleUnlessAKindWordPrecedesIt() {
    // our own sentences: a newspaper in guillemets, then a town in quotes after "بلدة"
    assertThat(ids("وقال مسؤول لـ«الشرق الأوسط» إن الوفد وصل إلى القاهرة")).containsExactly("eg.cairo");
    assertThat(ids("دخلت القوات بلدة «الدانا» صباحا")).containsExactly("SYPT0094");
  }

  @Test
  void worldCapitalsAndRegionsAreKnown() {
    assertThat(ids("عقد الاجتماع في جنيف ثم انتقل الوفد إلى موسكو")).containsExactly("ch.geneva", "ru.moscow");
    // a region spanning countries does not make a paragraph foreign: the Syrian town stays
    assertThat(ids("تصاعد التوتر في الشرق الأوسط بعد قصف بلدة كفرنبل")).contains("rg.middle-east").hasSize(2);
  }

  @Test
  void anAliasForAnUnknownIdIsRefused() {
    assertThatThrownBy(() -> Gazetteer.builder().addResource(Gazetteer.RESOURCE_DIR + "countries.tsv")
        .addAliases(Gazetteer.RESOURCE_DIR + Gazetteer.ALIASES).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no gazetteer entry has the id");
  }
}
