package org.marsad.eval.external;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.marsad.eval.Prf;
import org.marsad.model.Span;

/**
 * Scores a place recogniser against the LOC spans of a CoNLL corpus. The text is rebuilt by joining
 * the tokens of a sentence with single spaces and the sentences of a chunk with newlines (one line
 * per sentence, as a paragraph of a news report), so every token keeps its character offsets. A
 * predicted raw span covers every token it overlaps: a mention of "ألمانيا" inside the token
 * "وألمانيا" is the whole token, as the corpus tags whole tokens.
 */
public final class AnercorpEval {
  public static final String TYPE = "LOC";

  private AnercorpEval() {}

  public static AnercorpReport run(List<List<ConllToken>> sentences, Function<String, List<Span>> recogniser, int chunkSentences) {
    if (chunkSentences < 1) {
      throw new IllegalArgumentException("chunk size must be at least 1 sentence, not " + chunkSentences);
    }
    Prf spans = Prf.ZERO;
    Prf overlap = Prf.ZERO;
    Prf tokenTags = Prf.ZERO;
    int tokens = 0;
    int gold = 0;
    int predicted = 0;
    int boundary = 0;
    Map<String, Integer> fps = new HashMap<>();
    Map<String, Integer> fns = new HashMap<>();
    for (int from = 0; from < sentences.size(); from += chunkSentences) {
      List<ConllToken> toks = new ArrayList<>();
      StringBuilder text = new StringBuilder();
      List<Integer> starts = new ArrayList<>();
      List<Integer> ends = new ArrayList<>();
      for (List<ConllToken> s : sentences.subList(from, Math.min(sentences.size(), from + chunkSentences))) {
        if (text.length() > 0) {
          text.append('\n');
        }
        for (int k = 0; k < s.size(); k++) {
          if (k > 0) {
            text.append(' ');
          }
          starts.add(text.length());
          text.append(s.get(k).text());
          ends.add(text.length());
          toks.add(s.get(k));
        }
      }
      List<String> goldTags = new ArrayList<>(toks.size());
      for (ConllToken t : toks) {
        goldTags.add(t.tag());
      }
      List<TokenSpan> g = Bio.spans(goldTags, TYPE);
      List<TokenSpan> p = toTokens(recogniser.apply(text.toString()), starts, ends);
      tokens += toks.size();
      gold += g.size();
      predicted += p.size();
      spans = spans.plus(NerScore.spans(g, p));
      overlap = overlap.plus(NerScore.overlap(g, p));
      tokenTags = tokenTags.plus(NerScore.tokens(goldTags, Bio.tags(toks.size(), p, TYPE), TYPE));
      for (TokenSpan s : p) {
        if (!g.contains(s)) {
          fps.merge(surface(toks, s), 1, Integer::sum);
          if (g.stream().anyMatch(x -> NerScore.overlaps(x, s))) {
            boundary++;
          }
        }
      }
      for (TokenSpan s : g) {
        if (!p.contains(s)) {
          fns.merge(surface(toks, s), 1, Integer::sum);
        }
      }
    }
    return new AnercorpReport(sentences.size(), tokens, gold, predicted, spans, overlap, tokenTags, boundary, fps, fns);
  }

  /**
   * The token spans covered by raw character spans; spans that cover the same tokens count once,
   * and of overlapping ones the earlier (then longer) is kept, so the predicted tags are well formed.
   */
  static List<TokenSpan> toTokens(List<Span> raw, List<Integer> starts, List<Integer> ends) {
    TreeSet<TokenSpan> set = new TreeSet<>((a, b) -> a.first() != b.first() ? Integer.compare(a.first(), b.first())
        : Integer.compare(b.end(), a.end()));
    for (Span s : raw) {
      int first = -1;
      int end = -1;
      for (int k = 0; k < starts.size(); k++) {
        if (starts.get(k) < s.end() && s.start() < ends.get(k)) {
          if (first < 0) {
            first = k;
          }
          end = k + 1;
        }
      }
      if (first >= 0) {
        set.add(new TokenSpan(first, end));
      }
    }
    List<TokenSpan> out = new ArrayList<>();
    int taken = 0;
    for (TokenSpan s : set) {
      if (s.first() >= taken) {
        out.add(s);
        taken = s.end();
      }
    }
    return out;
  }

  private static String surface(List<ConllToken> toks, TokenSpan s) {
    StringBuilder sb = new StringBuilder();
    for (int k = s.first(); k < s.end(); k++) {
      if (k > s.first()) {
        sb.append(' ');
      }
      sb.append(toks.get(k).text());
    }
    return sb.toString();
  }
}
