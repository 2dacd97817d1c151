package org.marsad.server;

import java.util.Locale;

/** An event is a lead until a person checks it. */
public enum ReviewState {
  PENDING, VERIFIED, REJECTED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ReviewState of(String s) {
    return valueOf(s.strip().toUpperCase(Locale.ROOT));
  }
}
