package org.marsad.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.marsad.fuse.TestEvents.TELL_ZAYTUN;
import static org.marsad.fuse.TestEvents.WADI_NOUR;
import static org.marsad.fuse.TestEvents.event;
import static org.marsad.fuse.TestEvents.in;
import static org.marsad.model.EventType.AGREEMENT;
import static org.marsad.model.EventType.ATTACK;
import static org.marsad.model.EventType.MILITARY_BUILDUP;
import static org.marsad.model.EventType.MOVEMENT_RESTRICTION;
import static org.marsad.model.EventType.SIEGE;
import static org.marsad.model.EventType.SUPPLY_DENIAL;
import static org.marsad.model.EventType.THREAT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.BadInputException;
import org.marsad.fuse.EventFuser;
import org.marsad.fuse.FusedEvent;
import org.marsad.fuse.ReportEvent;
import org.marsad.fuse.SourceRef;
import org.marsad.model.Modality;

class StatusTrackerTest {
  private final EventFuser fuser = EventFuser.loadDefault();
  private final StatusTracker tracker = StatusTracker.loadDefault();

  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  @Test
  void anEncirclementWithExemptionsIsPartialAndClosingItMakesItFull() {
    List<FusedEvent> f = fuser.fuse(List.of(
        in("r1", "A", "2021-03-02", event("s", SIEGE).attr("phase", "imposed").on("2021-03-01").build()),
        in("r1", "A", "2021-03-02", event("m", MOVEMENT_RESTRICTION).attr("scope", "partial").attr("exempt", List.of("students")).since("2021-03-01").build()),
        in("r2", "B", "2021-03-06", event("f", SUPPLY_DENIAL).items("flour", "fuel").on("2021-03-05").build()),
        in("r2", "B", "2021-03-06", event("c", MOVEMENT_RESTRICTION).attr("scope", "full").on("2021-03-06").build())));
    List<StatusInterval> tl = tracker.timeline("T1", f);
    assertThat(tl).extracting(StatusInterval::level, StatusInterval::from, StatusInterval::movement, StatusInterval::food, StatusInterval::fuel)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Level.PARTIAL_SIEGE, d("2021-03-01"), "restricted", "unknown", "unknown"),
            org.assertj.core.groups.Tuple.tuple(Level.PARTIAL_SIEGE, d("2021-03-05"), "restricted", "blocked", "blocked"),
            org.assertj.core.groups.Tuple.tuple(Level.FULL_SIEGE, d("2021-03-06"), "closed", "blocked", "blocked"));
    assertThat(tl.get(1).since()).isEqualTo(d("2021-03-01"));
    assertThat(tl.get(1).to()).isEqualTo(d("2021-03-06"));
    assertThat(tl.get(1).daysBesieged()).isEqualTo(5);
    assertThat(tl.get(2).since()).isEqualTo(d("2021-03-06"));
    assertThat(tl.get(2).to()).isNull();
    assertThat(tl.get(2).daysBesieged()).isEqualTo(6);
    assertThat(tl.get(2).sources()).extracting(SourceRef::reportId).containsExactly("r2");
    assertThat(tl.get(2).rules()).contains("movement.closed", "level:full");
  }

  @Test
  void aWarningToldAsHoldingSinceLongAgoLastsFromTheReportThatTellsIt() {
    // "Serb forces have barred all fuel deliveries to the pocket since July", reported on 22 September
    List<FusedEvent> f = fuser.fuse(List.of(
        in("r1", "A", "2021-09-22", event("f", SUPPLY_DENIAL).items("fuel").since("2021-07").build())));
    List<StatusInterval> tl = tracker.timeline("T1", f, d("2021-10-01"));
    assertThat(tl).extracting(StatusInterval::level, StatusInterval::from)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Level.WATCH, d("2021-07-01")));
    assertThat(tl.get(0).to()).isNull();
  }

  @Test
  void roadsClosedSaveForExemptedGroupsAreRestrictedNotClosed() {
    // "أغلقوا الطريق ... ولم تعد الحواجز تسمح بالعبور إلا للموظفين": one act, closed but for some
    List<FusedEvent> f = fuser.fuse(List.of(
        in("r1", "A", "2021-03-02", event("s", SIEGE).attr("phase", "imposed").on("2021-03-01").build()),
        in("r1", "A", "2021-03-02", event("m", MOVEMENT_RESTRICTION).attr("scope", "full").attr("exempt", List.of("government employees")).on("2021-03-01").build()),
        in("r1", "A", "2021-03-02", event("f", SUPPLY_DENIAL).items("flour").on("2021-03-01").build())));
    List<StatusInterval> tl = tracker.timeline("T1", f);
    assertThat(tl).extracting(StatusInterval::level, StatusInterval::movement)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Level.PARTIAL_SIEGE, "restricted"));
  }

  @Test
  void aReportsUndatedConditionsHoldFromTheRecentStartItGivesButNotFromAnOldOne() {
    // "blew up the last bridge on Wednesday, leaving the city encircled; no food or medicine can be brought in"
    List<FusedEvent> f = fuser.fuse(List.of(
        in("r1", "A", "2022-03-24", event("s", SIEGE).attr("phase", "imposed").on("2022-03-23").build()),
        in("r1", "A", "2022-03-24", event("c", MOVEMENT_RESTRICTION).attr("scope", "full").build()),
        in("r1", "A", "2022-03-24", event("f", SUPPLY_DENIAL).items("food", "medicine").build())));
    assertThat(tracker.timeline("T1", f, d("2022-03-30"))).extracting(StatusInterval::level, StatusInterval::from)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Level.FULL_SIEGE, d("2022-03-23")));

    // "besieged since 2013 ... food is blocked": the shortage is the report's news, not the siege's first day
    List<FusedEvent> old = fuser.fuse(List.of(
        in("r1", "A", "2022-03-24", event("s", SIEGE).attr("phase", "imposed").since("2013-01-01").build()),
        in("r1", "A", "2022-03-24", event("c", MOVEMENT_RESTRICTION).attr("scope", "full").build()),
        in("r1", "A", "2022-03-24", event("f", SUPPLY_DENIAL).items("food", "medicine").build())));
    assertThat(tracker.timeline("T1", old, d("2022-03-30"))).extracting(StatusInterval::level, StatusInterval::from)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Level.PARTIAL_SIEGE, d("2013-01-01")),
            org.assertj.core.groups.Tuple.tuple(Level.FULL_SIEGE, d("2022-03-24")));

    // another report's start does not date this report's shortage
    List<FusedEvent> other = fuser.fuse(List.of(
        in("r1", "A", "2022-03-24", event("s", SIEGE).attr("phase", "imposed").on("2022-03-23").build()),
        in("r2", "B", "2022-03-25", event("c", MOVEMENT_RESTRICTION).attr("scope", "full").build()),
        in("r2", "B", "2022-03-25", event("f", SUPPLY_DENIAL).items("food", "medicine").build())));
    assertThat(tracker.timeline("T1", other, d("2022-03-30"))).extracting(StatusInterval::level, StatusInterval::from)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Level.PARTIAL_SIEGE, d("2022-03-23")),
            org.assertj.core.groups.Tuple.tuple(Level.FULL_SIEGE, d("2022-03-25")));
  }

  @Test
  void staplesKeptOutAreFoodBlocked() {
    List<FusedEvent> f = fuser.fuse(List.of(
        in("r1", "A", "2024-02-08", event("c", MOVEMENT_RESTRICTION).attr("scope", "full").since("2024-02-04").build()),
        in("r1", "A", "2024-02-08", event("f", SUPPLY_DENIAL).items("sorghum", "sugar").since("2024-02-04").build())));
    assertThat(tracker.timeline("T1", f, d("2024-02-10"))).extracting(StatusInterval::level, StatusInterval::food)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Level.PARTIAL_SIEGE, "blocked"));
  }

  @Test
  void anAgreementLiftsTheSiegeAndTheLiftFadesAfterAMonth() {
    List<FusedEvent> f = fuser.fuse(List.of(
        in("r1", "A", "2021-03-02", event("s", SIEGE).attr("phase", "imposed").on("2021-03-01").build()),
        in("r1", "A", "2021-03-02", event("f", SUPPLY_DENIAL).items("food", "medicine").since("2021-03-01").build()),
        in("r1", "A", "2021-03-02", event("c", MOVEMENT_RESTRICTION).attr("scope", "full").on("2021-03-02").build()),
        in("r2", "B", "2021-03-21", event("a", AGREEMENT).on("2021-03-20").build())));
    List<StatusInterval> tl = tracker.timeline("T1", f, d("2021-05-01"));
    assertThat(tl).extracting(StatusInterval::level)
        .containsExactly(Level.PARTIAL_SIEGE, Level.FULL_SIEGE, Level.LIFTED, Level.NONE);
    StatusInterval lifted = tl.get(2);
    assertThat(lifted.from()).isEqualTo(d("2021-03-20"));
    assertThat(lifted.to()).isEqualTo(d("2021-04-19"));
    assertThat(lifted.movement()).isEqualTo("open");
    assertThat(lifted.daysBesieged()).isZero();
    assertThat(tl.get(1).daysBesieged()).isEqualTo(19); // 1 to 19 March

    assertThat(tracker.asOf(d("2021-03-25"), f)).singleElement()
        .satisfies(c -> {
          assertThat(c.level()).isEqualTo(Level.LIFTED);
          assertThat(c.since()).isEqualTo(d("2021-03-20"));
          assertThat(c.place().name()).isEqualTo("Tell Zaytun");
          assertThat(c.place().nameAr()).isEqualTo("تل الزيتون");
        });
    assertThat(tracker.asOf(d("2021-05-01"), f)).isEmpty();
    assertThat(tracker.asOf(d("2021-03-10"), f)).singleElement()
        .extracting(CommunityStatus::level, CommunityStatus::movement, CommunityStatus::food, CommunityStatus::daysBesieged)
        .containsExactly(Level.FULL_SIEGE, "closed", "blocked", 10);
  }

  @Test
  void aLiftingStandsAgainstLaterWarningsButNotAgainstANewClosure() {
    List<FusedEvent> f = fuser.fuse(List.of(
        in("r1", "A", "2021-03-02", event("s", SIEGE).attr("phase", "imposed").on("2021-03-01").build()),
        in("r2", "B", "2021-03-21", event("l", SIEGE).attr("phase", "lifted").on("2021-03-20").build()),
        in("r3", "C", "2021-03-25", event("b", MILITARY_BUILDUP).on("2021-03-25").build()),
        in("r3", "C", "2021-03-25", event("t", THREAT).on("2021-03-25").by("Army").build())));
    assertThat(tracker.timeline("T1", f, d("2021-04-10"))).extracting(StatusInterval::level)
        .containsExactly(Level.PARTIAL_SIEGE, Level.LIFTED);

    List<FusedEvent> closed = new ArrayList<>(f);
    closed.addAll(fuser.fuse(List.of(
        in("r4", "D", "2021-04-01", event("c", MOVEMENT_RESTRICTION).attr("scope", "full").on("2021-04-01").build()))));
    assertThat(tracker.timeline("T1", closed, d("2021-04-10"))).extracting(StatusInterval::level)
        .containsExactly(Level.PARTIAL_SIEGE, Level.LIFTED, Level.WATCH);
  }

  @Test
  void aSiegeBrokenNearATownEndsItsSiegeButNeverStartsOne() {
    var nearTown = new org.marsad.model.Place("T1", "Tell Zaytun", "تل الزيتون", "SY", null, null, 33.3, 36.2, 2, null);
    List<FusedEvent> f = fuser.fuse(List.of(
        in("r1", "A", "2022-03-02", event("s", SIEGE).attr("phase", "imposed").on("2022-03-01").build()),
        in("r2", "B", "2022-03-31", event("l", SIEGE).attr("phase", "lifted").on("2022-03-31").at(nearTown).build())));
    assertThat(tracker.timeline("T1", f, d("2022-04-05"))).extracting(StatusInterval::level, StatusInterval::from)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Level.PARTIAL_SIEGE, d("2022-03-01")),
            org.assertj.core.groups.Tuple.tuple(Level.LIFTED, d("2022-03-31")));

    List<FusedEvent> onlyNear = fuser.fuse(List.of(
        in("r2", "B", "2022-03-31", event("l", SIEGE).attr("phase", "lifted").on("2022-03-31").at(nearTown).build())));
    assertThat(tracker.timeline("T1", onlyNear, d("2022-04-05"))).isEmpty();
    assertThat(tracker.asOf(d("2022-04-01"), onlyNear)).isEmpty();
  }

  @Test
  void aBuildUpAroundATownPutsItOnWatchButASiegeNearItDoesNotBesiegeIt() {
    var nearTown = new org.marsad.model.Place("T1", "Tell Zaytun", "تل الزيتون", "SY", null, null, 33.3, 36.2, 2, null);
    List<FusedEvent> f = fuser.fuse(List.of(
        in("r0", "A", "2022-03-01", event("t0", THREAT).on("2022-03-01").by("Army").build()),
        in("r1", "A", "2022-04-02", event("b", MILITARY_BUILDUP).on("2022-04-02").at(nearTown).build()),
        in("r2", "B", "2022-04-03", event("s", SIEGE).attr("phase", "imposed").on("2022-04-03").at(nearTown).build())));
    assertThat(tracker.timeline("T1", f, d("2022-04-05"))).extracting(StatusInterval::level, StatusInterval::from)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Level.WATCH, d("2022-03-01")),
            org.assertj.core.groups.Tuple.tuple(Level.NONE, d("2022-03-31")),
            org.assertj.core.groups.Tuple.tuple(Level.WATCH, d("2022-04-02")));
  }

  @Test
  void threatsAndBuildUpsPutAPlaceOnWatchForAMonth() {
    List<FusedEvent> f = fuser.fuse(List.of(
        in("r1", "A", "2021-05-10", event("t", THREAT).on("2021-05-10").by("Army").build()),
        in("r2", "B", "2021-05-12", event("b", MILITARY_BUILDUP).on("2021-05-12").build())));
    assertThat(tracker.asOf(d("2021-05-11"), f)).singleElement()
        .extracting(CommunityStatus::level, CommunityStatus::since, CommunityStatus::independentSources)
        .containsExactly(Level.WATCH, d("2021-05-10"), 1);
    assertThat(tracker.asOf(d("2021-06-05"), f)).singleElement()
        .extracting(CommunityStatus::level, CommunityStatus::independentSources)
        .containsExactly(Level.WATCH, 2);
    assertThat(tracker.asOf(d("2021-06-11"), f)).isEmpty(); // the build-up of the 12th expired on 11 June
  }

  @Test
  void historicalThreatenedAndFearedEventsDoNotRaiseStatus() {
    List<FusedEvent> f = fuser.fuse(List.of(
        in("r1", "A", "2021-05-10", event("h", SIEGE).attr("phase", "imposed").on("2018").historical().build()),
        in("r1", "A", "2021-05-10", event("x", ATTACK).attr("subtype", "storming").modality(Modality.FEARED).build()),
        in("r2", "B", "2021-05-10", event("y", SIEGE).attr("phase", "imposed").modality(Modality.THREATENED).build()),
        in("r2", "B", "2021-05-10", event("z", SUPPLY_DENIAL).items("food").modality(Modality.DENIED).on("2021-05-09").build())));
    assertThat(f).hasSize(4);
    assertThat(tracker.timeline("T1", f, d("2021-05-10"))).isEmpty();
    assertThat(tracker.asOf(d("2021-05-10"), f)).isEmpty();
  }

  @Test
  void disagreeingStartsGiveTheEarlierStartAndNameBothSources() {
    List<FusedEvent> f = fuser.fuse(List.of(
        in("rA", "Outlet A", "2020-09-30", event("a", SIEGE).attr("phase", "imposed").since("2020-09-21").build()),
        in("rB", "Outlet B", "2020-09-29", event("b", SIEGE).attr("phase", "imposed").since("2020-09-25").build())));
    CommunityStatus c = tracker.asOf(d("2020-09-30"), f).get(0);
    assertThat(c.level()).isEqualTo(Level.PARTIAL_SIEGE);
    assertThat(c.since()).isEqualTo(d("2020-09-21"));
    assertThat(c.daysBesieged()).isEqualTo(10);
    assertThat(c.independentSources()).isEqualTo(2);
    assertThat(c.disagreements()).containsExactly("siege (imposed) date: 2020-09-21 per Outlet A; 2020-09-25 per Outlet B");
  }

  @Test
  void syndicatedCopiesCountOnceInAStatus() {
    var siege = event("s", SIEGE).attr("phase", "imposed").on("2020-09-25").build();
    var food = event("f", SUPPLY_DENIAL).items("food").on("2020-09-26").build();
    List<ReportEvent> in = List.of(
        in("r1", "A", "2020-09-27", siege, "r1", null), in("r1", "A", "2020-09-27", food, "r1", null),
        in("r2", "C", "2020-09-27", siege, "r1", null), in("r2", "C", "2020-09-27", food, "r1", null));
    CommunityStatus c = tracker.asOf(d("2020-09-27"), fuser.fuse(in)).get(0);
    assertThat(c.sources()).hasSize(4);
    assertThat(c.independentSources()).isEqualTo(1);
  }

  @Test
  void eachCommunityKeepsItsOwnStatus() {
    List<FusedEvent> f = fuser.fuse(List.of(
        in("r1", "A", "2021-03-02", event("s", SIEGE).attr("phase", "imposed").on("2021-03-01").build()),
        in("r1", "A", "2021-03-02", event("t", THREAT).on("2021-03-02").at(WADI_NOUR).build()),
        in("r1", "A", "2021-03-02", event("k", ATTACK).attr("subtype", "air strike").on("2021-03-02").at(WADI_NOUR).build()),
        in("r2", "B", "2021-03-03", event("k", ATTACK).attr("subtype", "shelling").on("2021-03-03").at(WADI_NOUR).build())));
    List<CommunityStatus> all = tracker.asOf(d("2021-03-03"), f);
    assertThat(all).extracting(c -> c.place().id(), CommunityStatus::level, CommunityStatus::attacksLast7Days)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("T1", Level.PARTIAL_SIEGE, 0),
            org.assertj.core.groups.Tuple.tuple("W2", Level.WATCH, 2));
    assertThat(tracker.timeline("T1", f)).hasSize(1);
  }

  @Test
  void aRegionIsNotACommunity() {
    var region = new org.marsad.model.Place("R1", "Some Governorate", null, "YE", "Some Governorate", null, 15.0, 45.0, 3, null);
    List<FusedEvent> f = fuser.fuse(List.of(
        in("r1", "A", "2015-08-03", event("s", SIEGE).attr("phase", "continued").at(region).build())));
    assertThat(tracker.timeline("R1", f)).isEmpty();
    assertThat(tracker.asOf(d("2015-08-03"), f)).isEmpty();
  }

  @Test
  void anEnclaveRegionBesiegedAsAWholeHasATimelineButNotForItsAttacks() {
    var gaza = new org.marsad.model.Place("ps.gaza-strip", "Gaza Strip", "قطاع غزة", "PS", null, null, 31.42, 34.37, 3, null);
    List<FusedEvent> f = fuser.fuse(List.of(
        in("r1", "A", "2023-10-12", event("s", SIEGE).attr("phase", "imposed").on("2023-10-12").at(gaza).build()),
        in("r2", "B", "2023-10-13", event("k", ATTACK).attr("subtype", "air strike").on("2023-10-13").at(gaza).build())));
    assertThat(tracker.timeline("ps.gaza-strip", f)).singleElement()
        .extracting(StatusInterval::from, StatusInterval::level)
        .containsExactly(d("2023-10-12"), Level.PARTIAL_SIEGE);
    assertThat(tracker.asOf(d("2023-10-13"), f)).singleElement()
        .extracting(CommunityStatus::attacksLast7Days).isEqualTo(0);
    assertThat(tracker.mayHaveTimeline(gaza)).isTrue();
    assertThat(new StatusTracker(StatusRules.loadDefault()).timeline("ps.gaza-strip", f)).isEmpty();
  }

  @Test
  void aDenialChangesNoLevelButStandsBesideTheSiegeAsADisagreement() {
    List<FusedEvent> f = fuser.fuse(List.of(
        in("r1", "A", "2021-03-02", event("s", SIEGE).attr("phase", "imposed").by("Army").on("2021-03-01").build()),
        in("r2", "B", "2021-03-05", event("d", SIEGE).attr("phase", "imposed").by("Army").modality(Modality.DENIED)
            .on("2021-03-05").build())));
    List<StatusInterval> tl = tracker.timeline("T1", f);
    assertThat(tl).singleElement().extracting(StatusInterval::level).isEqualTo(Level.PARTIAL_SIEGE);
    assertThat(tl.get(0).disagreements()).singleElement().asString()
        .contains("Army deny the siege (imposed)").contains("B 2021-03-05");
  }

  @Test
  void undatedEventsTakeTheirReportsPublicationDate() {
    List<FusedEvent> f = fuser.fuse(List.of(
        in("r1", "A", "2021-07-04", event("s", SIEGE).attr("phase", "continued").build())));
    assertThat(tracker.timeline("T1", f)).singleElement()
        .extracting(StatusInterval::from, StatusInterval::level)
        .containsExactly(d("2021-07-04"), Level.PARTIAL_SIEGE);
  }

  @Test
  void timelinesDoNotDependOnEventOrder() {
    List<FusedEvent> f = new ArrayList<>(fuser.fuse(List.of(
        in("r1", "A", "2021-03-02", event("s", SIEGE).attr("phase", "imposed").on("2021-03-01").build()),
        in("r1", "A", "2021-03-02", event("f", SUPPLY_DENIAL).items("medicine").since("2021-03-01").build()),
        in("r2", "B", "2021-03-04", event("c", MOVEMENT_RESTRICTION).attr("scope", "full").on("2021-03-04").build()),
        in("r2", "B", "2021-03-04", event("t", THREAT).on("2021-03-04").build()),
        in("r3", "C", "2021-03-15", event("e", SIEGE).attr("phase", "eased").on("2021-03-14").build()),
        in("r3", "C", "2021-03-15", event("l", SIEGE).attr("phase", "lifted").on("2021-03-15").build()))));
    List<StatusInterval> expected = tracker.timeline("T1", f);
    assertThat(expected).extracting(StatusInterval::level)
        .containsExactly(Level.PARTIAL_SIEGE, Level.FULL_SIEGE, Level.PARTIAL_SIEGE, Level.LIFTED);
    Random random = new Random(7L);
    for (int i = 0; i < 20; i++) {
      Collections.shuffle(f, random);
      assertThat(tracker.timeline("T1", f)).isEqualTo(expected);
    }
  }

  @Test
  void rulesAreDataAndBadLinesAreNamed() {
    StatusRules r = StatusRules.loadDefault();
    assertThat(r.effects()).extracting(StatusRules.Effect::id).contains("siege.on", "supply.food", "agreement.lift");
    assertThat(r.levels().get(r.levels().size() - 1).level()).isEqualTo(Level.NONE);
    assertThatThrownBy(() -> StatusRules.parse("level\tx\tHALF_SIEGE\t*\n"))
        .isInstanceOf(BadInputException.class).hasMessageContaining(":1:").hasMessageContaining("HALF_SIEGE");
    assertThatThrownBy(() -> StatusRules.parse("level\tx\tWATCH\twatch=yes\n"))
        .isInstanceOf(BadInputException.class).hasMessageContaining("catch-all");
    assertThatThrownBy(() -> StatusRules.parse("effect\tt\tTHREAT\t*\t*\twatch=yes/30\nlevel\tn\tNONE\t*\n"))
        .isInstanceOf(BadInputException.class).hasMessageContaining("30d");
    // A rule set of our own: a threat alone is enough for a partial siege.
    StatusTracker strict = new StatusTracker(StatusRules.parse(
        "effect\tt\tTHREAT\t*\t*\tencircled=yes\nlevel\tp\tPARTIAL_SIEGE\tencircled=yes\nlevel\tn\tNONE\t*\n"));
    List<FusedEvent> f = fuser.fuse(List.of(in("r1", "A", "2021-05-10", event("t", THREAT).on("2021-05-10").at(TELL_ZAYTUN).build())));
    assertThat(strict.timeline("T1", f)).extracting(StatusInterval::level).containsExactly(Level.PARTIAL_SIEGE);
  }
}
