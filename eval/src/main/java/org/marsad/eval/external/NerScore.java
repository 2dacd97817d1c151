package org.marsad.eval.external;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.eval.Prf;

/** Span-level and token-level scores of predicted entity spans against gold ones. */
public final class NerScore {
  private NerScore() {}

  /** Exact span match: a predicted span counts only when a gold span has the same first and end token. */
  public static Prf spans(List<TokenSpan> gold, List<TokenSpan> predicted) {
    Set<TokenSpan> g = new HashSet<>(gold);
    Set<TokenSpan> p = new HashSet<>(predicted);
    int tp = 0;
    for (TokenSpan s : p) {
      if (g.contains(s)) {
        tp++;
      }
    }
    return new Prf(tp, p.size() - tp, g.size() - tp);
  }

  /**
   * Lenient match: a predicted span is right when it overlaps a gold span, and a gold span is found
   * when some prediction overlaps it (tp counts found gold spans; fp the predictions that overlap
   * none). Shows how many errors are only a different boundary convention ("قطاع غزة" for "غزة").
   */
  public static Prf overlap(List<TokenSpan> gold, List<TokenSpan> predicted) {
    int found = 0;
    for (TokenSpan g : gold) {
      if (predicted.stream().anyMatch(p -> overlaps(p, g))) {
        found++;
      }
    }
    int stray = 0;
    for (TokenSpan p : new HashSet<>(predicted)) {
      if (gold.stream().noneMatch(g -> overlaps(p, g))) {
        stray++;
      }
    }
    return new Prf(found, stray, gold.size() - found);
  }

  static boolean overlaps(TokenSpan a, TokenSpan b) {
    return a.first() < b.end() && b.first() < a.end();
  }

  /**
   * Per token, B and I told apart: a token tagged B-X or I-X on either side is a true positive when
   * both sides give it the same tag, otherwise a false positive (predicted X) and/or a false
   * negative (gold X). A token predicted I-X where gold says B-X counts as both.
   */
  public static Prf tokens(List<String> gold, List<String> predicted, String type) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException(gold.size() + " gold tags but " + predicted.size() + " predicted");
    }
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (int k = 0; k < gold.size(); k++) {
      boolean g = isType(gold.get(k), type);
      boolean p = isType(predicted.get(k), type);
      if (g && p && gold.get(k).equals(predicted.get(k))) {
        tp++;
        continue;
      }
      if (p) {
        fp++;
      }
      if (g) {
        fn++;
      }
    }
    return new Prf(tp, fp, fn);
  }

  private static boolean isType(String tag, String type) {
    return tag.length() == type.length() + 2 && tag.endsWith(type) && (tag.startsWith("B-") || tag.startsWith("I-"));
  }
}
