package org.marsad.model;

/** A decoded report: its metadata and its raw text (the text all spans point into). */
public record Report(DocumentMeta meta, String text) {}
