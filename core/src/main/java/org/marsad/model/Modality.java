package org.marsad.model;

import java.util.Locale;

/** Whether the report says the event happened, or only that it is threatened, feared, etc. */
public enum Modality {
  ASSERTED,
  THREATENED,
  FEARED,
  DEMANDED,
  DENIED,
  PLANNED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Modality of(String code) {
    return valueOf(code.trim().toUpperCase(Locale.ROOT));
  }
}
