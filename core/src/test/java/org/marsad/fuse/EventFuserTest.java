package org.marsad.fuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.marsad.fuse.TestEvents.TELL_ZAYTUN;
import static org.marsad.fuse.TestEvents.WADI_NOUR;
import static org.marsad.fuse.TestEvents.ZAYTUN_FARMS;
import static org.marsad.fuse.TestEvents.event;
import static org.marsad.fuse.TestEvents.in;
import static org.marsad.model.EventType.ATTACK;
import static org.marsad.model.EventType.MOVEMENT_RESTRICTION;
import static org.marsad.model.EventType.SIEGE;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.BadInputException;
import org.marsad.model.Modality;

class EventFuserTest {
  private final EventFuser fuser = EventFuser.loadDefault();

  @Test
  void theSameSiegeFromTwoOutletsIsOneEventWithTwoSources() {
    List<FusedEvent> f = fuser.fuse(List.of(
        in("rA", "Outlet A", "2020-09-26", event("e1", SIEGE).attr("phase", "imposed").since("2020-09-25").by("Army").build()),
        in("rB", "Outlet B", "2020-09-27", event("e7", SIEGE).attr("phase", "imposed").on("2020-09-25").by("Army").build())));
    assertThat(f).hasSize(1);
    FusedEvent s = f.get(0);
    assertThat(s.sources()).extracting(SourceRef::reportId).containsExactly("rA", "rB");
    assertThat(s.independentSources()).isEqualTo(2);
    assertThat(s.date()).isEqualTo("2020-09-25");
    assertThat(s.dateKind()).isEqualTo("since");
    assertThat(s.disagreements()).isEmpty();
    assertThat(s.alerting()).isTrue();
    assertThat(s.id()).startsWith("F").hasSize(17);
  }

  @Test
  void aSyndicatedCopyCountsAsOneSource() {
    var siege = event("e1", SIEGE).attr("phase", "imposed").on("2020-09-25").build();
    List<FusedEvent> grouped = fuser.fuse(List.of(
        in("rA", "Outlet A", "2020-09-26", siege, "rA", null),
        in("rA2", "Outlet C", "2020-09-26", siege, "rA", null),
        in("rB", "Outlet B", "2020-09-27", siege)));
    assertThat(grouped).hasSize(1);
    assertThat(grouped.get(0).sources()).hasSize(3);
    assertThat(grouped.get(0).independentSources()).isEqualTo(2);

    // Without a syndication group: the same outlet with the same evidence words is one source.
    List<FusedEvent> sameWords = fuser.fuse(List.of(
        in("r1", "Outlet A", "2020-09-26", siege, null, "طوقت القوات البلدة"),
        in("r2", "Outlet A", "2020-09-27", siege, null, "طوّقت القوات البلدة "),
        in("r3", "Outlet A", "2020-09-27", siege, null, "فرضت القوات حصارا على البلدة")));
    assertThat(sameWords.get(0).independentSources()).isEqualTo(2);
  }

  @Test
  void oneReportNamingThePlaceInItsOwnSentenceIsEnough() {
    // Alphabetical or majority order would let "context" win; status rules need to know that
    // some report's own sentence names the besieged place.
    for (String first : List.of("context", "sentence")) {
      String second = first.equals("context") ? "sentence" : "context";
      List<FusedEvent> f = fuser.fuse(List.of(
          in("rA", "Outlet A", "2024-05-12", event("e1", SIEGE).attr("phase", "imposed").attr("place_basis", first).on("2024-05-12").build()),
          in("rB", "Outlet B", "2024-06-02", event("e2", SIEGE).attr("phase", "imposed").attr("place_basis", second).on("2024-05-12").build()),
          in("rC", "Outlet C", "2024-06-03", event("e3", SIEGE).attr("phase", "imposed").attr("place_basis", "context").on("2024-05-12").build())));
      assertThat(f).hasSize(1);
      assertThat(f.get(0).attribute("place_basis")).isEqualTo("sentence");
      assertThat(f.get(0).disagreements()).isEmpty();
    }
  }

