package org.marsad.server;

import java.util.Locale;

/** What a token may do beyond reading: review events, ingest reports, or everything. */
public enum Role {
  REVIEWER, INGEST, ADMIN;

  public boolean allows(Role needed) {
    return this == ADMIN || this == needed;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Role of(String s) {
    try {
      return valueOf(s.strip().toUpperCase(Locale.ROOT));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("unknown role \"" + s + "\" (expected reviewer, ingest or admin)");
    }
  }
}
