package org.marsad.eval;

import org.marsad.model.EventType;

/** A non-optional gold event no prediction was assigned to; {@code evidence} is its gold text. */
public record Miss(String document, String goldId, EventType type, String evidence) {}