  @Test
  void disagreeingStartDatesAreKeptWithTheirSources() {
    List<FusedEvent> f = fuser.fuse(List.of(
        in("rA", "Outlet A", "2020-09-30", event("a", SIEGE).attr("phase", "imposed").since("2020-09-21").build()),
        in("rB", "Outlet B", "2020-09-29", event("b", SIEGE).attr("phase", "imposed").since("2020-09-25").build())));
    assertThat(f).hasSize(1);
    FusedEvent s = f.get(0);
    assertThat(s.dates()).extracting(Claim::value).containsExactly("2020-09-21", "2020-09-25");
    assertThat(s.dates().get(0).outlets()).isEqualTo("Outlet A");
    assertThat(s.dates().get(1).outlets()).isEqualTo("Outlet B");
    assertThat(s.disagreements()).containsExactly("siege (imposed) date: 2020-09-21 per Outlet A; 2020-09-25 per Outlet B");
  }

  @Test
  void aMonthAndADayInItToldOnceEachGiveTheDay() {
    List<FusedEvent> f = fuser.fuse(List.of(
        in("rA", "Outlet A", "2024-07-03", event("a", SIEGE).attr("phase", "eased").on("2024-06").build()),
        in("rB", "Outlet B", "2024-06-13", event("b", SIEGE).attr("phase", "eased").on("2024-06-13").build())));
    assertThat(f).hasSize(1);
    assertThat(f.get(0).date()).isEqualTo("2024-06-13");
    assertThat(f.get(0).dates()).extracting(Claim::value).containsExactly("2024-06-13", "2024-06");
  }

  @Test
  void aDayInsideAMonthWinsEvenAgainstMoreSourcesForTheMonth() {
    List<FusedEvent> f = fuser.fuse(List.of(
        in("rA", "Outlet A", "2015-07-21", event("a", SIEGE).attr("phase", "imposed").since("2015-07-15").build()),
        in("rB", "Outlet B", "2016-01-05", event("b", SIEGE).attr("phase", "imposed").since("2015-07").build()),
        in("rC", "Outlet C", "2016-02-01", event("c", SIEGE).attr("phase", "imposed").since("2015-07").build())));
    assertThat(f).hasSize(1);
    assertThat(f.get(0).date()).isEqualTo("2015-07-15");
  }

  @Test
  void countsAndActorsThatDisagreeAreNotAveraged() {
    List<FusedEvent> f = fuser.fuse(List.of(
        in("rA", "Outlet A", "2020-10-02", event("a", ATTACK).attr("subtype", "shelling").attr("fatalities", 3).on("2020-10-01").by("Army").build()),
        in("rB", "Outlet B", "2020-10-02", event("b", ATTACK).attr("subtype", "Shelling").attr("fatalities", 5L).on("2020-10-01").by("Militia").build()),
        in("rC", "Outlet C", "2020-10-03", event("c", ATTACK).attr("fatalities", 5).on("2020-10-01").build())));
    assertThat(f).hasSize(1);
    FusedEvent a = f.get(0);
    assertThat(a.attributes().get("fatalities")).extracting(Claim::value).containsExactly(5L, 3L);
    assertThat(a.attributes().get("fatalities").get(0).independentSources()).isEqualTo(2);
    assertThat(a.actor1()).extracting(Claim::value).containsExactly("Army", "Militia");
    assertThat(a.disagreements()).contains(
        "attack (shelling) actor1: Army per Outlet A; Militia per Outlet B",
        "attack (shelling) fatalities: 5 per Outlet B, Outlet C; 3 per Outlet A");
  }

  @Test
  void eventsElsewhereAreNotMixedButNearbyEntriesAre() {
    var d = "2020-09-25";
    List<FusedEvent> f = fuser.fuse(List.of(
        in("rA", "A", "2020-09-26", event("a", SIEGE).attr("phase", "imposed").on(d).build()),
        in("rB", "B", "2020-09-26", event("b", SIEGE).attr("phase", "imposed").on(d).at(WADI_NOUR).build()),
        in("rC", "C", "2020-09-26", event("c", SIEGE).attr("phase", "imposed").on(d).at(ZAYTUN_FARMS).build())));
    assertThat(f).hasSize(2);
    FusedEvent zaytun = f.stream().filter(x -> x.members().size() == 2).findFirst().orElseThrow();
    assertThat(zaytun.places()).extracting(Claim::value).containsExactly("T1", "T1F");
    assertThat(zaytun.place().id()).isEqualTo("T1");
  }

