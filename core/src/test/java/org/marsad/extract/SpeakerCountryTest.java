package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.extract.EventExtractorTest.only;

import org.junit.jupiter.api.Test;
import org.marsad.model.EventType;
import org.marsad.model.Place;

/** A country or capital that speaks stands for its government, not for the act's place; sentences written for these tests. */
class SpeakerCountryTest {
  private static String place(String text, EventType type) {
    Place p = only(text, type).place();
    return p == null ? null : p.name();
  }

  @Test
  void aCountrySayingSomethingIsNotWhereItHappened() {
    assertThat(place("Turkey said on Monday its jets had struck militant positions near the border, killing 12 fighters.",
        EventType.ATTACK)).isNotEqualTo("Turkey");
    assertThat(place("أعلنت تركيا أن طائراتها قصفت مواقع للمسلحين قرب الحدود أمس.", EventType.ATTACK)).isNotEqualTo("Turkey");
  }

  @Test
  void aCountryWhereTheActHappenedStaysItsPlace() {
    assertThat(place("Jets struck militant positions in Turkey on Monday, killing 12 fighters.", EventType.ATTACK))
        .isEqualTo("Turkey");
    assertThat(place("قصفت الطائرات مواقع للمسلحين في تركيا أمس.", EventType.ATTACK)).isEqualTo("Turkey");
  }
  @Test
  void aCapitalThatSpeaksIsItsGovernmentButTheSpeakersTownStays() {
    assertThat(place("Moscow said on Friday its jets had struck militant positions, killing 12 fighters.", EventType.ATTACK))
        .isNotEqualTo("Moscow");
    assertThat(place("قالت واشنطن إن طائرات التحالف قصفت مواقع للتنظيم أمس.", EventType.ATTACK)).isNotEqualTo("Washington");
    assertThat(place("Residents of Madaya said shelling hit the town on Friday, killing three people.", EventType.ATTACK))
        .isEqualTo("Madaya");
  }
}
