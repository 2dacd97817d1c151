package org.marsad.lexicon;

import java.util.Map;

/** An immutable open-addressing map from non-negative ints (vocabulary numbers) to values. */
final class IntTable<V> {
  private final int[] keys; // -1: empty
  private final Object[] values;
  private final int mask;

  IntTable(Map<Integer, V> entries) {
    int cap = Integer.highestOneBit(Math.max(2, entries.size() * 2 - 1)) << 1; // load <= 1/2
    keys = new int[cap];
    java.util.Arrays.fill(keys, -1);
    values = new Object[cap];
    mask = cap - 1;
    for (Map.Entry<Integer, V> e : entries.entrySet()) {
      int k = e.getKey();
      int i = mix(k) & mask;
      while (keys[i] >= 0) {
        i = (i + 1) & mask;
      }
      keys[i] = k;
      values[i] = e.getValue();
    }
  }

  private static int mix(int k) {
    int h = k * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  @SuppressWarnings("unchecked")
  V get(int key) {
    int i = mix(key) & mask;
    int k;
    while ((k = keys[i]) >= 0) {
      if (k == key) {
        return (V) values[i];
      }
      i = (i + 1) & mask;
    }
    return null;
  }
}
