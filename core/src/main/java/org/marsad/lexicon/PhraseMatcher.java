package org.marsad.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.clean.ArabicNormalizer;
import org.marsad.clean.Token;
import org.marsad.clean.Tokenizer;

/**
 * Finds lexicon phrases in a token sequence with a trie over words, so one pass serves every entry.
 * Phrases are folded and tokenised as the text is. The first word of a phrase may carry proclitics
 * in the text (see {@link Clitics}); a phrase word written with a trailing '*' matches any word
 * beginning with that stem (for suffixes: حصار* matches حصارها). A phrase word written in braces is
 * a lemma: {@code {منع}} matches any word whose candidate lemmas ({@link Morphology}) include منع
 * (يمنعون, ومنعت, المنع), with its proclitics and pronoun suffixes, anywhere in a phrase. At each
 * start the longest phrase wins and yields every value stored for it.
 *
 * <p>Immutable once built and safe to share between threads. Words and stems are numbered in the
 * {@link Vocabulary} shared by all matchers; a report's words are looked up there once
 * ({@link Words}) and each matcher steps through its trie by number, allocating only its result.
 */
public final class PhraseMatcher<T> {
  /** A phrase found at tokens [firstToken, endToken), normalised offsets [start, end). */
  public record Match<T>(int firstToken, int endToken, int start, int end, T value) {}

  /** A trie node while the matcher is being built. */
  private static final class BuildNode<T> {
    Map<String, BuildNode<T>> exact;
    Map<String, BuildNode<T>> stems;
    Map<String, BuildNode<T>> lemmas;
    List<T> values;

    /** Adds this subtree's words, stems and lemmas to the three sets. */
    void collect(Set<String> words, Set<String> stemSet, Set<String> lemmaSet) {
      if (exact != null) {
        words.addAll(exact.keySet());
        exact.values().forEach(c -> c.collect(words, stemSet, lemmaSet));
      }
      if (stems != null) {
        stemSet.addAll(stems.keySet());
        stems.values().forEach(c -> c.collect(words, stemSet, lemmaSet));
      }
      if (lemmas != null) {
        lemmaSet.addAll(lemmas.keySet());
        lemmas.values().forEach(c -> c.collect(words, stemSet, lemmaSet));
      }
    }

    Node<T> freeze(Vocabulary.Snapshot v) {
      return new Node<>(freeze(exact, v, Kind.WORD), freeze(stems, v, Kind.STEM), freeze(lemmas, v, Kind.LEMMA),
          values == null ? null : List.copyOf(values));
    }

    private static <T> IntTable<Node<T>> freeze(Map<String, BuildNode<T>> m, Vocabulary.Snapshot v, Kind kind) {
      if (m == null) {
        return null;
      }
      Map<Integer, Node<T>> frozen = new HashMap<>(m.size() * 2);
      m.forEach((k, c) -> frozen.put(switch (kind) {
        case WORD -> v.word(k);
        case STEM -> v.stem(k);
        case LEMMA -> v.lemma(k);
      }, c.freeze(v)));
      return new IntTable<>(frozen);
    }
  }

  /** How a phrase word matches: as written, as a stem ('*'), or as a lemma ('{...}'). */
  private enum Kind {
    WORD, STEM, LEMMA
  }

  /** A trie node as matching reads it: children by word number, by stem number and by lemma number. */
  private static final class Node<T> {
    final IntTable<Node<T>> exact;
    final IntTable<Node<T>> stems;
    final IntTable<Node<T>> lemmas;
    final List<T> values;

    Node(IntTable<Node<T>> exact, IntTable<Node<T>> stems, IntTable<Node<T>> lemmas, List<T> values) {
      this.exact = exact;
      this.stems = stems;
      this.lemmas = lemmas;
      this.values = values;
    }
  }

  private final Node<T> root;
  private final int size;
  /** This matcher's bit in {@link Words#starts}; 0 when it has none (every token is tried). */
  private final long bit;

