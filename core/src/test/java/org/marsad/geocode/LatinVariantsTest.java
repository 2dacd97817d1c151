package org.marsad.geocode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** English spellings of transliterated names (names written for these tests where not a gazetteer's). */
class LatinVariantsTest {
  @Test
  void anArticleMayBeLeftOutAndAnEndingWrittenAnotherWay() {
    assertThat(LatinVariants.of("al qusayr")).contains("qusayr");
    assertThat(LatinVariants.of("salamiyah")).contains("salamiyeh", "salamieh", "salamiya");
    assertThat(LatinVariants.of("al hasakah")).contains("hasakah", "hasakeh", "al hasakeh");
    // short words keep their spelling; Arabic keys have no Latin variants
    assertThat(LatinVariants.of("al bab")).isEmpty();
    assertThat(LatinVariants.of("atarib")).contains("atareb");
    assertThat(LatinVariants.of("khan shaykhun")).contains("khan shaykhoun", "khan shaykhon");
    assertThat(LatinVariants.of("idleb")).contains("idlib");
    assertThat(LatinVariants.of("homs")).isEmpty(); // too short to vary
    assertThat(LatinVariants.of("ariha")).doesNotContain("areha"); // an open last syllable keeps its vowel
    assertThat(LatinVariants.of("al rami")).isEmpty();
    // a bare word that is also a personal name keeps its article
    assertThat(LatinVariants.of("al maliki")).doesNotContain("maliki");
    assertThat(LatinVariants.of("ana")).isEmpty();
    assertThat(LatinVariants.of("القصير")).isEmpty();
  }

  @Test
  void theGazetteerReadsTheVariants() {
    GeocoderEnglishTest.load();
    List<PlaceMention> found = GeocoderEnglishTest.find("Fighting raged in Qusayr and in Salamiyeh on Monday.");
    assertThat(found.stream().map(p -> p.place().name())).contains("Al-Qusayr", "Salamiyah");
  }
}
