package org.marsad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.marsad.clean.Paragraphs;
import org.marsad.eval.gold.GoldDocument;
import org.marsad.eval.gold.GoldFiles;
import org.marsad.model.Actor;
import org.marsad.model.DocumentMeta;
import org.marsad.model.Event;
import org.marsad.model.EventDate;
import org.marsad.model.EventType;
import org.marsad.model.Extraction;
import org.marsad.model.Modality;
import org.marsad.model.Paragraph;
import org.marsad.model.Place;
import org.marsad.model.Span;
import org.junit.jupiter.api.Test;

class ScorerTest {
  // Our own sentences; line 2 repeats line 0 exactly, like a duplicated paragraph in a real report.
  static final String TEXT = String.join("\n",
      "Troops encircled the village of Alpha at dawn and closed its roads.",
      "Shops in Alpha closed for lack of bread.",
      "Troops encircled the village of Alpha at dawn and closed its roads.",
      "Elders met the commander but the talks failed.");

  static final String PLACES = """
      [{"mention": "Alpha", "name": "Alpha", "country": "SY", "kind": "town", "lat": 33.0, "lon": 36.0, "tolerance_km": 5},
       {"mention": "Beta", "name": "Beta", "country": "SY", "kind": "town", "lat": 34.0, "lon": 37.0},
       {"mention": "the north", "name": "The North", "country": "SY", "kind": "region"}]""";

  static GoldDocument gold(String events) {
    return gold(events, "[]");
  }

  static GoldDocument gold(String events, String duplicates) {
    String json = "{\"document\": {\"language\": \"en\", \"published\": \"2020-01-02\", \"outlet\": \"Test\"},"
        + "\"duplicates\": " + duplicates + ", \"events\": " + events + ", \"places\": " + PLACES
        + ", \"actors\": [], \"status\": []}";
    return GoldFiles.parse("test.gold.json", json);
  }

  static Span at(String s) {
    return at(s, 0);
  }

  /** The n-th (0-based) occurrence of s in TEXT. */
  static Span at(String s, int n) {
    List<Span> all = Scorer.locate(TEXT, s);
    return all.get(n);
  }

  static Event ev(EventType type, Span evidence) {
    return ev(type, evidence, null, null, null, Modality.ASSERTED);
  }

  static Event ev(EventType type, Span evidence, String date, Place place, String actor1, Modality m) {
    return new Event("p" + evidence.start(), type, Map.of(), m, false,
        date == null ? null : new EventDate(date, EventDate.ON, 1, List.of()),
        place, actor1 == null ? null : new Actor(actor1, "state forces", null), null, null,
        List.of(evidence), "test-rule");
  }

  static Place place(String name, double lat, double lon) {
    return new Place("id:" + name, name, null, "SY", null, null, lat, lon, 1, null);
  }

  static Extraction predicted(Event... events) {
    return predicted(Paragraphs.split(TEXT), events);
  }

  static Extraction predicted(List<Paragraph> paragraphs, Event... events) {
    DocumentMeta meta = new DocumentMeta("x", "en", null, null, null, null);
    return new Extraction(meta, TEXT, paragraphs, List.of(events), List.of());
  }

  static final String SIEGE = """
      {"id": "E1", "type": "SIEGE", "date": "2020-01-02", "place": "Alpha", "actor1": "Army", "modality": "asserted",
       "evidence": ["Troops encircled the village of Alpha"]}""";

  @Test
  void overlappingSpanOfTheSameTypeMatches() {
    DocumentScore s = Scorer.score(gold("[" + SIEGE + "]"), TEXT, predicted(ev(EventType.SIEGE, at("encircled the village"))));
    assertThat(s.overall()).isEqualTo(new Prf(1, 0, 0));
    assertThat(s.overall().f1()).isEqualTo(1.0);
    assertThat(s.perType()).containsOnlyKeys(EventType.SIEGE);
    assertThat(s.matches()).hasSize(1);
    assertThat(s.warnings()).isEmpty();
  }

  @Test
  void spanThatDoesNotOverlapDoesNotMatch() {
    DocumentScore s = Scorer.score(gold("[" + SIEGE + "]"), TEXT, predicted(ev(EventType.SIEGE, at("at dawn"))));
    assertThat(s.overall()).isEqualTo(new Prf(0, 1, 1));
    assertThat(s.misses()).extracting(Miss::goldId).containsExactly("E1");
    assertThat(s.falseEvents()).singleElement().satisfies(f -> {
      assertThat(f.evidence()).isEqualTo("at dawn");
      assertThat(f.ruleId()).isEqualTo("test-rule");
    });
  }

