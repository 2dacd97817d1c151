package org.marsad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.eval.gold.GoldDocument;
import org.marsad.eval.gold.GoldDuplicate;
import org.marsad.eval.gold.GoldEvent;
import org.marsad.eval.gold.GoldFiles;
import org.marsad.model.Event;
import org.marsad.model.EventDate;
import org.marsad.model.Extraction;
import org.marsad.model.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed report's gold, scored against a prediction built from the gold itself. */
class SeedScoreTest {
  static GoldDocument gold;
  static String text;

  @BeforeAll
  static void load() throws IOException, URISyntaxException {
    Path dir = Path.of(SeedScoreTest.class.getResource("/seed/kanaker-2020-09-29.gold.json").toURI()).getParent();
    gold = GoldFiles.load(dir.resolve("kanaker-2020-09-29.gold.json"));
    text = Files.readString(dir.resolve("kanaker-2020-09-29.ar.txt"), StandardCharsets.UTF_8);
  }

  static List<Event> perfectEvents() {
    return PerfectPrediction.events(gold, text);
  }

  static Extraction extraction(List<Event> events) {
    return PerfectPrediction.extraction(gold, text, events);
  }

  @Test
  void goldLoadsWithAllItsShapes() {
    assertThat(gold.document().published()).hasToString("2020-09-29");
    assertThat(gold.document().outlet()).isEqualTo("العربي الجديد");
    assertThat(gold.events()).hasSize(17);
    assertThat(gold.events()).filteredOn(GoldEvent::optional).extracting(GoldEvent::id).containsExactly("O1", "O2");
    assertThat(gold.duplicates()).extracting(GoldDuplicate::kind).containsExactly("exact", "exact", "contained");
    assertThat(gold.placeNamed("kanaker").toleranceKm()).isEqualTo(5.0);
    assertThat(gold.placeNamed("Rural Damascus").hasCoordinates()).isFalse();
    GoldEvent e5 = gold.events().get(4);
    assertThat(e5.dateKind()).isEqualTo("since");
    assertThat(e5.attributes()).containsEntry("scope", "partial").containsEntry("exempt", List.of("government employees"));
    assertThat(gold.events().get(6).date()).isEqualTo("2018");
    assertThat(gold.events().get(7).modality()).isEqualTo("feared");
    assertThat(gold.status()).hasSize(2);
  }

  @Test
  void perfectPredictionScoresOne() {
    DocumentScore s = Scorer.score(gold, text, extraction(perfectEvents()));
    assertThat(s.warnings()).isEmpty();
    assertThat(s.goldEvents()).isEqualTo(15);
    assertThat(s.overall()).isEqualTo(new Prf(15, 0, 0));
    assertThat(s.overall().f1()).isEqualTo(1.0);
    assertThat(s.neutral()).isEqualTo(2);
    assertThat(s.attributes()).isEqualTo(new AttributeScores(
        new Accuracy(15, 15), new Accuracy(15, 15), new Accuracy(15, 15), new Accuracy(15, 15)));
    assertThat(s.duplicates()).isEqualTo(new Prf(3, 0, 0));
    assertThat(s.confusion()).isEmpty();
  }

  @Test
  void spansInTheRepeatedParagraphsScoreTheSame() {
    List<Event> events = new ArrayList<>();
    for (Event e : perfectEvents()) {
      List<Span> last = new ArrayList<>();
      for (Span sp : e.evidence()) {
        List<Span> all = Scorer.locate(text, sp.of(text));
        last.add(all.get(all.size() - 1));
      }
      events.add(new Event(e.id(), e.type(), e.attributes(), e.modality(), e.historical(), e.date(), e.place(),
          e.actor1(), e.actor2(), e.source(), last, e.ruleId()));
    }
    assertThat(Scorer.score(gold, text, extraction(events)).overall()).isEqualTo(new Prf(15, 0, 0));
  }

  @Test
  void droppedEventAndWrongDateAreCounted() {
    List<Event> events = new ArrayList<>(perfectEvents());
    events.removeIf(e -> e.id().equals("E4"));
    Event e1 = events.get(0);
    events.set(0, new Event(e1.id(), e1.type(), e1.attributes(), e1.modality(), e1.historical(),
        new EventDate("2020-09-25", EventDate.ON, 1, List.of()), e1.place(), e1.actor1(), e1.actor2(),
        e1.source(), e1.evidence(), e1.ruleId()));
    DocumentScore s = Scorer.score(gold, text, extraction(events));
    assertThat(s.overall()).isEqualTo(new Prf(14, 0, 1));
    assertThat(s.misses()).extracting(Miss::goldId).containsExactly("E4");
    assertThat(s.attributes().date()).isEqualTo(new Accuracy(13, 14));
    assertThat(new EvalSummary(List.of(s)).attributeErrors()).singleElement()
        .satisfies(a -> assertThat(a.goldId() + " " + a.attribute() + " " + a.gold() + " " + a.predicted())
            .isEqualTo("E1 date 2020-09-29 2020-09-25"));
  }
}
