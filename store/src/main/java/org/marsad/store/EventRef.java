package org.marsad.store;

/** A stored event, by the report it was read from and its id within that report's extraction. */
public record EventRef(String reportId, String eventId) {}