  @Test
  void evidenceIsFoundInEveryOccurrenceSoTheRepeatedParagraphMatchesToo() {
    DocumentScore s = Scorer.score(gold("[" + SIEGE + "]"), TEXT, predicted(ev(EventType.SIEGE, at("encircled", 1))));
    assertThat(s.overall().tp()).isEqualTo(1);
  }

  @Test
  void typeMismatchIsAMissAFalseEventAndAConfusion() {
    DocumentScore s = Scorer.score(gold("[" + SIEGE + "]"), TEXT, predicted(ev(EventType.PROTEST, at("encircled the village"))));
    assertThat(s.perType().get(EventType.SIEGE)).isEqualTo(new Prf(0, 0, 1));
    assertThat(s.perType().get(EventType.PROTEST)).isEqualTo(new Prf(0, 1, 0));
    assertThat(s.confusion()).containsExactly(Map.entry(new TypePair(EventType.SIEGE, EventType.PROTEST), 1));
    assertThat(s.overall().f1()).isEqualTo(0.0);
  }

  @Test
  void optionalGoldEventIsNeitherMissedNorFalse() {
    String optional = """
        {"id": "O1", "optional": true, "type": "NEGOTIATION", "date": null, "place": "Alpha", "modality": "asserted",
         "evidence": ["Elders met the commander"]}""";
    GoldDocument g = gold("[" + SIEGE + "," + optional + "]");

    DocumentScore found = Scorer.score(g, TEXT, predicted(
        ev(EventType.SIEGE, at("Troops encircled")), ev(EventType.NEGOTIATION, at("met the commander"))));
    assertThat(found.overall()).isEqualTo(new Prf(1, 0, 0));
    assertThat(found.neutral()).isEqualTo(1);
    assertThat(found.goldEvents()).isEqualTo(1);
    assertThat(found.matches()).extracting(m -> m.gold().id()).containsExactly("E1");

    DocumentScore notFound = Scorer.score(g, TEXT, predicted(ev(EventType.SIEGE, at("Troops encircled"))));
    assertThat(notFound.overall()).isEqualTo(new Prf(1, 0, 0));
    assertThat(notFound.misses()).isEmpty();
    assertThat(notFound.neutral()).isZero();
  }

  @Test
  void optionalEventOfAnotherTypeDoesNotExcuseAPrediction() {
    String optional = """
        {"id": "O1", "optional": true, "type": "NEGOTIATION", "date": null, "place": "Alpha", "modality": "asserted",
         "evidence": ["Elders met the commander"]}""";
    DocumentScore s = Scorer.score(gold("[" + optional + "]"), TEXT, predicted(ev(EventType.PROTEST, at("met the commander"))));
    assertThat(s.overall()).isEqualTo(new Prf(0, 1, 0));
    assertThat(s.neutral()).isZero();
  }

  @Test
  void secondPredictionOfOneGoldEventIsAFalsePositive() {
    DocumentScore s = Scorer.score(gold("[" + SIEGE + "]"), TEXT, predicted(
        ev(EventType.SIEGE, at("encircled", 0)), ev(EventType.SIEGE, at("encircled", 1))));
    assertThat(s.overall()).isEqualTo(new Prf(1, 1, 0));
    assertThat(s.falseEvents()).hasSize(1);
    assertThat(s.overall().precision()).isEqualTo(0.5);
  }

  @Test
  void assignmentMaximisesMatchesRatherThanTakingTheLargestOverlapFirst() {
    // A broad prediction covers both gold events and overlaps E1 most; a narrow one only touches E1.
    // Largest-overlap-first would give the broad one to E1 and leave E2 unmatched.
    String e1 = """
        {"id": "E1", "type": "SIEGE", "date": null, "place": "Alpha", "modality": "asserted",
         "evidence": ["Troops encircled the village of Alpha at dawn"]}""";
    String e2 = """
        {"id": "E2", "type": "SIEGE", "date": null, "place": "Alpha", "modality": "asserted",
         "evidence": ["closed its roads"]}""";
    Span line0 = Paragraphs.split(TEXT).get(0).span();
    Event broad = ev(EventType.SIEGE, line0);
    Event narrow = ev(EventType.SIEGE, new Span(line0.start(), line0.start() + 6));
    DocumentScore s = Scorer.score(gold("[" + e1 + "," + e2 + "]"), TEXT, predicted(broad, narrow));
    assertThat(s.overall()).isEqualTo(new Prf(2, 0, 0));
    assertThat(s.matches()).extracting(m -> m.gold().id() + "=" + m.predicted().evidence().get(0).length())
        .containsExactly("E1=6", "E2=" + line0.length());
  }

  private static MatchedPair only(String goldEvent, Event p) {
    DocumentScore s = Scorer.score(gold("[" + goldEvent + "]"), TEXT, predicted(p));
    assertThat(s.matches()).hasSize(1);
    return s.matches().get(0);
  }

