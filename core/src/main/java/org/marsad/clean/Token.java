package org.marsad.clean;

/** A word of the normalised text: offsets [start, end) into {@link NormalizedText#text()}. */
public record Token(String text, int start, int end, boolean numeric) {}
