package org.marsad.eval.gold;

/** An actor mention and its canonical name; {@code partOf} names a parent actor, or null. */
public record GoldActor(String mention, String name, String kind, String partOf) {}
