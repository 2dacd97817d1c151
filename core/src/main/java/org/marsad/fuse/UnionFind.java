package org.marsad.fuse;

import java.util.HashMap;
import java.util.Map;

/**
 * Disjoint sets of string keys (union-find with path compression). Groups reports that are copies
 * of one source and places that chain within the fusion distance; the smaller key is the root, so
 * groups come out the same whatever the order of unions.
 */
public final class UnionFind {
  private final Map<String, String> parent = new HashMap<>();

  /** The root of {@code x}'s set ({@code x} itself when never joined). */
  public String find(String x) {
    String p = parent.getOrDefault(x, x);
    if (p.equals(x)) {
      return x;
    }
    String root = find(p);
    parent.put(x, root);
    return root;
  }

  public void union(String a, String b) {
    String ra = find(a);
    String rb = find(b);
    int c = ra.compareTo(rb);
    if (c != 0) {
      parent.put(c < 0 ? rb : ra, c < 0 ? ra : rb);
    }
  }
}