  private PhraseMatcher(Node<T> root, int size, long bit) {
    this.root = root;
    this.size = size;
    this.bit = bit;
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

    /** Adds a phrase; a phrase with no words, or a lemma that is not one word, is refused, naming it. */
    public Builder<T> add(String phrase, T value) {
      List<String> words = new ArrayList<>();
      for (String part : phrase.trim().split("\\s+")) {
        if (part.startsWith("{") && part.endsWith("}") && part.length() > 2) {
          String lemma = ArabicNormalizer.fold(part.substring(1, part.length() - 1));
          List<Token> toks = Tokenizer.tokenize(lemma);
          if (toks.size() != 1 || !toks.get(0).text().equals(lemma)) {
            throw new IllegalArgumentException("lexicon lemma must be one word: " + part + " in \"" + phrase + "\"");
          }
          words.add("{" + lemma);
          continue;
        }
        if (part.indexOf('{') >= 0 || part.indexOf('}') >= 0) {
          throw new IllegalArgumentException("lexicon lemma must be one word in braces, {like}: \"" + phrase + "\"");
        }
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
        boolean lemma = w.startsWith("{");
        boolean stem = !lemma && w.endsWith("*");
        String key = lemma ? w.substring(1) : stem ? w.substring(0, w.length() - 1) : w;
        Map<String, BuildNode<T>> map;
        if (lemma) {
          if (n.lemmas == null) {
            n.lemmas = new HashMap<>();
          }
          map = n.lemmas;
        } else if (stem) {
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
      Set<String> words = new HashSet<>();
      Set<String> stems = new HashSet<>();
      Set<String> lemmas = new HashSet<>();
      root.collect(words, stems, lemmas);
      Vocabulary.Registration r = Vocabulary.register(words, stems, lemmas,
          root.exact == null ? Set.of() : root.exact.keySet(), root.stems == null ? Set.of() : root.stems.keySet(),
          root.lemmas == null ? Set.of() : root.lemmas.keySet());
      return new PhraseMatcher<>(root.freeze(r.snapshot()), size, r.bit());
    }
  }

  public List<Match<T>> findAll(List<Token> tokens) {
    return findAll(Words.of(tokens));
  }

  public List<Match<T>> findAll(Words words) {
    List<Match<T>> out = new ArrayList<>();
    words.number(Vocabulary.current());
    Search<T> s = new Search<>(words);
    int[] formStart = words.formStart;
    long[] starts = words.starts;
    for (int i = 0; i < words.size(); i++) {
      if (bit != 0 && (starts[i] & bit) == 0) {
        continue; // no phrase of this matcher begins with any form of this token
      }
      s.best = null;
      s.bestEnd = -1;
      for (int f = formStart[i]; f < formStart[i + 1]; f++) {
        s.children(root, f, i + 1);
      }
      s.lemmaChildren(root, i);
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
    final int size;
    final int[] formStart;
    final int[] formId;
    final int[] stemStart;
    final int[] stemIds;
    final int[] lemmaStart;
    final int[] lemmaIds;
    Node<T> best;
    int bestEnd;

    Search(Words words) {
      this.words = words;
      size = words.size();
      formStart = words.formStart;
      formId = words.formId;
      stemStart = words.stemStart;
      stemIds = words.stemIds;
      lemmaStart = words.lemmaStart;
      lemmaIds = words.lemmaIds;
    }

    /** Visits node {@code n}, reached having consumed the words before {@code i}. */
    void visit(Node<T> n, int i) {
      if (n.values != null && i > bestEnd) {
        best = n;
        bestEnd = i;
      }
      if (i < size && (n.exact != null || n.stems != null)) {
        children(n, formStart[i], i + 1); // later words of a phrase are read as written: the token's first form
      }
      if (i < size && n.lemmas != null) {
        lemmaChildren(n, i); // a lemma reads the whole token: the analyser strips its own clitics
      }
    }

    /** Visits every child of {@code n} that a lemma of token {@code i} leads to. */
    void lemmaChildren(Node<T> n, int i) {
      if (n.lemmas == null) {
        return;
      }
      for (int k = lemmaStart[i]; k < lemmaStart[i + 1]; k++) {
        Node<T> c = n.lemmas.get(lemmaIds[k]);
        if (c != null) {
          visit(c, i + 1);
        }
      }
    }

    /** Visits every child of {@code n} that form {@code f} (its word, its stems) leads to; {@code next} is the word after it. */
    void children(Node<T> n, int f, int next) {
      int id = formId[f];
      if (n.exact != null && id >= 0) {
        Node<T> c = n.exact.get(id);
        if (c != null) {
          visit(c, next);
        }
      }
      if (n.stems != null) {
        for (int k = stemStart[f]; k < stemStart[f + 1]; k++) {
          Node<T> c = n.stems.get(stemIds[k]);
          if (c != null) {
            visit(c, next);
          }
        }
      }
    }
  }
}
