package org.marsad.eval.external;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.Pipeline;
import org.marsad.geocode.Gazetteer;
import org.marsad.geocode.PlaceMention;
import org.marsad.ingest.Source;
import org.marsad.model.DocumentMeta;
import org.marsad.model.Event;
import org.marsad.model.EventDate;
import org.marsad.model.EventType;
import org.marsad.model.Extraction;
import org.marsad.model.Modality;
import org.marsad.model.Place;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FakesAgreementTest {
  static PlaceRecogniser places;
  static Gazetteer g;

  @BeforeAll
  static void load() {
    places = PlaceRecogniser.loadDefault();
    g = places.geocoder().gazetteer();
  }

  static Place place(String id) {
    var e = g.byId(id);
    return new Place(e.id(), e.name(), e.nameAr(), e.country(), null, null, e.lat(), e.lon(), 1, null);
  }

  static Event event(Place p, String date) {
    return new Event("e", EventType.ATTACK, Map.of(), Modality.ASSERTED, false,
        date == null ? null : new EventDate(date, EventDate.ON, date.length() == 10 ? 1 : 3, List.of()), p,
        null, null, null, List.of(), "test");
  }

  static Extraction extraction(Event... events) {
    return new Extraction(new DocumentMeta("x", "en", null, null, null, null), "", List.of(), List.of(events), List.of());
  }

  @Test
  void governoratesOfPlacesAtEachLevel() {
    assertThat(FakesAgreement.governorate("SY02", g)).isEqualTo("SY02"); // the governorate itself
    assertThat(FakesAgreement.governorate("SYPT0013", g)).isEqualTo("SY02"); // the city of Aleppo
    assertThat(FakesAgreement.governorate("SY", g)).isNull(); // a country names no governorate
    assertThat(FakesAgreement.governorate("no-such-id", g)).isNull();
  }

  @Test
  void theMostCitedEventPlaceWinsAndCountriesDoNotCount() {
    Place syria = place("SY");
    Place aleppo = place("SYPT0013");
    Place homs = place("SYPT0015");
    Extraction x = extraction(event(syria, null), event(syria, null), event(syria, null), event(homs, null),
        event(aleppo, null), event(aleppo, null));
    FakesAgreement.PlacePrediction p = FakesAgreement.place(x, List.of(), g, "SY").orElseThrow();
    assertThat(p.place().id()).isEqualTo("SYPT0013");
    assertThat(p.admin1()).isEqualTo("SY02");
    assertThat(p.count()).isEqualTo(2);
    assertThat(p.fromEvents()).isTrue();
    assertThat(FakesAgreement.topEventPlaceAbroad(x, "SY")).isFalse();
    // a tie goes to the earlier event's place
    assertThat(FakesAgreement.place(extraction(event(homs, null), event(aleppo, null)), List.of(), g, "SY").orElseThrow()
        .place().id()).isEqualTo("SYPT0015");
  }

  @Test
  void placesAbroadAreNoPredictionButAreCounted() {
    Place geneva = new Place("ch.geneva", "Geneva", "جنيف", "CH", "Geneva", null, 46.2, 6.14, 1, null);
    Extraction x = extraction(event(geneva, null), event(geneva, null), event(place("SYPT0015"), null));
    assertThat(FakesAgreement.place(x, List.of(), g, "SY").orElseThrow().admin1()).isEqualTo("SY04");
    assertThat(FakesAgreement.topEventPlaceAbroad(x, "SY")).isTrue();
  }

  @Test
  void withoutEventsTheMostFrequentMentionIsUsed() {
    String text = "Residents of Homs fled to Idlib. Later more families from Idlib arrived.";
    List<PlaceMention> ms = new ArrayList<>();
    places.find(text).forEach(f -> ms.add(f.mention()));
    FakesAgreement.PlacePrediction p = FakesAgreement.place(extraction(), ms, g, "SY").orElseThrow();
    assertThat(p.fromEvents()).isFalse();
    assertThat(p.admin1()).isEqualTo("SY07");
    assertThat(FakesAgreement.place(extraction(), List.of(), g, "SY")).isEmpty();
  }

  @Test
  void labelsMapToGovernoratesAndDamascusTakesItsCountryside() {
    GovernorateLabels l = GovernorateLabels.fakes();
    assertThat(l.ids("deir ezzor")).containsExactly("SY09");
    assertThat(l.ids("damascus")).isEqualTo(Set.of("SY01", "SY03"));
    assertThat(l.agrees("damascus", "SY03")).isTrue();
    assertThat(l.agrees("aleppo", "SY07")).isFalse();
    assertThat(l.agrees("aleppo", null)).isFalse();
    assertThat(l.knows("atlantis")).isFalse();
  }

  @Test
  void datesAgreeWithinADayOrByMonth() {
    Extraction x = extraction(event(null, "2017-04-04"), event(null, "2017-04-04"), event(null, "2017-04-10"),
        event(null, "2017-04"), event(null, "2016"));
    assertThat(FakesAgreement.eventDay(x)).contains(LocalDate.of(2017, 4, 4));
    assertThat(FakesAgreement.eventMonth(x)).contains("2017-04");
    assertThat(FakesAgreement.sameDay(LocalDate.of(2017, 4, 5), LocalDate.of(2017, 4, 4))).isTrue();
    assertThat(FakesAgreement.sameDay(LocalDate.of(2017, 4, 6), LocalDate.of(2017, 4, 4))).isFalse();
    assertThat(FakesAgreement.sameMonth(LocalDate.of(2017, 4, 30), "2017-04")).isTrue();
    assertThat(FakesAgreement.eventDay(extraction(event(null, "2016")))).isEmpty();
  }

  @Test
  void theRealPipelineOnOurOwnArticleAgrees() {
    String csv = "unit_id,article_title,article_content,source,date,location,labels\n"
        + "7,Shelling kills three in Idlib,\"Shelling kills three in Idlib. Government aircraft shelled the town of "
        + "Saraqib in Idlib province on Monday, killing three civilians, a monitor said.\",wire,3/7/2017,idlib,1\n";
    List<FakesOutcome> o = FakesEval.run(FakesReader.parse(csv, "t.csv"), Pipeline.defaultPipeline(), places,
        GovernorateLabels.fakes(), true);
    assertThat(o).hasSize(1);
    assertThat(o.get(0).governorate()).isEqualTo("SY07");
    assertThat(o.get(0).placeAgrees()).isTrue();
    FakesReport r = FakesReport.of(o, g);
    assertThat(r.placeAgreement()).isEqualTo(1.0);
    assertThat(r.render(5)).contains("agreement 1.000");
  }
}
