package org.marsad.extract;

import java.util.Set;
import org.marsad.lexicon.LexiconFile;

/**
 * Load-time checks of the class names the lexicon files use, so that a typo in a class fails at
 * start-up naming its line instead of silently matching nothing. Cue classes are a closed set
 * ({@link CueClass}); word classes are whatever wordclasses.tsv defines, and every frame slot and
 * trigger's required cue must name one of the two.
 */
final class ClassNames {
  private ClassNames() {}

  /** The cue class a line of cues.tsv or cues-en.tsv names. */
  static CueClass cueLine(LexiconFile.Row r) {
    CueClass c = CueClass.of(r.col(0));
    if (c == null || c.wordClass) {
      throw new IllegalStateException(r.id() + ": unknown cue class '" + r.col(0) + "'; a cue class is one of "
          + "CueClass (add it there when the code or a frame is to read it), a word class belongs in wordclasses.tsv");
    }
    return c;
  }

  /** A line of wordclasses.tsv: its class must not also be a cue class (one name, one list). */
  static String wordClassLine(LexiconFile.Row r) {
    CueClass c = CueClass.of(r.col(0));
    if (c != null && !c.wordClass) {
      throw new IllegalStateException(r.id() + ": word class " + r.col(0) + " is also a cue class of cues.tsv; rename one");
    }
    return r.col(0);
  }

  /** Every word class the code reads by name is defined in {@code file}. */
  static void wordClassesDefined(Set<String> defined, String file) {
    for (CueClass c : CueClass.values()) {
      if (c.wordClass && !defined.contains(c.name())) {
        throw new IllegalStateException(file + " defines no word class " + c.name() + ", which the extractor reads; add its words");
      }
    }
  }

  /** A slot ("ITEM|A_GOODS") of the line {@code ruleId} names only classes that are defined. */
  static void slot(String ruleId, String slot, Set<String> defined) {
    for (String cls : slot.split("\\|")) {
      if (!defined.contains(cls)) {
        throw new IllegalStateException(ruleId + ": names class '" + cls + "', which no word class (wordclasses.tsv) "
            + "or cue class (cues.tsv) defines");
      }
    }
  }
}
