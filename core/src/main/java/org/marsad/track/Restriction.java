package org.marsad.track;

import java.time.LocalDate;
import org.marsad.model.EventType;

/**
 * One report's evidence that a community is under restriction (docs/status.md, "Confidence"):
 * a siege being imposed or held, a closure or a supply cut, asserted, current and located at the
 * place itself. {@code dated}: the text dates it to the day or week ("since 2013" is background
 * knowledge, not a report). Copies of one report share a {@code sourceKey}.
 */
public record Restriction(LocalDate date, EventType type, boolean dated, String reportId, String eventId,
    String sourceKey) {}
