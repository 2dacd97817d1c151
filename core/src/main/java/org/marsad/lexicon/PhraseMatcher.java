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
 *
 * <p>Immutable once built and safe to share between threads. Matching allocates only its result:
 * exact words are found by their cached hash, stems by walking a character trie ({@link StemTrie}),
 * never by substring.
 */
public final class PhraseMatcher<T> {
  /** A phrase found at tokens [firstToken, endToken), normalised offsets [start, end). */
  public record Match<T>(int firstToken, int endToken, int start, int end, T value) {}

  /** A trie node while the matcher is being built. */
  private static final class BuildNode<T> {
    Map<String, BuildNode<T>> exact;
    Map<String, BuildNode<T>> stems;
    List<T> values;

    Node<T> freeze() {
      StemTrie<Node<T>> stemTrie = null;
      if (stems != null) {
        Map<String, Node<T>> frozen = new HashMap<>(stems.size() * 2);
        stems.forEach((k, v) -> frozen.put(k, v.freeze()));
        stemTrie = StemTrie.of(frozen);
      }
      WordTable<Node<T>> exactTable = null;
      if (exact != null) {
        Map<String, Node<T>> frozen = new HashMap<>(exact.size() * 2);
        exact.forEach((k, v) -> frozen.put(k, v.freeze()));
        exactTable = new WordTable<>(frozen);
      }
      return new Node<>(exactTable, stemTrie, values == null ? null : List.copyOf(values));
    }
  }

  /** A trie node as matching reads it. */
  private static final class Node<T> {
    final WordTable<Node<T>> exact;
    final StemTrie<Node<T>> stems;
    final List<T> values;

    Node(WordTable<Node<T>> exact, StemTrie<Node<T>> stems, List<T> values) {
      this.exact = exact;
      this.stems = stems;
      this.values = values;
    }
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
    private final BuildNode<T> root = new BuildNode<>();
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
      BuildNode<T> n = root;
      for (String w : words) {
        boolean stem = w.endsWith("*");
        String key = stem ? w.substring(0, w.length() - 1) : w;
        Map<String, BuildNode<T>> map;
        if (stem) {
          if (n.stems == null) {
            n.stems = new HashMap<>();
          }
          map = n.stems;
        } else {
          if (n.exact == null) {
            n.exact = new HashMap<>();
          }
          map = n.exact;
        }
        n = map.computeIfAbsent(key, k -> new BuildNode<>());
      }
      if (n.values == null) {
        n.values = new ArrayList<>(1);
      }
      n.values.add(value);
      size++;
      return this;
    }

    public PhraseMatcher<T> build() {
      return new PhraseMatcher<>(root.freeze(), size);
    }
  }

  public List<Match<T>> findAll(List<Token> tokens) {
    return findAll(Words.of(tokens));
  }

  public List<Match<T>> findAll(Words words) {
    List<Match<T>> out = new ArrayList<>();
    Search<T> s = new Search<>(words);
    for (int i = 0; i < words.size(); i++) {
      s.best = null;
      s.bestEnd = -1;
      for (String first : words.variants(i)) {
        s.children(root, first, i + 1);
      }
      if (s.best != null) {
        Token a = words.get(i);
        Token b = words.get(s.bestEnd - 1);
        for (T v : s.best.values) {
          out.add(new Match<>(i, s.bestEnd, a.start(), b.end(), v));
        }
      }
    }
    return out;
  }

  /**
   * A depth-first walk from one start word, keeping the longest terminal; among terminals of equal
   * length the first reached wins (exact words before stems, longer stems before shorter ones).
   */
  private static final class Search<T> {
    final Words words;
    Node<T> best;
    int bestEnd;

    Search(Words words) {
      this.words = words;
    }

    /** Visits node {@code n}, reached having consumed the words before {@code i}. */
    void visit(Node<T> n, int i) {
      if (n.values != null && i > bestEnd) {
        best = n;
        bestEnd = i;
      }
      if (i < words.size() && (n.exact != null || n.stems != null)) {
        children(n, words.get(i).text(), i + 1);
      }
    }

    /** Visits every child of {@code n} that {@code word} leads to; {@code next} is the word after it. */
    void children(Node<T> n, String word, int next) {
      if (n.exact != null) {
        Node<T> c = n.exact.get(word);
        if (c != null) {
          visit(c, next);
        }
      }
      if (n.stems != null) {
        stems(n.stems, word, 0, next);
      }
    }

    /** Visits the nodes of the stems of {@code word} below trie node {@code t} (at {@code depth}), longest first. */
    void stems(StemTrie<Node<T>> t, String word, int depth, int next) {
      if (depth < word.length()) {
        StemTrie<Node<T>> c = t.child(word.charAt(depth));
        if (c != null) {
          stems(c, word, depth + 1, next);
        }
      }
      if (depth >= 2 && t.value() != null) {
        visit(t.value(), next);
      }
    }
  }
}
