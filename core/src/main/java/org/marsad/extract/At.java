package org.marsad.extract;

import java.util.List;
import java.util.function.ToIntFunction;
import org.marsad.geocode.PlaceLevel;

/**
 * A place or time mention in word indices; {@code level} is a place's gazetteer level, and
 * {@code aside} marks a town named only as a bearing ("شرق حمص"): the event is not at it.
 */
record At<T>(int first, int end, T value, PlaceLevel level, boolean aside) {
  At(int first, int end, T value, PlaceLevel level) {
    this(first, end, value, level, false);
  }

  /**
   * The index of the first element whose key is at least {@code at}, in a list sorted by that key:
   * rules look at one sentence, so a report's cost stays linear however long it is.
   */
  static <T> int firstAt(List<T> list, ToIntFunction<T> key, int at) {
    int lo = 0;
    int hi = list.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (key.applyAsInt(list.get(mid)) < at) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The mention nearest the trigger in its sentence, not across a barrier; ties go to the later one. */
  static <T> At<T> nearest(Mentions m, List<At<T>> mentions, int f, int e, int maxDistance, boolean barriers) {
    At<T> best = null;
    int bestDist = Integer.MAX_VALUE;
    int end = m.sentenceEnd[f];
    for (int i = firstAt(mentions, At::first, m.sentenceStart[f]); i < mentions.size() && mentions.get(i).first() < end; i++) {
      At<T> x = mentions.get(i);
      if (!m.sameSentence(x.first(), f) || (barriers && m.barrierBetween(x.first(), f))) {
        continue;
      }
      int d = x.first() >= e ? x.first() - e : x.end() <= f ? f - x.end() : 0;
      if (d > maxDistance) {
        continue;
      }
      if (d < bestDist || (d == bestDist && best != null && x.first() > best.first())) {
        best = x;
        bestDist = d;
      }
    }
    return best;
  }
}
