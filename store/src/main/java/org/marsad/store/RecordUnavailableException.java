package org.marsad.store;

/**
 * The record cannot be used as asked: there is none at the given place, or another process is
 * writing it. The message says what to do; callers show it as one line.
 */
public final class RecordUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why: no record there (the caller's mistake), or busy (try again later). */
  public enum Reason { MISSING, BUSY }

  private final Reason reason;

  public RecordUnavailableException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
