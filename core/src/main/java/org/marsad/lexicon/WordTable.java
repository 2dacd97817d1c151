package org.marsad.lexicon;

import java.util.Map;

/**
 * An immutable open-addressing map from words to values. Each slot is one long holding the key's
 * hash and its index, so a miss (the common case: most words of a text are in no lexicon) reads
 * one array and never touches a key.
 */
final class WordTable<V> {
  private final long[] slots; // hash << 32 | (index + 1); 0: empty
  private final String[] keys;
  private final Object[] values;
  private final int mask;

  WordTable(Map<String, V> entries) {
    int cap = Integer.highestOneBit(Math.max(2, entries.size() * 2 - 1)) << 1; // load <= 1/2
    slots = new long[cap];
    keys = new String[entries.size()];
    values = new Object[entries.size()];
    mask = cap - 1;
    int n = 0;
    for (Map.Entry<String, V> e : entries.entrySet()) {
      String k = e.getKey();
      int h = k.hashCode();
      int i = spread(h) & mask;
      while (slots[i] != 0) {
        i = (i + 1) & mask;
      }
      keys[n] = k;
      values[n] = e.getValue();
      n++;
      slots[i] = (long) h << 32 | n;
    }
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  /** The value of form w[from..] ("ال" + w[from..] when {@code article}); see {@link FormHash}. */
  @SuppressWarnings("unchecked")
  V get(String w, int from, boolean article) {
    int hash = FormHash.of(w, from, article);
    int i = spread(hash) & mask;
    long s;
    while ((s = slots[i]) != 0) {
      if ((int) (s >>> 32) == hash) {
        int k = (int) s - 1;
        if (FormHash.matches(keys[k], w, from, article)) {
          return (V) values[k];
        }
      }
      i = (i + 1) & mask;
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  V get(String word) {
    int hash = word.hashCode();
    int i = spread(hash) & mask;
    long s;
    while ((s = slots[i]) != 0) {
      if ((int) (s >>> 32) == hash) {
        int k = (int) s - 1;
        if (keys[k].equals(word)) {
          return (V) values[k];
        }
      }
      i = (i + 1) & mask;
    }
    return null;
  }
}
