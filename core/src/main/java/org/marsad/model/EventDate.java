package org.marsad.model;

import java.util.List;

/**
 * When an event happened: {@code value} is an ISO date or a coarser value ("2018", "2020-09"), or
 * null when the expression could not be resolved (no publication date). {@code kind} is "on" or
 * "since"; {@code timePrecision} 1 day, 2 week, 3 month or coarser.
 */
public record EventDate(String value, String kind, int timePrecision, List<Span> evidence) {
  public EventDate {
    evidence = List.copyOf(evidence);
  }

  public static final String ON = "on";
  public static final String SINCE = "since";
}
