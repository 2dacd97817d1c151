package org.marsad.lexicon;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A report word's lexicon lemmas: the numbers of those of its candidate lemmas ({@link
 * Morphology}) that some phrase matcher names. Analysing a word costs tens of microseconds, so
 * results are cached per word type (bounded, thread-safe), and a word is analysed only if it
 * contains the core of a dictionary entry of one of the lexicon's lemmas ({@link
 * Morphology#cores}): on a year of news, 5 % of word types instead of all of them.
 */
final class LemmaLookup {
  static final int[] NONE = {};
  /** Word types cached before the cache starts again (a whole year of one outlet has ~100,000). */
  static final int CACHE_LIMIT = 1 << 18;

  private final Map<String, Integer> ids;
  /** The cores, as a trie over letters; null when there are no lemmas. */
  private final StemTrie<Boolean> cores;
  /** A core is empty: every word may have a lemma. */
  private final boolean everyWord;
  private final Function<String, Iterable<String>> analyser;
  private final ConcurrentHashMap<String, int[]> cache = new ConcurrentHashMap<>();

  /**
   * {@code ids}: lemma → number; {@code cores}: what every word with one of the lemmas contains;
   * {@code analyser}: word → candidate lemmas (folded).
   */
  LemmaLookup(Map<String, Integer> ids, java.util.Set<String> cores, Function<String, Iterable<String>> analyser) {
    this.ids = ids;
    this.analyser = analyser;
    Map<String, Boolean> m = new java.util.HashMap<>();
    cores.forEach(c -> m.put(c, Boolean.TRUE));
    this.everyWord = cores.contains("");
    this.cores = ids.isEmpty() ? null : StemTrie.of(m);
  }

  /** Lemma → number. */
  Map<String, Integer> ids() {
    return ids;
  }

  /** The numbers of the lexicon lemmas among the candidate lemmas of folded word {@code w}. */
  int[] of(String w) {
    if (cores == null || !mayHave(w)) {
      return NONE;
    }
    int[] r = cache.get(w);
    if (r == null) {
      r = analyse(w);
      if (cache.size() >= CACHE_LIMIT) {
        cache.clear(); // bounded: rare (more word types than a year of news), and refilled by use
      }
      cache.put(w, r);
    }
    return r;
  }

  private int[] analyse(String w) {
    int[] out = NONE;
    for (String lemma : analyser.apply(w)) {
      Integer id = ids.get(lemma);
      if (id != null) {
        out = java.util.Arrays.copyOf(out, out.length + 1);
        out[out.length - 1] = id;
      }
    }
    return out;
  }

  /** Whether {@code w} contains one of the cores. */
  boolean mayHave(String w) {
    if (everyWord) {
      return true;
    }
    for (int i = 0; i < w.length(); i++) {
      StemTrie<Boolean> t = cores;
      for (int k = i; k < w.length(); k++) {
        t = t.child(w.charAt(k));
        if (t == null) {
          break;
        }
        if (t.value() != null) {
          return true;
        }
      }
    }
    return false;
  }
}
