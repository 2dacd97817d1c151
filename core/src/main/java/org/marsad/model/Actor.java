package org.marsad.model;

/** A canonical actor from the actor dictionary, with the mention it was read from. */
public record Actor(String name, String kind, Span evidence) {}
