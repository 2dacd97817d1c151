package org.marsad.lexicon;

import java.util.Map;
import java.util.TreeMap;

/**
 * The stems leaving one phrase-trie node, as an immutable trie over characters: a word's stems
 * are found in one pass over its first letters that stops as soon as no stem continues, instead
 * of one lookup per prefix length.
 */
final class StemTrie<V> {
  private static final char[] NO_LABELS = {};

  /** Children spanning at most this many code units are indexed directly by character. */
  private static final int DENSE_SPAN = 64;

  private final char[] labels; // sorted
  private final StemTrie<V>[] children;
  /** children by {@code c - base} when the labels span at most DENSE_SPAN (always, for Arabic letters); else null. */
  private final StemTrie<V>[] dense;
  private final char base;
  private final V value; // the stem ending here, or null

  @SuppressWarnings("unchecked")
  private StemTrie(TreeMap<Character, Map<String, V>> byFirst, V value, int depth) {
    this.value = value;
    labels = byFirst.isEmpty() ? NO_LABELS : new char[byFirst.size()];
    children = new StemTrie[byFirst.size()];
    int i = 0;
    for (Map.Entry<Character, Map<String, V>> e : byFirst.entrySet()) {
      labels[i] = e.getKey();
      children[i] = build(e.getValue(), depth + 1);
      i++;
    }
    if (labels.length > 0 && labels[labels.length - 1] - labels[0] < DENSE_SPAN) {
      base = labels[0];
      dense = new StemTrie[labels[labels.length - 1] - base + 1];
      for (int k = 0; k < labels.length; k++) {
        dense[labels[k] - base] = children[k];
      }
    } else {
      base = 0;
      dense = null;
    }
  }

  /** The trie of {@code stems} (stem to value). */
  static <V> StemTrie<V> of(Map<String, V> stems) {
    return build(stems, 0);
  }

  /** The node for stems sharing their first {@code depth} characters. */
  private static <V> StemTrie<V> build(Map<String, V> stems, int depth) {
    V here = null;
    TreeMap<Character, Map<String, V>> byNext = new TreeMap<>();
    for (Map.Entry<String, V> e : stems.entrySet()) {
      String k = e.getKey();
      if (k.length() == depth) {
        here = e.getValue();
      } else {
        byNext.computeIfAbsent(k.charAt(depth), c -> new TreeMap<>()).put(k, e.getValue());
      }
    }
    return new StemTrie<>(byNext, here, depth);
  }

  /** The child for character {@code c}, or null. */
  StemTrie<V> child(char c) {
    StemTrie<V>[] d = dense;
    if (d != null) {
      int i = c - base;
      return i >= 0 && i < d.length ? d[i] : null;
    }
    char[] l = labels;
    int lo = 0;
    int hi = l.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      char m = l[mid];
      if (m < c) {
        lo = mid + 1;
      } else if (m > c) {
        hi = mid - 1;
      } else {
        return children[mid];
      }
    }
    return null;
  }

  /** The value of the stem that ends at this node, or null. */
  V value() {
    return value;
  }
}
