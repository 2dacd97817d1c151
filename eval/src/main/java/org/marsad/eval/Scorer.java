package org.marsad.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.marsad.eval.gold.GoldDocument;
import org.marsad.eval.gold.GoldDuplicate;
import org.marsad.eval.gold.GoldEvent;
import org.marsad.eval.gold.GoldPlace;
import org.marsad.geocode.Geocoder;
import org.marsad.model.Event;
import org.marsad.model.EventType;
import org.marsad.model.Extraction;
import org.marsad.model.Paragraph;
import org.marsad.model.Span;

/**
 * Scores one extraction against its gold file (CODEBOOK.md, "Matching for scores"; the decisions
 * the codebook leaves open are in docs/eval.md).
 *
 * <p>A predicted event is a candidate for a gold event when the types are equal and one of its
 * evidence spans overlaps one occurrence of one of the gold evidence strings in the text. Gold and
 * predicted events are then paired one-to-one by a maximum bipartite matching over the
 * non-optional gold events (augmenting paths, trying the largest overlap first), so two
 * predictions of one gold event give one true and one false positive. A prediction left unpaired
 * that is a candidate for an optional gold event is neutral.
 */
public final class Scorer {
  /** Used when a gold place gives coordinates but no {@code tolerance_km}. */
  public static final double DEFAULT_TOLERANCE_KM = 10.0;

  private static final String ELLIPSIS = " … ";

  private Scorer() {}

  /** Scores under the gold document's own name. */
  public static DocumentScore score(GoldDocument gold, String text, Extraction predicted) {
    return score(gold.name(), gold, text, predicted);
  }

  /**
   * @param document the name the score is reported under
   * @param text the report's text exactly as read: gold evidence strings are located in it and
   *     predicted spans point into it
   */
  public static DocumentScore score(String document, GoldDocument gold, String text, Extraction predicted) {
    List<String> warnings = new ArrayList<>();
    List<GoldEvent> golds = gold.events();
    List<Event> preds = predicted.events();

    List<List<Span>> located = new ArrayList<>(golds.size());
    for (GoldEvent g : golds) {
      List<Span> occ = new ArrayList<>();
      for (String ev : g.evidence()) {
        List<Span> found = locate(text, ev);
        if (found.isEmpty()) {
          warnings.add("gold " + g.id() + ": evidence not found in the text: \"" + ev + "\"");
        }
        occ.addAll(found);
      }
      located.add(occ);
    }

    // overlap[i][j]: longest overlap between gold event i's located evidence and prediction j's spans
    int[][] overlap = new int[golds.size()][preds.size()];
    for (int i = 0; i < golds.size(); i++) {
      for (int j = 0; j < preds.size(); j++) {
        overlap[i][j] = longestOverlap(located.get(i), preds.get(j).evidence());
      }
    }

    int[] goldOfPred = new int[preds.size()];
    Arrays.fill(goldOfPred, -1);
    List<List<Integer>> candidates = new ArrayList<>(golds.size());
    for (int i = 0; i < golds.size(); i++) {
      final int gi = i;
      List<Integer> c = new ArrayList<>();
      for (int j = 0; j < preds.size(); j++) {
        if (overlap[i][j] > 0 && preds.get(j).type() == golds.get(i).type()) {
          c.add(j);
        }
      }
      c.sort(Comparator.comparingInt((Integer j) -> -overlap[gi][j]).thenComparingInt(j -> j));
      candidates.add(c);
    }
    for (int i = 0; i < golds.size(); i++) {
      if (!golds.get(i).optional()) {
        augment(i, candidates, goldOfPred, new boolean[preds.size()]);
      }
    }

    Map<EventType, int[]> counts = new EnumMap<>(EventType.class); // tp, fp, fn
    List<MatchedPair> matches = new ArrayList<>();
    boolean[] goldMatched = new boolean[golds.size()];
    Set<String> placeWarned = new LinkedHashSet<>();
    for (int j = 0; j < preds.size(); j++) {
      int i = goldOfPred[j];
      if (i >= 0) {
        goldMatched[i] = true;
        matches.add(pair(gold, golds.get(i), preds.get(j), warnings, placeWarned));
        counts.computeIfAbsent(golds.get(i).type(), t -> new int[3])[0]++;
      }
    }
    // keep matches in gold order, which reads better than prediction order
    matches.sort(Comparator.comparingInt(m -> golds.indexOf(m.gold())));

    List<FalseEvent> falseEvents = new ArrayList<>();
    int neutral = 0;
    for (int j = 0; j < preds.size(); j++) {
      if (goldOfPred[j] >= 0) {
        continue;
      }
      boolean hitsOptional = false;
      for (int i = 0; i < golds.size(); i++) {
        if (golds.get(i).optional() && candidates.get(i).contains(j)) {
          hitsOptional = true;
          break;
        }
      }
      Event p = preds.get(j);
      if (hitsOptional) {
        neutral++;
      } else {
        falseEvents.add(new FalseEvent(document, p.id(), p.type(), spanText(text, p.evidence()), p.ruleId()));
        counts.computeIfAbsent(p.type(), t -> new int[3])[1]++;
      }
    }

    List<Miss> misses = new ArrayList<>();
    Map<TypePair, Integer> confusion = new TreeMap<>();
    int required = 0;
    for (int i = 0; i < golds.size(); i++) {
      GoldEvent g = golds.get(i);
      if (g.optional()) {
        continue;
      }
      required++;
      if (goldMatched[i]) {
        continue;
      }
      misses.add(new Miss(document, g.id(), g.type(), String.join(ELLIPSIS, g.evidence())));
      counts.computeIfAbsent(g.type(), t -> new int[3])[2]++;
      Set<EventType> readAs = EnumSet.noneOf(EventType.class);
      for (int j = 0; j < preds.size(); j++) {
        if (overlap[i][j] > 0 && preds.get(j).type() != g.type()) {
          readAs.add(preds.get(j).type());
        }
      }
      for (EventType t : readAs) {
        confusion.merge(new TypePair(g.type(), t), 1, Integer::sum);
      }
    }

    Map<EventType, Prf> perType = new TreeMap<>();
    counts.forEach((t, c) -> perType.put(t, new Prf(c[0], c[1], c[2])));

    return new DocumentScore(
        document,
        required,
        preds.size(),
        new TreeMap<>(perType),
        matches,
        misses,
        falseEvents,
        neutral,
        new TreeMap<>(confusion),
        duplicates(gold.duplicates(), predicted.paragraphs()),
        warnings);
  }

