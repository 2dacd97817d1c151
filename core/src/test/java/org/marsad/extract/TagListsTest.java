package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.extract.EnglishWordClassesTest.Lang.events;
import static org.marsad.extract.EnglishWordClassesTest.Lang.types;

import org.junit.jupiter.api.Test;
import org.marsad.model.Event;
import org.marsad.model.EventType;

/** A page's subject tags run into the text, and a project named for sieges; texts written for this test. */
class TagListsTest {
  @Test
  void aTagListTellsNoActPlaceOrDoer() {
    String text = "At least 12 civilians were killed by an air raid on a market in the town of Saraqeb on Monday. "
        + "Tags Syria air strike ISIS Damascus siege civilians. Rescue workers said the toll could rise.";
    assertThat(events(text)).extracting(Event::type).containsExactly(EventType.ATTACK);
    Event e = events(text).get(0);
    assertThat(e.place().name()).isEqualTo("Saraqab");
    assertThat(e.actor1()).isNull();
  }

  @Test
  void aListRunIntoTheNextSentenceEndsAfterTwelveWords() {
    String text = "Tags Syria Eastern Ghouta Douma regime bombing Siege White Helmets Three rescue workers were killed "
        + "in shelling of Douma on Friday, the group said.";
    assertThat(types(text)).containsExactly(EventType.ATTACK);
    assertThat(types("The tags on the trucks were checked. Militants attacked Douma on Friday.")).containsExactly(EventType.ATTACK);
  }

  @Test
  void aProjectNamedForSiegesIsNoSiege() {
    assertThat(types("Siege Watch said on Friday that 12 civilians were killed in shelling of Douma.")).doesNotContain(EventType.SIEGE);
  }
}
