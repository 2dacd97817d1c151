package org.marsad.eval;

import org.marsad.model.EventType;

/**
 * A predicted event that matches no gold event (nor an optional one): {@code evidence} is the
 * text its spans cover, {@code ruleId} the rule that produced it.
 */
public record FalseEvent(String document, String predictedId, EventType type, String evidence, String ruleId) {}
