package org.marsad.time;

/**
 * A lexicon entry found at a token: [start, end) in the normalised text, where start skips any
 * proclitic stripped from the first word; {@code endTok} is the index of the token after it.
 */
record LexMatch(Entry e, int start, int endTok, int end) {
  int num() {
    return e.num();
  }
}
