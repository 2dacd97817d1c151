package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.extract.EnglishWordClassesTest.Lang.events;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Event;
import org.marsad.model.EventType;

/**
 * A statement's day and the report's own stamp date an act only when nothing else does
 * (StatementDates, EventExtractor, Happenings). Sentences written for these tests; published
 * Tuesday 2020-03-10.
 */
class StatementDatesTest {
  private static List<String> attackDates(String text) {
    return events(text).stream().filter(e -> e.type() == EventType.ATTACK)
        .map(e -> e.date() == null || e.date().value() == null ? "null" : e.date().value().toString()).toList();
  }

  @Test
  void aStatementsDayGivesWayToTheActsOwnDay() {
    assertThat(attackDates("Rebels stormed the village of Kafr Nabl, a monitor said on Tuesday.\n\n"
        + "The assault on Kafr Nabl on Monday began at dawn.")).containsExactly("2020-03-09");
    assertThat(attackDates("Rebels stormed the village of Kafr Nabl on Sunday, a monitor said on Tuesday."))
        .containsExactly("2020-03-08");
  }

  @Test
  void withNothingElseTheStatementsDayDatesTheAct() {
    assertThat(attackDates("Rebels stormed the village of Kafr Nabl, a monitor said on Monday.")).containsExactly("2020-03-09");
  }

  @Test
  void aTimeThatResolvesToNoDayLeavesTheStatementsDay() {
    // "more than five years ago" names no day the act could be on: the statement's day still dates it
    assertThat(attackDates("Jets bombed a school in the town of Kafr Nabl, the deadliest attack on a school"
        + " since the war began more than five years ago, a monitor said on Monday.")).containsExactly("2020-03-09");
  }

  @Test
  void actsReportedOnDifferentDaysAreTwo() {
    assertThat(attackDates("The ministry said on Monday that its jets bombed a convoy in Syria.\n\n"
        + "The ministry said on Tuesday that its jets bombed a convoy in Syria.")).containsExactly("2020-03-09", "2020-03-10");
  }

  @Test
  void theReportsStampIsNotTheActsDay() {
    assertThat(attackDates("Published March 8 2020 Government forces shelled the town of Azaz.\n\n"
        + "The shelling of Azaz on Saturday killed four people.")).containsExactly("2020-03-07");
    assertThat(events("Published March 8 2020 Government forces besieged the town of Azaz.").stream()
        .filter(e -> e.type() == EventType.SIEGE).map(Event::date).map(d -> d == null ? null : d.value()))
        .containsOnlyNulls();
  }

  @Test
  void theActAThreatAvengesIsAPastActThatDatesTheHappening() {
    List<Event> ev = events("Jets bombed the town of Kafr Nabl, a monitor said on Tuesday. "
        + "The rebels vowed revenge for Monday's strike on the town of Kafr Nabl.");
    assertThat(ev.stream().map(Event::type)).contains(EventType.THREAT, EventType.ATTACK);
    assertThat(attackDates("Jets bombed the town of Kafr Nabl, a monitor said on Tuesday. "
        + "The rebels vowed revenge for Monday's strike on the town of Kafr Nabl.")).containsExactly("2020-03-09");
    // the day of the avenged act is not the threat's
    assertThat(events("The rebels vowed revenge for Monday's strike on the town of Kafr Nabl.").stream()
        .filter(e -> e.type() == EventType.THREAT).map(e -> e.date() == null ? null : e.date().value())).containsOnlyNulls();
    // the act a threat announces is still not an event
    assertThat(attackDates("The rebels vowed to strike the town of Kafr Nabl.")).isEmpty();
  }

  @Test
  void aSiegeToldByItsDurationOrAsAnAttributeRunsFromAnUnknownStart() {
    assertThat(siegeDates("On Monday the town of Madaya remained under siege for more than a year.")).containsOnlyNulls();
    assertThat(siegeDates("The evacuation of the besieged towns of Madaya and Zabadani resumed on Monday.")).containsOnlyNulls();
    assertThat(siegeDates("Government forces besieged the town of Madaya on Monday.")).containsExactly("2020-03-09");
    // the place's name between the article's participle and its noun
    assertThat(siegeDates("Three rescue workers were killed in a besieged Damascus suburb on Monday.")).containsOnlyNulls();
  }

  private static List<String> siegeDates(String text) {
    return events(text).stream().filter(e -> e.type() == EventType.SIEGE)
        .map(e -> e.date() == null || e.date().value() == null ? null : e.date().value().toString()).toList();
  }
}
