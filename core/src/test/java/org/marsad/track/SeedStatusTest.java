package org.marsad.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.marsad.fuse.TestEvents.event;
import static org.marsad.model.EventType.AGREEMENT;
import static org.marsad.model.EventType.ARREST;
import static org.marsad.model.EventType.ATTACK;
import static org.marsad.model.EventType.CONTROL_CHANGE;
import static org.marsad.model.EventType.DEMAND;
import static org.marsad.model.EventType.DISPLACEMENT;
import static org.marsad.model.EventType.HUMANITARIAN_CONDITION;
import static org.marsad.model.EventType.MILITARY_BUILDUP;
import static org.marsad.model.EventType.MOVEMENT_RESTRICTION;
import static org.marsad.model.EventType.NEGOTIATION;
import static org.marsad.model.EventType.PROTEST;
import static org.marsad.model.EventType.SIEGE;
import static org.marsad.model.EventType.SUPPLY_DENIAL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.fuse.EventFuser;
import org.marsad.fuse.FusedEvent;
import org.marsad.fuse.ReportEvent;
import org.marsad.fuse.TestEvents;
import org.marsad.model.Event;
import org.marsad.model.Modality;
import org.marsad.model.Place;

/**
 * The seed report's gold events (kanaker-2020-09-29), written out by hand, must give the gold's
 * status: PARTIAL_SIEGE from 2020-09-25, FULL_SIEGE from 2020-09-29, by the general rules.
 */
class SeedStatusTest {
  static final Place KANAKER = TestEvents.place("kanaker", "Kanaker", "كناكر", 33.27, 36.10);
  static final String GOV = "Syrian Government Forces";

  static List<Event> goldEvents() {
    return List.of(
        event("E1", SIEGE).attr("phase", "tightened").on("2020-09-29").at(KANAKER).by(GOV).build(),
        event("E2", SIEGE).attr("phase", "imposed").on("2020-09-25").at(KANAKER).by(GOV).build(),
        event("E3", MOVEMENT_RESTRICTION).attr("scope", "full").on("2020-09-29").at(KANAKER).by(GOV).build(),
        event("E4", MILITARY_BUILDUP).on("2020-09-29").at(KANAKER).by("Pro-Government Militias").build(),
        event("E5", MOVEMENT_RESTRICTION).attr("scope", "partial").attr("exempt", List.of("government employees"))
            .since("2020-09-25").at(KANAKER).by(GOV).build(),
        event("E6", DEMAND).attr("quantity", Map.of("value", 200, "approximate", true, "of", "people to settle")).at(KANAKER).by(GOV).build(),
        event("E7", AGREEMENT).on("2018").historical().at(KANAKER).by(GOV).build(),
        event("E8", ATTACK).attr("subtype", "storming").modality(Modality.FEARED).at(KANAKER).by(GOV).build(),
        event("E9", SUPPLY_DENIAL).items("basic goods", "food", "medicine").since("2020-09-25").at(KANAKER).by(GOV).build(),
        event("E10", HUMANITARIAN_CONDITION).items("shops closed", "vegetables", "bread").at(KANAKER).build(),
        event("E11", PROTEST).attr("forms", List.of("demonstration", "road blocking", "burning images")).at(KANAKER).by("Residents of Kanaker").build(),
        event("E12", NEGOTIATION).attr("outcome", "refused").at(KANAKER).by("Military Security").build(),
        event("E13", ARREST).attr("detail", "flying checkpoint").at(KANAKER).by("Air Force Intelligence").build(),
        event("E14", CONTROL_CHANGE).on("2018").historical().at(KANAKER).by(GOV).build(),
        event("E15", DISPLACEMENT).attr("destination", "Northern Syria").on("2018").historical().at(KANAKER).by(GOV).build(),
        event("O1", NEGOTIATION).attr("outcome", "refused").at(KANAKER).by("Wanted Persons").build(),
        event("O2", ATTACK).on("2018").historical().at(KANAKER).build());
  }

  static List<ReportEvent> report(String reportId, String outlet, String published) {
    List<ReportEvent> out = new ArrayList<>();
    for (Event e : goldEvents()) {
      out.add(TestEvents.in(reportId, outlet, published, e));
    }
    return out;
  }

  @Test
  void theSeedGivesPartialThenFullSiege() {
    List<FusedEvent> fused = EventFuser.loadDefault().fuse(report("seed", "العربي الجديد", "2020-09-29"));
    List<StatusInterval> tl = StatusTracker.loadDefault().timeline("kanaker", fused);
    assertThat(tl)
        .extracting(StatusInterval::from, StatusInterval::level, StatusInterval::movement, StatusInterval::food, StatusInterval::medicine)
        .containsExactly(
            tuple(LocalDate.of(2020, 9, 25), Level.PARTIAL_SIEGE, "restricted", "blocked", "blocked"),
            tuple(LocalDate.of(2020, 9, 29), Level.FULL_SIEGE, "closed", "blocked", "blocked"));
    assertThat(tl.get(0).to()).isEqualTo(LocalDate.of(2020, 9, 29));
    assertThat(tl.get(1).since()).isEqualTo(LocalDate.of(2020, 9, 29));
    assertThat(tl.get(1).daysBesieged()).isEqualTo(5);
    assertThat(tl.get(0).rules()).contains("siege.on", "movement.restricted", "supply.food", "supply.medicine");
    assertThat(tl.get(1).rules()).contains("movement.closed", "level:full").doesNotContain("agreement.lift");

    CommunityStatus now = StatusTracker.loadDefault().asOf(LocalDate.of(2020, 9, 30), fused).get(0);
    assertThat(now.place().nameAr()).isEqualTo("كناكر");
    assertThat(now.level()).isEqualTo(Level.FULL_SIEGE);
    assertThat(now.daysBesieged()).isEqualTo(6);
    assertThat(now.independentSources()).isEqualTo(1);
  }

  @Test
  void aSecondOutletDatingTheSiegeToThe21stIsShownNotHidden() {
    List<ReportEvent> all = new ArrayList<>(report("seed", "العربي الجديد", "2020-09-29"));
    all.add(TestEvents.in("other", "Outlet B", "2020-09-30",
        event("S1", SIEGE).attr("phase", "imposed").since("2020-09-21").at(KANAKER).by(GOV).build()));
    all.add(TestEvents.in("other", "Outlet B", "2020-09-30",
        event("S2", MOVEMENT_RESTRICTION).attr("scope", "full").on("2020-09-29").at(KANAKER).by(GOV).build()));
    List<FusedEvent> fused = EventFuser.loadDefault().fuse(all);
    List<StatusInterval> tl = StatusTracker.loadDefault().timeline("kanaker", fused, LocalDate.of(2020, 9, 30));
    assertThat(tl).extracting(StatusInterval::from, StatusInterval::level).containsExactly(
        tuple(LocalDate.of(2020, 9, 21), Level.PARTIAL_SIEGE),
        tuple(LocalDate.of(2020, 9, 25), Level.PARTIAL_SIEGE),
        tuple(LocalDate.of(2020, 9, 29), Level.FULL_SIEGE));
    assertThat(tl.get(0).disagreements()).containsExactly("siege (imposed) date: 2020-09-21 per Outlet B; 2020-09-25 per العربي الجديد");
    assertThat(tl.get(2).independentSources()).isEqualTo(2);
    assertThat(tl.get(2).daysBesieged()).isEqualTo(10);
  }
}
