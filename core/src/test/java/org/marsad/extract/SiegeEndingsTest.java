package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.extract.EventExtractorTest.events;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Event;
import org.marsad.model.EventType;

/**
 * A siege said to be over after its noun, a siege mentioned and then told ended, a grip tightened
 * on a community, and a tightening kept apart from an end told beside it. Sentences written for this test.
 */
class SiegeEndingsTest {
  private static List<String> phases(String text) {
    return events(text).stream().filter(e -> e.type() == EventType.SIEGE)
        .map(e -> (String) e.attributes().get("phase")).toList();
  }

  @Test
  void aSiegeSaidToBeOverIsLifted() {
    assertThat(phases("The mayor declared the siege of Goma over on Friday.")).containsExactly("lifted");
    assertThat(phases("وقال المتحدث إن الحصار المفروض على مدينة حمص انتهى اليوم.")).containsExactly("lifted");
  }

  @Test
  void monthsOfSiegeThatEndAreAnEnd() {
    assertThat(phases("وأعلن الجيش أمس استعادة السيطرة على مدينة حمص، لتنتهي بذلك أشهر من الحصار.")).containsExactly("lifted");
    assertThat(phases("وعانت مدينة حمص من الحصار أشهرا طويلة. وانتهى أمس الحصار المفروض على المدينة.")).containsExactly("lifted");
  }

  @Test
  void aGripTightenedOnACommunityIsATightenedSiege() {
    assertThat(phases("Rebel forces tightened their stranglehold on the town of Goma on Monday.")).containsExactly("tightened");
    assertThat(phases("وأحكمت قوات النظام قبضتها على مدينة حمص اليوم الاثنين.")).containsExactly("tightened");
  }

  @Test
  void aTighteningIsNotTheEndToldBesideIt() {
    List<String> p = phases("The government declared the siege of Goma over on Friday. Rebel forces had tightened their"
        + " stranglehold on the town of Goma on Friday, officials said.");
    assertThat(p).containsExactlyInAnyOrder("lifted", "tightened");
  }

  @Test
  void bosnianSerbForcesBesiegeInTheBalkans() {
    Event e = events("Bosnian Serb forces have besieged the town of Bihac since Monday, UN officials said.").stream()
        .filter(x -> x.type() == EventType.SIEGE).findFirst().orElseThrow();
    assertThat(e.actor1().name()).isEqualTo("Army of Republika Srpska");
  }

  @Test
  void anEndedClosureIsALiftingOnTheDayItEnded() {
    List<Event> sieges = events("The army on Sunday reopened the checkpoints around the town of Goma, ending a closure that had"
        + " been in place since October 11.").stream().filter(e -> e.type() == EventType.SIEGE).toList();
    assertThat(sieges).singleElement().satisfies(e -> {
      assertThat(e.attributes()).containsEntry("phase", "lifted");
      assertThat(e.date()).isNotNull();
      assertThat(e.date().value()).isEqualTo("2020-03-08"); // Sunday before the report, not October 11
    });
  }
}
