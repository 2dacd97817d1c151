package org.marsad.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.clean.ArabicNormalizer;
import org.marsad.clean.Token;
import org.marsad.clean.Tokenizer;

/**
 * Finds lexicon phrases in a token sequence with a trie over words, so one pass serves every entry.
 * Phrases are folded and tokenised as the text is. The first word of a phrase may carry proclitics
 * in the text (see {@link Clitics}); a phrase word written with a trailing '*' matches any word
 * beginning with that stem (for suffixes: حصار* matches حصارها). At each start the longest phrase
 * wins and yields every value stored for it.
 */
public final class PhraseMatcher<T> {
  /** A phrase found at tokens [firstToken, endToken), normalised offsets [start, end). */
  public record Match<T>(int firstToken, int endToken, int start, int end, T value) {}

  private static final class Node<T> {
    Map<String, Node<T>> exact;
    Map<String, Node<T>> stems;
    int maxStem;
    List<T> values;
  }

  private final Node<T> root;
  private final int size;

  private PhraseMatcher(Node<T> root, int size) {
    this.root = root;
    this.size = size;
  }

  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /** Number of phrases added. */
  public int size() {
    return size;
  }

  public static final class Builder<T> {
    private final Node<T> root = new Node<>();
    private int size;

    /** Adds a phrase; a phrase with no words is refused, naming it. */
    public Builder<T> add(String phrase, T value) {
      List<String> words = new ArrayList<>();
      for (String part : phrase.trim().split("\\s+")) {
        boolean stem = part.endsWith("*");
        String folded = ArabicNormalizer.fold(stem ? part.substring(0, part.length() - 1) : part);
        List<Token> toks = Tokenizer.tokenize(folded);
        for (int i = 0; i < toks.size(); i++) {
          words.add(toks.get(i).text() + (stem && i == toks.size() - 1 ? "*" : ""));
        }
      }
      if (words.isEmpty()) {
        throw new IllegalArgumentException("lexicon phrase has no words: \"" + phrase + "\"");
      }
      Node<T> n = root;
      for (String w : words) {
        boolean stem = w.endsWith("*");
        String key = stem ? w.substring(0, w.length() - 1) : w;
        Map<String, Node<T>> map;
        if (stem) {
          if (n.stems == null) {
            n.stems = new HashMap<>();
          }
          n.maxStem = Math.max(n.maxStem, key.length());
          map = n.stems;
        } else {
          if (n.exact == null) {
            n.exact = new HashMap<>();
          }
          map = n.exact;
        }
        n = map.computeIfAbsent(key, k -> new Node<>());
      }
      if (n.values == null) {
        n.values = new ArrayList<>(1);
      }
      n.values.add(value);
      size++;
      return this;
    }

    public PhraseMatcher<T> build() {
      return new PhraseMatcher<>(root, size);
    }
  }

  public List<Match<T>> findAll(List<Token> tokens) {
    return findAll(Words.of(tokens));
  }

  public List<Match<T>> findAll(Words words) {
    List<Match<T>> out = new ArrayList<>();
    List<Node<T>> next = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      Node<T> best = null;
      int bestEnd = -1;
      for (String first : words.variants(i)) {
        next.clear();
        step(root, first, next);
        for (Node<T> start : next) {
          // walk on exact words from this node, remembering the longest terminal
          int[] end = {-1};
          Node<T> term = walk(start, words, i + 1, end);
          if (term != null && end[0] > bestEnd) {
            best = term;
            bestEnd = end[0];
          }
        }
      }
      if (best != null) {
        Token a = words.get(i);
        Token b = words.get(bestEnd - 1);
        for (T v : best.values) {
          out.add(new Match<>(i, bestEnd, a.start(), b.end(), v));
        }
      }
    }
    return out;
  }

  /** The longest terminal reachable from {@code n} having consumed words before {@code i}. */
  private Node<T> walk(Node<T> n, Words words, int i, int[] end) {
    Node<T> best = null;
    if (n.values != null) {
      best = n;
      end[0] = i;
    }
    if (i >= words.size() || (n.exact == null && n.stems == null)) {
      return best;
    }
    List<Node<T>> next = new ArrayList<>(2);
    step(n, words.get(i).text(), next);
    for (Node<T> c : next) {
      int[] e = {-1};
      Node<T> t = walk(c, words, i + 1, e);
      if (t != null && e[0] > end[0]) {
        best = t;
        end[0] = e[0];
      }
    }
    return best;
  }

  private static <T> void step(Node<T> n, String word, List<Node<T>> into) {
    if (n.exact != null) {
      Node<T> c = n.exact.get(word);
      if (c != null) {
        into.add(c);
      }
    }
    if (n.stems != null) {
      for (int k = Math.min(word.length(), n.maxStem); k >= 2; k--) {
        Node<T> c = n.stems.get(word.substring(0, k));
        if (c != null) {
          into.add(c);
        }
      }
    }
  }
}
