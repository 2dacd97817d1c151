package org.marsad.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.marsad.BadInputException;
import org.marsad.eval.gold.GoldDocument;
import org.marsad.eval.gold.GoldFiles;
import org.marsad.model.EventType;
import org.junit.jupiter.api.Test;

class GoldFilesTest {
  @Test
  void readsOptionalFieldsAndKeepsTheRest() {
    GoldDocument g = GoldFiles.parse("g.json", """
        {"document": {"language": "ar", "published": null, "outlet": "aawsat"},
         "events": [{"id": "E1", "type": "ARREST", "count": 1, "date": "2015-06", "place": "Egypt",
                     "actor2": "Someone", "modality": "asserted", "historical": true, "date_end": null,
                     "evidence": ["قبض عليه"]}],
         "places": [{"name": "Egypt", "lat": 26.8, "lon": 30.8, "tolerance_km": 500}]}""");
    assertThat(g.document().published()).isNull();
    assertThat(g.duplicates()).isEmpty();
    assertThat(g.actors()).isEmpty();
    var e = g.events().get(0);
    assertThat(e.type()).isEqualTo(EventType.ARREST);
    assertThat(e.optional()).isFalse();
    assertThat(e.historical()).isTrue();
    assertThat(e.actor1()).isNull();
    assertThat(e.date()).isEqualTo("2015-06");
    assertThat(e.attributes()).containsEntry("count", 1).containsEntry("date_end", null).doesNotContainKey("actor2");
    assertThat(g.placeNamed("Egypt").toleranceKm()).isEqualTo(500.0);
  }

  @Test
  void unknownTypeNamesFileAndEvent() {
    assertThatThrownBy(() -> GoldFiles.parse("bad.gold.json",
        "{\"events\": [{\"id\": \"E7\", \"type\": \"RIOT\", \"evidence\": [\"x\"]}]}"))
        .isInstanceOf(BadInputException.class).hasMessageContaining("bad.gold.json").hasMessageContaining("E7")
        .hasMessageContaining("RIOT");
  }

  @Test
  void eventWithoutEvidenceIsRefused() {
    assertThatThrownBy(() -> GoldFiles.parse("bad.gold.json", "{\"events\": [{\"id\": \"E1\", \"type\": \"SIEGE\"}]}"))
        .isInstanceOf(BadInputException.class).hasMessageContaining("evidence");
  }

  @Test
  void notJsonIsRefused() {
    assertThatThrownBy(() -> GoldFiles.parse("bad.gold.json", "{events"))
        .isInstanceOf(BadInputException.class).hasMessageContaining("bad.gold.json");
  }
}
