package org.marsad.geocode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.BadInputException;

/** The lowest-priority (GeoNames) layer: checked loading, no override of curated entries, cue-only names. */
class FallbackLayerTest {
  static final Gazetteer GAZ = Gazetteer.builder().addResource("marsad/geocode/fixture-gazetteer.tsv")
      .addFallbackResource("marsad/geocode/fixture-fallback.tsv").build();
  static final Geocoder GEO = new Geocoder(GAZ);

  static List<String> ids(String raw) {
    return GeocoderTest.find(GEO, raw).stream().map(m -> m.place().id()).toList();
  }

  @Test
  void aMalformedLineFailsTheLoadNamingFileAndLine() {
    assertThatThrownBy(() -> Gazetteer.builder().addFallbackResource("marsad/geocode/fixture-fallback-bad.tsv"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("fixture-fallback-bad.tsv:5")
        .hasMessageContaining("feature_code");
  }

  @Test
  void everyFieldIsChecked() {
    String ok = "gn:9\tlocality\tX\tاكس\t\tYE\t\t\t13.6\t44.1\t0\tPPL\t";
    assertThat(FallbackLayer.read(new StringReader(ok), "t.tsv")).singleElement()
        .satisfies(e -> assertThat(e.fallback()).isTrue());
    for (String bad : List.of(
        "9\tlocality\tX\tاكس\t\tYE\t\t\t13.6\t44.1\t0\tPPL\t", // id
        "gn:9\ttown\tX\tاكس\t\tYE\t\t\t13.6\t44.1\t0\tPPL\t", // level
        "gn:9\tlocality\tX\tاكس\t\tYEM\t\t\t13.6\t44.1\t0\tPPL\t", // country
        "gn:9\tlocality\tX\tاكس\t\tYE\t\t\t113.6\t44.1\t0\tPPL\t", // lat
        "gn:9\tlocality\tX\tاكس\t\tYE\t\t\t13.6\tx\t0\tPPL\t", // lon
        "gn:9\tlocality\tX\tاكس\t\tYE\t\t\t13.6\t44.1\t-1\tPPL\t", // population
        "gn:9\tlocality\tX\tاكس\t\tYE\t\t\t13.6\t44.1\t0\tPPL\tواي", // a cue name that is not a name
        "gn:9\tlocality\tX\tاكس\t\tYE\t\t\t13.6\t44.1\t0\tPPL")) { // a column short
      assertThatThrownBy(() -> FallbackLayer.read(new StringReader("\n" + bad), "t.tsv"), bad)
          .isInstanceOf(BadInputException.class).hasMessageStartingWith("t.tsv:2: ");
    }
  }

  @Test
  void aCuratedEntryIsNeverOverridden() {
    assertThat(GAZ.byId("gn:1")).as("the same Kanaker under another id is dropped").isNull();
    assertThat(GAZ.byId("gn:2")).isNotNull();
    // the curated Qatana wins over a larger homonym of the fallback layer when nothing says otherwise
    assertThat(ids("اشتباكات في قطنا اليوم")).containsExactly("T7");
    assertThat(ids("اشتباكات في كناكر اليوم")).doesNotContain("gn:1");
  }

  @Test
  void contextStillChoosesAFallbackHomonym() {
    assertThat(ids("قصف على قطنا في اليمن")).containsExactly("gn:2", "YE");
  }

  @Test
  void aSmallTownNamedLikeAWordNeedsATownCueOrALocator() {
    assertThat(ids("وقالت إن الصخرة لم تتحرك منذ قرون")).isEmpty();
    assertThat(ids("سقطت قذيفة شمال الصخرة")).as("a direction is no town cue").isEmpty();
    assertThat(ids("سقطت قذيفة على قرية الصخرة")).containsExactly("gn:3");
    assertThat(ids("سقطت قذيفة على الصخرة في اليمن")).containsExactly("gn:3", "YE");
  }

  @Test
  void itsGovernorateNamedInTheParagraphLocatesACueName() {
    assertThat(ids("أضاءت المنارة الساحل")).isEmpty();
    assertThat(ids("اشتباكات في حلب وقصف على المنارة")).containsExactly("T5", "gn:5");
    assertThat(ids("اشتباكات في حلب\nوقصف على المنارة")).as("another paragraph").containsExactly("T5");
  }

  @Test
  void aTownFoundOnlyInTheFallbackLayerHasItsCountryAndGovernorate() {
    List<PlaceMention> ms = GeocoderTest.find(GEO, "غارات على زبيد صباح اليوم");
    assertThat(ms).singleElement().satisfies(m -> {
      assertThat(m.place().id()).isEqualTo("gn:4");
      assertThat(m.place().country()).isEqualTo("YE");
      assertThat(m.place().admin1()).isEqualTo("Al Hudaydah");
      assertThat(m.place().geoPrecision()).isEqualTo(1);
    });
  }
}
