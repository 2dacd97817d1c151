package org.marsad.time;

import org.marsad.model.EventDate;

/**
 * A time expression found in the normalised text at [start, end), and what it resolves to. The
 * date's value is null when the expression is relative and no publication date is known.
 */
public record TimeMention(int start, int end, EventDate date) {}
