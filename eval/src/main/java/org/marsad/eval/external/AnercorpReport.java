package org.marsad.eval.external;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marsad.eval.Prf;

/**
 * The LOC scores of the place recogniser on a CoNLL corpus: exact spans, overlapping spans (see
 * {@link NerScore#overlap}) and B/I tags per token. {@code boundaryErrors}: predicted spans
 * that overlap a gold span without matching it exactly (each is one false positive and, unless
 * another prediction matches that gold span, one false negative). The surface-string maps count
 * false positive and false negative spans by their tokens joined with spaces.
 */
public record AnercorpReport(
    int sentences,
    int tokens,
    int goldSpans,
    int predictedSpans,
    Prf spans,
    Prf overlap,
    Prf tokenTags,
    int boundaryErrors,
    Map<String, Integer> falsePositives,
    Map<String, Integer> falseNegatives) {

  public AnercorpReport {
    falsePositives = Map.copyOf(falsePositives);
    falseNegatives = Map.copyOf(falseNegatives);
  }

  /** The {@code n} most frequent strings, most frequent first (ties by string, for stable output). */
  public static List<Map.Entry<String, Integer>> top(Map<String, Integer> counts, int n) {
    List<Map.Entry<String, Integer>> l = new ArrayList<>(counts.entrySet());
    l.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
    return l.subList(0, Math.min(n, l.size()));
  }

  /** A plain-text report with the {@code top} most frequent errors of each kind. */
  public String render(int top) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "sentences %d, tokens %d, gold LOC spans %d, predicted place spans %d%n",
        sentences, tokens, goldSpans, predictedSpans));
    sb.append(line("LOC span  (exact)  ", spans));
    sb.append(line("LOC span  (overlap)", overlap));
    sb.append(line("LOC token (B/I)    ", tokenTags));
    sb.append(String.format(Locale.ROOT, "boundary errors (overlap, not exact): %d%n", boundaryErrors));
    sb.append("top false positives:\n");
    for (Map.Entry<String, Integer> e : top(falsePositives, top)) {
      sb.append(String.format(Locale.ROOT, "  %5d  %s%n", e.getValue(), e.getKey()));
    }
    sb.append("top false negatives:\n");
    for (Map.Entry<String, Integer> e : top(falseNegatives, top)) {
      sb.append(String.format(Locale.ROOT, "  %5d  %s%n", e.getValue(), e.getKey()));
    }
    return sb.toString();
  }

  static String line(String label, Prf p) {
    return String.format(Locale.ROOT, "%s  P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)%n",
        label, p.precision(), p.recall(), p.f1(), p.tp(), p.fp(), p.fn());
  }
}