  private static String siegeWith(String date, String place, String actor1, String modality) {
    return "{\"id\": \"E1\", \"type\": \"SIEGE\", \"date\": " + q(date) + ", \"place\": " + q(place)
        + ", \"actor1\": " + q(actor1) + ", \"modality\": " + q(modality)
        + ", \"evidence\": [\"Troops encircled the village of Alpha\"]}";
  }

  private static String q(String s) {
    return s == null ? "null" : "\"" + s + "\"";
  }

  private static Event siege(String date, Place place, String actor1, Modality m) {
    return ev(EventType.SIEGE, at("Troops encircled"), date, place, actor1, m);
  }

  @Test
  void dateMustBeExactlyEqualAndNullEqualsNull() {
    Place alpha = place("Alpha", 33.0, 36.0);
    assertThat(only(siegeWith("2020-01-02", "Alpha", null, "asserted"), siege("2020-01-02", alpha, null, Modality.ASSERTED)).dateOk()).isTrue();
    assertThat(only(siegeWith("2018", "Alpha", null, "asserted"), siege("2018-01-01", alpha, null, Modality.ASSERTED)).dateOk()).isFalse();
    assertThat(only(siegeWith("2015-06", "Alpha", null, "asserted"), siege("2015-06", alpha, null, Modality.ASSERTED)).dateOk()).isTrue();
    assertThat(only(siegeWith(null, "Alpha", null, "asserted"), siege(null, alpha, null, Modality.ASSERTED)).dateOk()).isTrue();
    assertThat(only(siegeWith("2020-01-02", "Alpha", null, "asserted"), siege(null, alpha, null, Modality.ASSERTED)).dateOk()).isFalse();
    assertThat(only(siegeWith(null, "Alpha", null, "asserted"), siege("2020-01-02", alpha, null, Modality.ASSERTED)).dateOk()).isFalse();
    // a date object whose value is unresolved counts as null
    Event unresolved = new Event("p", EventType.SIEGE, Map.of(), Modality.ASSERTED, false,
        new EventDate(null, EventDate.ON, 1, List.of()), alpha, null, null, null, List.of(at("Troops encircled")), "r");
    assertThat(only(siegeWith(null, "Alpha", null, "asserted"), unresolved).dateOk()).isTrue();
  }

  @Test
  void placeMatchesByNameIgnoringCaseOrWithinTolerance() {
    String g = siegeWith(null, "Alpha", null, "asserted");
    assertThat(only(g, siege(null, place("ALPHA", 0, 0), null, Modality.ASSERTED)).placeOk()).isTrue();
    // Alpha's tolerance is 5 km: 0.03° of latitude is about 3.3 km, 0.06° about 6.7 km
    assertThat(only(g, siege(null, place("Alpha Farms", 33.03, 36.0), null, Modality.ASSERTED)).placeOk()).isTrue();
    assertThat(only(g, siege(null, place("Alpha Farms", 33.06, 36.0), null, Modality.ASSERTED)).placeOk()).isFalse();
    assertThat(only(g, siege(null, null, null, Modality.ASSERTED)).placeOk()).isFalse();
  }

  @Test
  void placeWithoutToleranceUsesTenKilometres() {
    String g = siegeWith(null, "Beta", null, "asserted");
    assertThat(Scorer.DEFAULT_TOLERANCE_KM).isEqualTo(10.0);
    assertThat(only(g, siege(null, place("Near Beta", 34.08, 37.0), null, Modality.ASSERTED)).placeOk()).isTrue(); // ~8.9 km
    assertThat(only(g, siege(null, place("Near Beta", 34.10, 37.0), null, Modality.ASSERTED)).placeOk()).isFalse(); // ~11.1 km
  }

  @Test
  void placeWithoutCoordinatesMatchesOnlyByName() {
    String g = siegeWith(null, "The North", null, "asserted");
    assertThat(only(g, siege(null, place("the north", 36.0, 37.0), null, Modality.ASSERTED)).placeOk()).isTrue();
    assertThat(only(g, siege(null, place("Idlib", 36.0, 37.0), null, Modality.ASSERTED)).placeOk()).isFalse();
  }

  @Test
  void nullGoldPlaceWantsNoPlace() {
    String g = siegeWith(null, null, null, "asserted");
    assertThat(only(g, siege(null, null, null, Modality.ASSERTED)).placeOk()).isTrue();
    assertThat(only(g, siege(null, place("Alpha", 33.0, 36.0), null, Modality.ASSERTED)).placeOk()).isFalse();
  }

  @Test
  void placeMissingFromGoldPlacesIsMatchedByNameAndWarned() {
    String g = siegeWith(null, "Gamma", null, "asserted");
    DocumentScore s = Scorer.score(gold("[" + g + "]"), TEXT, predicted(siege(null, place("Delta", 33.0, 36.0), null, Modality.ASSERTED)));
    assertThat(s.matches().get(0).placeOk()).isFalse();
    assertThat(s.warnings()).singleElement().asString().contains("Gamma");
  }

