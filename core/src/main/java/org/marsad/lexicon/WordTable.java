package org.marsad.lexicon;

import java.util.Map;

/**
 * An immutable open-addressing map from words to values that can be probed with a prefix of a
 * string and that prefix's {@link String#hashCode()}, so that looking up every stem length of a
 * word allocates nothing. Keys are compared by content (cached hash, length, then characters).
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

  V get(String word) {
    return get(word, word.length(), word.hashCode());
  }

  /** The value stored for {@code word}'s first {@code len} characters, whose String hash is {@code hash}. */
  @SuppressWarnings("unchecked")
  V get(String word, int len, int hash) {
    int i = spread(hash) & mask;
    String k;
    while ((k = keys[i]) != null) {
      if (hashes[i] == hash && k.length() == len && word.regionMatches(0, k, 0, len)) {
        return (V) values[i];
      }
      i = (i + 1) & mask;
    }
    return null;
  }
}
