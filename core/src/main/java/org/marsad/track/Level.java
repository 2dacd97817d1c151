package org.marsad.track;

/** A community's status level (CODEBOOK.md, "Community status"). */
public enum Level {
  NONE(0),
  WATCH(2),
  PARTIAL_SIEGE(3),
  FULL_SIEGE(4),
  LIFTED(1);

  private final int severity;

  Level(int severity) {
    this.severity = severity;
  }

  /** For ordering alerts: FULL_SIEGE 4, PARTIAL_SIEGE 3, WATCH 2, LIFTED 1, NONE 0. */
  public int severity() {
    return severity;
  }

  public boolean besieged() {
    return this == PARTIAL_SIEGE || this == FULL_SIEGE;
  }
}
