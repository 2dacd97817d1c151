package org.marsad.time;

/**
 * One lexicon entry. {@code num} is the category's number (month, ISO weekday, offset in days,
 * cue direction, count); {@code unit} is "day", "week", "month" or "year" for units and periods.
 */
record Entry(Cat cat, int num, String unit, boolean abbrev) {}