  /** Kuhn's augmenting path from gold event i; true when i got (or kept a route to) a prediction. */
  private static boolean augment(int i, List<List<Integer>> candidates, int[] goldOfPred, boolean[] seen) {
    for (int j : candidates.get(i)) {
      if (seen[j]) {
        continue;
      }
      seen[j] = true;
      if (goldOfPred[j] < 0 || augment(goldOfPred[j], candidates, goldOfPred, seen)) {
        goldOfPred[j] = i;
        return true;
      }
    }
    return false;
  }

  private static MatchedPair pair(GoldDocument doc, GoldEvent g, Event p, List<String> warnings, Set<String> placeWarned) {
    String predDate = p.date() == null ? null : p.date().value();
    boolean dateOk = g.date() == null ? predDate == null : g.date().equals(predDate);
    boolean placeOk = placeOk(doc, g, p, warnings, placeWarned);
    boolean actorOk = sameName(g.actor1(), p.actor1() == null ? null : p.actor1().name());
    boolean modalityOk = sameName(g.modality(), p.modality() == null ? null : p.modality().code());
    return new MatchedPair(g, p, dateOk, placeOk, actorOk, modalityOk);
  }

  private static boolean placeOk(GoldDocument doc, GoldEvent g, Event p, List<String> warnings, Set<String> placeWarned) {
    if (g.place() == null) {
      return p.place() == null;
    }
    if (p.place() == null) {
      return false;
    }
    if (sameName(g.place(), p.place().name())) {
      return true;
    }
    GoldPlace gp = doc.placeNamed(g.place());
    if (gp == null) {
      if (placeWarned.add(g.place())) {
        warnings.add("gold " + g.id() + ": place \"" + g.place() + "\" is not among the gold places (matched by name only)");
      }
      return false;
    }
    if (!gp.hasCoordinates() || !Double.isFinite(p.place().lat()) || !Double.isFinite(p.place().lon())) {
      return false;
    }
    double tolerance = gp.toleranceKm() == null ? DEFAULT_TOLERANCE_KM : gp.toleranceKm();
    return Geocoder.km(gp.lat(), gp.lon(), p.place().lat(), p.place().lon()) <= tolerance;
  }

  /** Case-insensitive equality, null equal to null only. */
  static boolean sameName(String gold, String predicted) {
    if (gold == null || predicted == null) {
      return gold == null && predicted == null;
    }
    return gold.trim().toLowerCase(Locale.ROOT).equals(predicted.trim().toLowerCase(Locale.ROOT));
  }

  /** Every occurrence of {@code needle} in {@code text}, overlapping ones included; exact, no normalisation. */
  public static List<Span> locate(String text, String needle) {
    List<Span> out = new ArrayList<>();
    if (needle.isEmpty()) {
      return out;
    }
    for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      out.add(new Span(at, at + needle.length()));
    }
    return out;
  }

  private static int longestOverlap(List<Span> gold, List<Span> predicted) {
    int best = 0;
    for (Span g : gold) {
      for (Span p : predicted) {
        best = Math.max(best, Math.min(g.end(), p.end()) - Math.max(g.start(), p.start()));
      }
    }
    return best;
  }

  private static Prf duplicates(List<GoldDuplicate> gold, List<Paragraph> paragraphs) {
    Set<Integer> expected = gold.stream().map(GoldDuplicate::paragraph).collect(Collectors.toCollection(TreeSet::new));
    Set<Integer> found = paragraphs.stream().filter(Paragraph::isDuplicate).map(Paragraph::index).collect(Collectors.toCollection(TreeSet::new));
    int tp = 0;
    for (int p : found) {
      if (expected.contains(p)) {
        tp++;
      }
    }
    return new Prf(tp, found.size() - tp, expected.size() - tp);
  }

  /** The text a prediction's spans cover; spans outside the text are clipped, not trusted. */
  static String spanText(String text, List<Span> spans) {
    List<String> parts = new ArrayList<>();
    for (Span s : spans) {
      int start = Math.min(s.start(), text.length());
      int end = Math.min(s.end(), text.length());
      parts.add(text.substring(start, end));
    }
    return String.join(ELLIPSIS, parts);
  }
}