  @Test
  void differentPhasesScopesTypesAndReportsStayApart() {
    List<FusedEvent> f = fuser.fuse(List.of(
        in("rA", "A", "2020-09-29", event("a1", SIEGE).attr("phase", "imposed").since("2020-09-25").build()),
        in("rA", "A", "2020-09-29", event("a2", SIEGE).attr("phase", "tightened").on("2020-09-29").build()),
        in("rB", "B", "2020-09-29", event("b1", SIEGE).attr("phase", "tightened").on("2020-09-29").build()),
        in("rB", "B", "2020-09-29", event("b2", SIEGE).attr("phase", "tightened").on("2020-09-28").build()),
        in("rA", "A", "2020-09-29", event("a3", MOVEMENT_RESTRICTION).attr("scope", "full").on("2020-09-29").build()),
        in("rB", "B", "2020-09-29", event("b3", MOVEMENT_RESTRICTION).attr("scope", "partial").on("2020-09-29").build())));
    // a1 alone; a2 with one of b1/b2 (never both: one report); the other alone; a3 and b3 apart.
    assertThat(f).hasSize(5);
    assertThat(f).filteredOn(x -> x.members().size() == 2).hasSize(1);
  }

  @Test
  void aClosureWithExemptionsAndALaterOneWithoutAreTwoStages() {
    // "lets only students through" (report A), then "all entrances closed since Monday" (report B): the second
    // closure is no restatement of the first, though their since-dates lie within the window
    List<FusedEvent> f = fuser.fuse(List.of(
        in("rA", "A", "2020-09-26", event("a1", MOVEMENT_RESTRICTION).attr("scope", "full").attr("exempt", List.of("students"))
            .since("2020-09-24").build()),
        in("rB", "B", "2020-09-30", event("b1", MOVEMENT_RESTRICTION).attr("scope", "full").since("2020-09-28").build())));
    assertThat(f).hasSize(2);
    // two outlets both telling the exemption stay one closure
    assertThat(fuser.fuse(List.of(
        in("rA", "A", "2020-09-26", event("a1", MOVEMENT_RESTRICTION).attr("scope", "full").attr("exempt", List.of("students"))
            .since("2020-09-24").build()),
        in("rC", "C", "2020-09-27", event("c1", MOVEMENT_RESTRICTION).attr("scope", "full").attr("exempt", List.of("students"))
            .since("2020-09-24").build())))).hasSize(1);
  }

  @Test
  void singleHappeningsDoNotChainAcrossDays() {
    List<FusedEvent> f = fuser.fuse(List.of(
        in("r1", "A", "2020-10-04", event("x", ATTACK).attr("subtype", "shelling").on("2020-10-01").build()),
        in("r2", "B", "2020-10-04", event("x", ATTACK).attr("subtype", "shelling").on("2020-10-02").build()),
        in("r3", "C", "2020-10-04", event("x", ATTACK).attr("subtype", "shelling").on("2020-10-03").build())));
    assertThat(f).hasSize(2);
    assertThat(f.get(0).members()).extracting(ReportEvent::reportId).containsExactly("r1", "r2");
  }

  @Test
  void undatedEventsFuseWithinTheirReportsPublicationWindow() {
    var dated = in("r1", "A", "2020-09-28", event("a", SIEGE).attr("phase", "continued").on("2020-09-27").build());
    var recent = in("r2", "B", "2020-09-29", event("b", SIEGE).attr("phase", "continued").build());
    var later = in("r3", "C", "2020-11-30", event("c", SIEGE).attr("phase", "continued").build());
    var unknown = in("r4", "D", null, event("d", SIEGE).attr("phase", "continued").build());
    List<FusedEvent> f = fuser.fuse(List.of(dated, recent, later, unknown));
    assertThat(f).hasSize(3);
    assertThat(f.get(0).members()).extracting(ReportEvent::reportId).containsExactly("r1", "r2");
    assertThat(f.get(0).dates()).extracting(Claim::value).containsExactly("2020-09-27");
  }

