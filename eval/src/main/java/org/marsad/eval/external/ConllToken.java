package org.marsad.eval.external;

/** One line of a CoNLL file: a whitespace token and its BIO tag ("O", "B-LOC", "I-LOC"...). */
public record ConllToken(String text, String tag) {}
