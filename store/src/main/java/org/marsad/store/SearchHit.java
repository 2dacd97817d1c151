package org.marsad.store;

import java.time.LocalDate;

/** A report found by full-text search, best first. */
public record SearchHit(String reportId, String title, String outlet, LocalDate published, float score) {}