  @Test
  void actorIsCanonicalNameIgnoringCaseAndNullEqualsNull() {
    assertThat(only(siegeWith(null, null, "Syrian Government Forces", "asserted"), siege(null, null, "syrian government forces", Modality.ASSERTED)).actor1Ok()).isTrue();
    assertThat(only(siegeWith(null, null, "Syrian Government Forces", "asserted"), siege(null, null, "Military Security", Modality.ASSERTED)).actor1Ok()).isFalse();
    assertThat(only(siegeWith(null, null, null, "asserted"), siege(null, null, null, Modality.ASSERTED)).actor1Ok()).isTrue();
    assertThat(only(siegeWith(null, null, null, "asserted"), siege(null, null, "Army", Modality.ASSERTED)).actor1Ok()).isFalse();
    assertThat(only(siegeWith(null, null, "Army", "asserted"), siege(null, null, null, Modality.ASSERTED)).actor1Ok()).isFalse();
  }

  @Test
  void modalityIsCompared() {
    assertThat(only(siegeWith(null, null, null, "feared"), siege(null, null, null, Modality.FEARED)).modalityOk()).isTrue();
    assertThat(only(siegeWith(null, null, null, "feared"), siege(null, null, null, Modality.ASSERTED)).modalityOk()).isFalse();
    assertThat(only(siegeWith(null, null, null, "asserted"), siege(null, null, null, null)).modalityOk()).isFalse();
  }

  @Test
  void attributeAccuraciesAreCountedOverMatchedPairsOnly() {
    String e1 = siegeWith("2020-01-02", "Alpha", "Army", "asserted");
    String e2 = """
        {"id": "E2", "type": "HUMANITARIAN_CONDITION", "date": null, "place": "Alpha", "modality": "asserted",
         "evidence": ["lack of bread"]}""";
    DocumentScore s = Scorer.score(gold("[" + e1 + "," + e2 + "]"), TEXT, predicted(
        siege("2020-01-02", place("Alpha", 33, 36), "army", Modality.ASSERTED),
        ev(EventType.ATTACK, at("Elders"))));
    assertThat(s.attributes()).isEqualTo(new AttributeScores(
        new Accuracy(1, 1), new Accuracy(1, 1), new Accuracy(1, 1), new Accuracy(1, 1)));
    assertThat(s.overall()).isEqualTo(new Prf(1, 1, 1));
  }

  @Test
  void duplicateParagraphsArePrecisionAndRecallOverParagraphIndices() {
    List<Paragraph> paras = new ArrayList<>(Paragraphs.split(TEXT));
    paras.set(2, new Paragraph(2, paras.get(2).start(), paras.get(2).end(), 0));
    paras.set(3, new Paragraph(3, paras.get(3).start(), paras.get(3).end(), 1));
    DocumentScore s = Scorer.score(gold("[]", "[{\"paragraph\": 2, \"of\": 0, \"kind\": \"exact\"}]"), TEXT, predicted(paras));
    assertThat(s.duplicates()).isEqualTo(new Prf(1, 1, 0));
    assertThat(s.duplicates().precision()).isEqualTo(0.5);
    assertThat(s.duplicates().recall()).isEqualTo(1.0);
  }

  @Test
  void evidenceMissingFromTheTextIsWarned() {
    String g = """
        {"id": "E9", "type": "ARREST", "date": null, "place": null, "modality": "asserted",
         "evidence": ["not in this text"]}""";
    DocumentScore s = Scorer.score(gold("[" + g + "]"), TEXT, predicted());
    assertThat(s.warnings()).singleElement().asString().contains("E9").contains("not in this text");
    assertThat(s.overall()).isEqualTo(new Prf(0, 0, 1));
  }

  @Test
  void locateFindsEveryOccurrenceExactly() {
    assertThat(Scorer.locate("abab ab", "ab")).containsExactly(new Span(0, 2), new Span(2, 4), new Span(5, 7));
    assertThat(Scorer.locate("aaa", "aa")).containsExactly(new Span(0, 2), new Span(1, 3));
    assertThat(Scorer.locate("Alpha", "alpha")).isEmpty();
  }

  @Test
  void undefinedRatiosAreNaN() {
    assertThat(Prf.ZERO.precision()).isNaN();
    assertThat(new Prf(0, 0, 3).precision()).isNaN();
    assertThat(new Prf(0, 0, 3).recall()).isEqualTo(0.0);
    assertThat(new Prf(0, 0, 3).f1()).isEqualTo(0.0);
    assertThat(Accuracy.NONE.value()).isNaN();
  }
}
