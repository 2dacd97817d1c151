package org.marsad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.lexicon.LexiconFile;

/** Class names in the lexicon files are checked when they load, each failure naming file:line. */
class ClassNamesTest {
  private static LexiconFile.Row row(String file, String text) {
    return LexiconFile.rows(new StringReader(text), file).get(0);
  }

  @Test
  void cueLineNamesAKnownCueClass() {
    assertEquals(CueClass.PURPOSE, ClassNames.cueLine(row("cues.tsv", "PURPOSE\tبهدف\n")));
    String msg = assertThrows(IllegalStateException.class,
        () -> ClassNames.cueLine(row("cues.tsv", "# h\nPURPOSES\tبهدف\n"))).getMessage();
    assertTrue(msg.startsWith("cues.tsv:2: unknown cue class 'PURPOSES'"), msg);
  }

  @Test
  void cueLineMayNotNameAWordClass() {
    String msg = assertThrows(IllegalStateException.class,
        () -> ClassNames.cueLine(row("cues-en.tsv", "STATE\tcontrols\n"))).getMessage();
    assertTrue(msg.startsWith("cues-en.tsv:1: unknown cue class 'STATE'"), msg);
  }

  @Test
  void wordClassMayNotTakeACueClassName() {
    assertEquals("A_GOODS", ClassNames.wordClassLine(row("wordclasses.tsv", "A_GOODS\tطحين\n")));
    String msg = assertThrows(IllegalStateException.class,
        () -> ClassNames.wordClassLine(row("wordclasses.tsv", "\n\nBARRIER\tما دفع\n"))).getMessage();
    assertTrue(msg.startsWith("wordclasses.tsv:3: word class BARRIER is also a cue class"), msg);
  }

  @Test
  void everyWordClassTheCodeReadsIsDefined() {
    String msg = assertThrows(IllegalStateException.class,
        () -> ClassNames.wordClassesDefined(Set.of("STATE", "CHANGE", "AIM", "MAKE", "TOPIC_NOUN"), "wordclasses.tsv"))
        .getMessage();
    assertTrue(msg.startsWith("wordclasses.tsv defines no word class UNIT_NAMED_FOR"), msg);
  }

  @Test
  void frameSlotNamingAnUndefinedClassFailsAtItsLine() {
    List<LexiconFile.Row> rows = LexiconFile.rows(new StringReader(
        "# frames\nSUPPLY_DENIAL\t\tP_PREVENT ITEM|A_GOODZ\t4\n"), "frames.tsv");
    String msg = assertThrows(IllegalStateException.class,
        () -> Frames.load(rows, Set.of("P_PREVENT", "ITEM", "A_GOODS"))).getMessage();
    assertTrue(msg.startsWith("frames.tsv:2: names class 'A_GOODZ'"), msg);
    Frames.load(rows, Set.of("P_PREVENT", "ITEM", "A_GOODZ")); // defined: loads
  }

  @Test
  void requiredCueNamingAnUndefinedClassFails() {
    String msg = assertThrows(IllegalStateException.class,
        () -> ClassNames.slot("triggers.tsv:7", "RESTRICTS", Set.of("RESTRICT"))).getMessage();
    assertTrue(msg.startsWith("triggers.tsv:7: names class 'RESTRICTS'"), msg);
  }
}
