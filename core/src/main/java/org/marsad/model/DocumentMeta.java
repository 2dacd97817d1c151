package org.marsad.model;

import java.time.LocalDate;

/**
 * What is known about a report besides its text. {@code id} is the SHA-256 of the raw bytes;
 * {@code published} may be null, and then relative dates stay unresolved.
 */
public record DocumentMeta(
    String id, String language, LocalDate published, String outlet, String url, String title) {}
