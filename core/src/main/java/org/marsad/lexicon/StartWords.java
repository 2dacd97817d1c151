package org.marsad.lexicon;

import java.util.Collection;
import java.util.Set;

/**
 * A set of words that begin entries of some lexicon other than a {@link PhraseMatcher} (the time
 * words, say), numbered in the shared vocabulary with a bit of their own, so that a report's
 * {@link Words} tell at once which tokens may begin an entry: those with a clitic reading (see
 * {@link Clitics}) in the set. Immutable and safe to share between threads.
 */
public final class StartWords {
  private final long bit;

  public StartWords(Collection<String> words) {
    bit = Vocabulary.register(words, Set.of(), words, Set.of()).bit();
  }

  /**
   * False only when none of token {@code i}'s readings ({@link Clitics#variants}) is in the set;
   * true also when it cannot tell (more than 64 sets and matchers in this JVM).
   */
  public boolean mayStart(Words words, int i) {
    if (bit == 0) {
      return true;
    }
    words.number(Vocabulary.current());
    return (words.starts[i] & bit) != 0;
  }
}
