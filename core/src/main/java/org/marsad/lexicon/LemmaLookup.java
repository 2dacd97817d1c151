package org.marsad.lexicon;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A report word's lexicon lemmas: the numbers of those of its candidate lemmas ({@link
 * Morphology}) that some phrase matcher names. Analysing a word costs tens of microseconds, so
 * results are cached per word type (bounded, thread-safe), and a word is analysed only if it could
 * have one of the lexicon's lemmas: it must contain every strong letter (not ا و ي ء, nor a final ه
 * that is a folded ta marbuta) of one of them, as every form of an Arabic lemma's paradigm does.
 * Most words of a report fail that test with a few bit operations.
 */
final class LemmaLookup {
  static final int[] NONE = {};
  /** Word types cached before the cache starts again (a whole year of one outlet has ~100,000). */
  static final int CACHE_LIMIT = 1 << 18;

  private final Map<String, Integer> ids;
  /** The strong-letter masks of the lemmas, without repeats. */
  private final long[] masks;
  private final Function<String, Iterable<String>> analyser;
  private final ConcurrentHashMap<String, int[]> cache = new ConcurrentHashMap<>();

  /** {@code ids}: lemma → number; {@code analyser}: word → candidate lemmas (folded). */
  LemmaLookup(Map<String, Integer> ids, Function<String, Iterable<String>> analyser) {
    this.ids = ids;
    this.analyser = analyser;
    masks = ids.keySet().stream().mapToLong(LemmaLookup::strongMask).distinct().toArray();
  }

  /** Lemma → number. */
  Map<String, Integer> ids() {
    return ids;
  }

  /** The numbers of the lexicon lemmas among the candidate lemmas of folded word {@code w}. */
  int[] of(String w) {
    if (masks.length == 0 || !mayHave(w)) {
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

  /** Whether {@code w} has every strong letter of some lemma. */
  boolean mayHave(String w) {
    long m = 0;
    for (int i = 0; i < w.length(); i++) {
      m |= bit(w.charAt(i));
    }
    for (long need : masks) {
      if ((m & need) == need) {
        return true;
      }
    }
    return false;
  }

  /** The letters of a lemma that every form of its paradigm keeps. */
  static long strongMask(String lemma) {
    long m = 0;
    int end = lemma.endsWith("ه") ? lemma.length() - 1 : lemma.length(); // ta marbuta, folded
    for (int i = 0; i < end; i++) {
      char c = lemma.charAt(i);
      if (c != 'ا' && c != 'و' && c != 'ي' && c != 'ء') {
        m |= bit(c);
      }
    }
    return m;
  }

  /** One bit per letter of U+0621..U+064A; 0 for other characters. */
  private static long bit(char c) {
    return c >= '\u0621' && c <= '\u064A' ? 1L << (c - '\u0621') : 0;
  }
}
