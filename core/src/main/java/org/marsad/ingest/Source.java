package org.marsad.ingest;

import java.time.LocalDate;

/**
 * One report as it arrives, before decoding: where it came from ({@code name}: a path, or
 * path#line for JSON Lines), its raw bytes, and what the caller or the feed says about it (any of
 * which may be null).
 */
public record Source(
    String name, byte[] bytes, LocalDate published, String outlet, String url, String title, String language) {}
