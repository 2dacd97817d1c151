package org.marsad.lexicon;

import java.util.Map;

/**
 * An immutable open-addressing map from words to values: one probe sequence over flat arrays
 * with the hashes stored beside the keys, so a miss (the common case) rarely touches a key.
 */
final class WordTable<V> {
  private final String[] keys;
  private final int[] hashes;
  private final Object[] values;
  private final int mask;

  WordTable(Map<String, V> entries) {
    int cap = Integer.highestOneBit(Math.max(2, entries.size() * 2 - 1)) << 1; // load <= 1/2
    keys = new String[cap];
    hashes = new int[cap];
    values = new Object[cap];
    mask = cap - 1;
    for (Map.Entry<String, V> e : entries.entrySet()) {
      String k = e.getKey();
      int h = k.hashCode();
      int i = spread(h) & mask;
      while (keys[i] != null) {
        i = (i + 1) & mask;
      }
      keys[i] = k;
      hashes[i] = h;
      values[i] = e.getValue();
    }
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  @SuppressWarnings("unchecked")
  V get(String word) {
    int hash = word.hashCode(); // cached in the String: the text's words are looked up by many matchers
    int i = spread(hash) & mask;
    String k;
    while ((k = keys[i]) != null) {
      if (hashes[i] == hash && k.equals(word)) {
        return (V) values[i];
      }
      i = (i + 1) & mask;
    }
    return null;
  }
}
