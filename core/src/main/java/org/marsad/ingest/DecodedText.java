package org.marsad.ingest;

import java.util.List;

/**
 * Text decoded from bytes, the charset it was read as, and what was odd about it.
 *
 * @param text the text, byte-order mark removed and otherwise exactly as decoded: spans point here
 * @param charset "UTF-8", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE", "windows-1256",
 *     "windows-1252", or for a file mixing encodings line by line "UTF-8+windows-1256" (and/or
 *     "+windows-1252")
 * @param warnings what was detected or repaired (a code page guessed, bytes replaced with U+FFFD,
 *     bidi controls, HTML), for diagnostics; empty for clean UTF-8
 */
public record DecodedText(String text, String charset, List<String> warnings) {
  public DecodedText {
    warnings = List.copyOf(warnings);
  }
}
