package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.lexicon.LexiconFile;

/** Arabic display names of canonical actors (actor-labels-ar.tsv). */
class ActorLabelsTest {
  private final ActorLabels labels = ActorLabels.loadDefault();

  @Test
  void everyCanonicalActorHasAnArabicLabel() {
    List<String> missing = new ArrayList<>();
    for (String f : List.of("actors.tsv", "actors-en.tsv", "actors-adjective.tsv", "actors-acronyms.tsv")) {
      for (LexiconFile.Row r : LexiconFile.read(Lexicons.DIR + f)) {
        check(r.col(1), missing);
      }
    }
    for (LexiconFile.Row r : LexiconFile.read(Lexicons.DIR + "actors-country.tsv")) {
      check(r.col(2), missing);
    }
    assertThat(missing).as("canonical actor names without a row in actor-labels-ar.tsv").isEmpty();
  }

  private void check(String name, List<String> missing) {
    // Placeholders ("{state forces}") resolve to a canonical name of actors-country.tsv; "-" is no actor.
    boolean placeholder = name.startsWith("{") && name.endsWith("}");
    if (!name.isEmpty() && !placeholder && !CountryActors.NONE.equals(name) && !labels.has(name) && !missing.contains(name)) {
      missing.add(name);
    }
  }

  @Test
  void namesAndPlaceTemplates() {
    assertThat(labels.arabic("Syrian Government Forces", null)).isEqualTo("القوات الحكومية السورية");
    assertThat(labels.arabic("Residents of Kanakir", "كناكر")).isEqualTo("سكان كناكر");
    // Without the place's Arabic name the name's own place words are kept.
    assertThat(labels.arabic("Women of Madaya", null)).isEqualTo("نساء Madaya");
    assertThat(labels.arabic("Some Unlisted Brigade", null)).isNull();
    assertThat(labels.arabic("Residents of ", "x")).isNull();
  }
}
