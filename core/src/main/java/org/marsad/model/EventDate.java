package org.marsad.model;

import java.util.List;

/**
 * When an event happened: {@code range} the days named (null when the expression could not be
 * resolved, e.g. no publication date), {@code dateKind} whether the event is on that date or runs
 * since it, and {@code timePrecision} 1 day, 2 week, 3 month or coarser. Stages compare the typed
 * range; {@link #value()} and {@link #kind()} are the JSON contract's strings (CODEBOOK.md).
 */
public record EventDate(DateRange range, Kind dateKind, int timePrecision, List<Span> evidence) {
  /** "on" or "since", as the contract writes them. */
  public enum Kind {
    ON, SINCE;

    public String json() {
      return this == ON ? EventDate.ON : EventDate.SINCE;
    }

    /** The kind written {@code s} ("on", "since"); null for null. */
    public static Kind of(String s) {
      if (s == null) {
        return null;
      }
      return switch (s) {
        case EventDate.ON -> ON;
        case EventDate.SINCE -> SINCE;
        default -> throw new IllegalArgumentException("a date's kind is 'on' or 'since', not '" + s + "'");
      };
    }
  }

  public static final String ON = "on";
  public static final String SINCE = "since";

  public EventDate {
    evidence = List.copyOf(evidence);
  }

  /**
   * From the contract's strings (a stored or streamed event read back): the value is parsed here,
   * once, and a value that is not an ISO date, month or year fails naming it.
   */
  public EventDate(String value, String kind, int timePrecision, List<Span> evidence) {
    this(DateRange.parse(value), Kind.of(kind), timePrecision, evidence);
  }

  /** The contract's value: "2020-09-29", "2020-09", "2018", or null when unresolved. */
  public String value() {
    return range == null ? null : range.iso();
  }

  /** The contract's kind: "on" or "since". */
  public String kind() {
    return dateKind == null ? null : dateKind.json();
  }

  /** Whether the event runs since the date (a state from then on) rather than happening on it. */
  public boolean since() {
    return dateKind == Kind.SINCE;
  }
}
