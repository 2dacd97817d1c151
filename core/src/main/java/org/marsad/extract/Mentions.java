package org.marsad.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.clean.Token;
import org.marsad.lexicon.PhraseMatcher;
import org.marsad.model.Paragraph;

/**
 * Word-level geometry of one report: which sentence and paragraph each word is in, and where
 * cues of each class stand, so that attachment rules ask questions in word distances.
 */
final class Mentions {
  private static final String SENTENCE_ENDS = ".!?؟\n\r;؛";
  final String norm;
  final List<Token> tokens;
  final int[] sentence;
  final int[] sentenceStart;
  final int[] sentenceEnd;
  final int[] paragraph;
  final boolean[] duplicate;
  /** First words of the text's event triggers, set once they are found: whose "by X" an agent is (ActorRules). */
  final java.util.BitSet actStarts = new java.util.BitSet();
  final Map<String, List<PhraseMatcher.Match<Lexicons.Cue>>> cues = new HashMap<>(); // looked up per rule, never iterated

  Mentions(String norm, List<Token> tokens, List<Paragraph> paragraphs, int[] rawStartOfToken,
      List<PhraseMatcher.Match<Lexicons.Cue>> cueMatches, int maxSentence) {
    this.norm = norm;
    this.tokens = tokens;
    int n = tokens.size();
    sentence = new int[n];
    paragraph = new int[n];
    duplicate = new boolean[n];
    int s = 0;
    int p = 0;
    List<int[]> bounds = new ArrayList<>();
    int open = 0;
    for (int i = 0; i < n; i++) {
      if (i > 0 && (endsSentence(norm, tokens.get(i - 1).end(), tokens.get(i).start()) || i - open >= maxSentence)) {
        bounds.add(new int[] {open, i});
        open = i;
        s++;
      }
      sentence[i] = s;
      while (p + 1 < paragraphs.size() && paragraphs.get(p + 1).start() <= rawStartOfToken[i]) {
        p++;
      }
      paragraph[i] = p;
      duplicate[i] = !paragraphs.isEmpty() && paragraphs.get(p).isDuplicate();
    }
    bounds.add(new int[] {open, n});
    sentenceStart = new int[n];
    sentenceEnd = new int[n];
    for (int[] b : bounds) {
      for (int i = b[0]; i < b[1]; i++) {
        sentenceStart[i] = b[0];
        sentenceEnd[i] = b[1];
      }
    }
    for (PhraseMatcher.Match<Lexicons.Cue> m : cueMatches) {
      cues.computeIfAbsent(m.value().cls(), k -> new ArrayList<>()).add(m);
    }
  }

  private static boolean endsSentence(String norm, int from, int to) {
    for (int i = from; i < to; i++) {
      if (SENTENCE_ENDS.indexOf(norm.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  boolean sameSentence(int a, int b) {
    return sentence[a] == sentence[b];
  }

  /** The cues of a class the data names (a frame's slot, a trigger's required cue), in word order. */
  List<PhraseMatcher.Match<Lexicons.Cue>> cues(String cls) {
    return cues.getOrDefault(cls, List.of());
  }

  List<PhraseMatcher.Match<Lexicons.Cue>> cues(CueClass cls) {
    return cues(cls.name());
  }

  PhraseMatcher.Match<Lexicons.Cue> cueIn(CueClass cls, int from, int to, int anchor) {
    return cueIn(cls.name(), from, to, anchor);
  }

  /** A cue of the class lying within words [from, to) of the sentence of word {@code anchor}. */
  PhraseMatcher.Match<Lexicons.Cue> cueIn(String cls, int from, int to, int anchor) {
    List<PhraseMatcher.Match<Lexicons.Cue>> list = cues(cls);
    PhraseMatcher.Match<Lexicons.Cue> best = null;
    // the matcher reports cues in word order, so the window starts at a binary-searched index
    for (int i = firstAtOrAfter(list, from); i < list.size() && list.get(i).firstToken() < to; i++) {
      PhraseMatcher.Match<Lexicons.Cue> m = list.get(i);
      if (m.endToken() <= to && sameSentence(m.firstToken(), anchor)
          && (best == null || Math.abs(m.firstToken() - anchor) < Math.abs(best.firstToken() - anchor))) {
        best = m;
      }
    }
    return best;
  }

  /** Whether a clause barrier cue stands between words a and b. */
  boolean barrierBetween(int a, int b) {
    return cueBetween(CueClass.BARRIER, a, b);
  }

  /** Whether a cue of the class starts strictly between words a and b. */
  boolean cueBetween(CueClass cls, int a, int b) {
    int lo = Math.min(a, b);
    int hi = Math.max(a, b);
    List<PhraseMatcher.Match<Lexicons.Cue>> list = cues(cls);
    int i = firstAtOrAfter(list, lo + 1);
    return i < list.size() && list.get(i).firstToken() < hi;
  }

  private static int firstAtOrAfter(List<PhraseMatcher.Match<Lexicons.Cue>> list, int word) {
    int lo = 0;
    int hi = list.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (list.get(mid).firstToken() < word) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The word index whose span contains or follows normalised offset {@code off}. */
  int tokenAt(int off) {
    int lo = 0;
    int hi = tokens.size() - 1;
    int ans = tokens.size();
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).end() > off) {
        ans = mid;
        hi = mid - 1;
      } else {
        lo = mid + 1;
      }
    }
    return ans;
  }

  /**
   * Whether an Arabic word carries the article after its proclitics: "المدينة", "وبالبلدات" refer
   * back ("the town") and name nothing after them, unlike "بلدة X", "قريتي X وY".
   */
  static boolean definite(String w) {
    int i = 0;
    if (i < w.length() && (w.charAt(i) == 'و' || w.charAt(i) == 'ف')) {
      i++;
    }
    if (w.startsWith("لل", i)) {
      return true;
    }
    if (i < w.length() && (w.charAt(i) == 'ب' || w.charAt(i) == 'ل' || w.charAt(i) == 'ك') && w.startsWith("ال", i + 1)) {
      return true;
    }
    return w.startsWith("ال", i);
  }

  static boolean hasClauseBreak(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '،' || c == ',' || c == ':' || c == '.' || c == '\n') {
        return true;
      }
    }
    return false;
  }
}
