package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.extract.EventExtractorTest.only;
import static org.marsad.extract.EventExtractorTest.types;

import org.junit.jupiter.api.Test;
import org.marsad.model.Event;
import org.marsad.model.EventType;

/**
 * Control told without "capture" or "seize": a force pushed, driven or ousted from a place, a place
 * brought under someone's control, security restored to places. Sentences written for this test.
 */
class EnglishControlFramesTest {
  @Test
  void aForcePushedFromAPlaceLosesIt() {
    Event active = only("Kurdish units have driven the Islamic State group from the village of Suluk, a monitor said on Monday.",
        EventType.CONTROL_CHANGE);
    assertThat(active.place().name()).isEqualTo("Sulūk");
    Event passive = only("Opposition fighters were pushed from the town of Kafr Nabl on Tuesday.", EventType.CONTROL_CHANGE);
    assertThat(passive.actor1()).isNull();
  }

  @Test
  void peopleDrivenFromTheirVillageAreNoChangeOfControl() {
    assertThat(types("Soldiers drove families from the village of Suluk on Tuesday.")).doesNotContain(EventType.CONTROL_CHANGE);
    assertThat(types("Government troops pushed from the south towards Hama on Monday.")).doesNotContain(EventType.CONTROL_CHANGE);
  }

  @Test
  void broughtUnderControlAndSecurityRestored() {
    Event brought = only("The army brought the town of Maaloula back under government control on Sunday.", EventType.CONTROL_CHANGE);
    assertThat(brought.actor1().name()).isEqualTo("Syrian Government Forces");
    Event restored = only("The army restored security to the town of Maaloula on Thursday, state media said.", EventType.CONTROL_CHANGE);
    assertThat(restored.place().name()).isEqualTo("Maaloula");
  }

  @Test
  void aRecaptureASpanBeforeTheSentencesTimeIsTold() {
    only("Families went back to Baiji on Friday, a week after its recapture from the militants.", EventType.CONTROL_CHANGE);
    assertThat(types("Families went back to Baiji on Friday after the recapture of the town.")).doesNotContain(EventType.CONTROL_CHANGE);
  }
}
