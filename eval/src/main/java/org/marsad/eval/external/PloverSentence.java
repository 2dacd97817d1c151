package org.marsad.eval.external;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/** One PLOVER gold-standard record: its id, category, mode (may be empty) and English sentence. */
public record PloverSentence(String id, PloverCategory category, String mode, String text) {
  /** Which half of the data set a sentence is in, fixed by its id so that it never depends on the text. */
  public enum Half { TUNING, HELD_OUT }

  /** CRC-32 of the id, even: tuning; odd: held out (a split chosen before any sentence was read). */
  public Half half() {
    CRC32 c = new CRC32();
    c.update(id.getBytes(StandardCharsets.UTF_8));
    return c.getValue() % 2 == 0 ? Half.TUNING : Half.HELD_OUT;
  }
}
