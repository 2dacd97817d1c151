package org.marsad.eval.gold;

/**
 * A paragraph (0-based line) that repeats paragraph {@code of} exactly ({@code kind} "exact") or is
 * contained in it ("contained").
 */
public record GoldDuplicate(int paragraph, int of, String kind) {}
