package org.marsad.ingest;

import java.util.List;

/** Text decoded from bytes, the charset it was read as, and what was odd about it. */
public record DecodedText(String text, String charset, List<String> warnings) {
  public DecodedText {
    warnings = List.copyOf(warnings);
  }
}
