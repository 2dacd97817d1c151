package org.marsad.geocode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.marsad.lexicon.LexiconFile;

class GeocodeSettingsTest {
  private static final String ALL = "big_place\t50000\nlocator_km\t50\nfallback_penalty\t3\ndistrict_context\t4\n"
      + "governorate_context\t3\nreport_context\t1.5\ncountry_context\t2\n";

  private static GeocodeSettings parse(String text) {
    return GeocodeSettings.parse(LexiconFile.rows(new StringReader(text), "t.tsv"));
  }

  @Test
  void theShippedFileHoldsTheValuesTheCodeUsedToHold() {
    assertThat(GeocodeSettings.load()).isEqualTo(parse(ALL));
    assertThat(parse(ALL).bigPlace()).isEqualTo(50_000L);
    assertThat(parse(ALL).reportContext()).isEqualTo(1.5);
  }

  @Test
  void aMissingUnknownRepeatedOrNonNumericSettingFailsNamingIt() {
    assertThat(assertThrows(IllegalStateException.class, () -> parse(ALL.replace("locator_km\t50\n", ""))).getMessage())
        .contains("locator_km");
    assertThat(assertThrows(IllegalStateException.class, () -> parse(ALL + "radius\t3\n")).getMessage())
        .contains("t.tsv:8", "radius");
    assertThat(assertThrows(IllegalStateException.class, () -> parse(ALL + "country_context\t2\n")).getMessage())
        .contains("twice");
    assertThat(assertThrows(IllegalStateException.class, () -> parse(ALL.replace("\t3\n", "\tthree\n"))).getMessage())
        .contains("fallback_penalty", "three");
  }
}