  @Test
  void fearedAndHistoricalEventsAreKeptApartAndFlagged() {
    List<FusedEvent> f = fuser.fuse(List.of(
        in("r1", "A", "2020-09-29", event("a", ATTACK).attr("subtype", "storming").modality(Modality.FEARED).build()),
        in("r2", "B", "2020-09-29", event("b", ATTACK).attr("subtype", "storming").on("2020-09-29").build()),
        in("r3", "C", "2020-09-29", event("c", SIEGE).attr("phase", "imposed").on("2018").historical().build()),
        in("r4", "D", "2020-09-30", event("d", SIEGE).attr("phase", "imposed").on("2018").historical().build())));
    assertThat(f).hasSize(3);
    assertThat(f).filteredOn(FusedEvent::alerting).hasSize(1);
    FusedEvent old = f.stream().filter(FusedEvent::historical).findFirst().orElseThrow();
    assertThat(old.members()).hasSize(2);
    assertThat(old.alerting()).isFalse();
  }

  @Test
  void outputDoesNotDependOnInputOrder() {
    List<ReportEvent> in = new ArrayList<>();
    String[] outlets = {"A", "B", "C", "D"};
    for (int r = 0; r < 4; r++) {
      String rep = "r" + r;
      in.add(in(rep, outlets[r], "2020-09-" + (26 + r), event("s", SIEGE).attr("phase", "imposed").since("2020-09-2" + (1 + 2 * r)).build()));
      in.add(in(rep, outlets[r], "2020-09-" + (26 + r), event("m", MOVEMENT_RESTRICTION).attr("scope", r % 2 == 0 ? "full" : "partial").on("2020-09-25").build()));
      in.add(in(rep, outlets[r], "2020-09-" + (26 + r), event("k", ATTACK).attr("fatalities", r).on("2020-09-2" + (4 + r)).at(r == 3 ? WADI_NOUR : TELL_ZAYTUN).build()));
    }
    List<FusedEvent> expected = fuser.fuse(in);
    Random random = new Random(20200929L);
    for (int i = 0; i < 25; i++) {
      List<ReportEvent> shuffled = new ArrayList<>(in);
      Collections.shuffle(shuffled, random);
      if (i % 5 == 0) {
        shuffled.add(shuffled.get(0)); // the same report event twice is one event
      }
      assertThat(fuser.fuse(shuffled)).isEqualTo(expected);
    }
  }

  @Test
  void badRulesNameTheirLine() {
    assertThatThrownBy(() -> FusionRules.parse("# x\ntype\tSEIGE\t7\tphase\n"))
        .isInstanceOf(BadInputException.class).hasMessageContaining(":2:").hasMessageContaining("SEIGE");
    assertThat(FusionRules.parse("setting\tplace_km\t2\n").window(SIEGE)).isEqualTo(1);
  }

  @Test
  void dateRangesFollowPrecision() {
    assertThat(DateRanges.of("2020-09-25", 1)).isEqualTo(new DateRanges.Range(java.time.LocalDate.of(2020, 9, 25), java.time.LocalDate.of(2020, 9, 25)));
    assertThat(DateRanges.of("2020-09-25", 2).start()).isEqualTo(java.time.LocalDate.of(2020, 9, 22));
    assertThat(DateRanges.of("2020-09", 3).end()).isEqualTo(java.time.LocalDate.of(2020, 9, 30));
    assertThat(DateRanges.of("2018", 3).start()).isEqualTo(java.time.LocalDate.of(2018, 1, 1));
    assertThat(DateRanges.of("2020-W39", 2).start()).isEqualTo(java.time.LocalDate.of(2020, 9, 21));
    assertThat(DateRanges.of("last Friday", 1)).isNull();
    assertThat(DateRanges.of("2020-13-45", 1)).isNull();
  }
}
