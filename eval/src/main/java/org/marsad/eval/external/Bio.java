package org.marsad.eval.external;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** BIO tags to spans and back, for one entity type. */
public final class Bio {
  private Bio() {}

  /**
   * The spans of {@code type} in a tag sequence. An I-X that does not continue an X span starts one
   * (the conlleval convention), so a sloppy I- is not silently lost.
   */
  public static List<TokenSpan> spans(List<String> tags, String type) {
    List<TokenSpan> out = new ArrayList<>();
    String b = "B-" + type;
    String i = "I-" + type;
    int start = -1;
    for (int k = 0; k <= tags.size(); k++) {
      String t = k < tags.size() ? tags.get(k) : "O";
      boolean inside = t.equals(i) && start >= 0;
      if (!inside && start >= 0) {
        out.add(new TokenSpan(start, k));
        start = -1;
      }
      if (t.equals(b) || t.equals(i) && start < 0) {
        start = k;
      }
    }
    return out;
  }

  /** The tags of {@code n} tokens with the given spans of {@code type} (others O). */
  public static List<String> tags(int n, List<TokenSpan> spans, String type) {
    String[] t = new String[n];
    Arrays.fill(t, "O");
    for (TokenSpan s : spans) {
      t[s.first()] = "B-" + type;
      for (int k = s.first() + 1; k < s.end(); k++) {
        t[k] = "I-" + type;
      }
    }
    return List.of(t);
  }
}
