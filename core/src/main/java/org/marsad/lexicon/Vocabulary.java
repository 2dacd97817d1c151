package org.marsad.lexicon;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Every word, stem and lemma of every phrase matcher built in this JVM, numbered. A report's word forms
 * are looked up here once ({@link Words}), and each matcher then steps through its trie by number;
 * so a word is hashed and its stems walked once per report instead of once per matcher.
 *
 * <p>Each of the first 64 matchers also gets a bit, set on the words and stems that begin one of
 * its phrases; a report's token whose forms carry none of a matcher's bit cannot start a phrase of
 * that matcher, which then skips it without probing its trie.
 *
 * <p>Numbers and bits are never reassigned. The current {@link Snapshot} is immutable and published
 * through a volatile field; building a matcher that brings new words publishes a new snapshot
 * (copy on write: matchers are built at start-up, lookups happen all the time).
 */
final class Vocabulary {
  /** An immutable numbering of words and of stems. */
  static final class Snapshot {
    private final Map<String, Integer> wordMap; // for the next copy
    private final Map<String, Integer> stemMap;
    private final WordTable<Integer> words;
    private final StemTrie<Integer> stems;
    /** By word number: the bits of the matchers whose phrases may begin with that word. */
    private final long[] wordStarts;
    /** By stem number: the bits of the matchers whose phrases may begin with that stem. */
    private final long[] stemStarts;
    /** Lemma entries ({@code {منع}}): their numbers and each report word's lemmas among them. */
    private final LemmaLookup lemmas;
    /** By lemma number: the bits of the matchers whose phrases may begin with that lemma. */
    private final long[] lemmaStarts;

    private Snapshot(Map<String, Integer> wordMap, Map<String, Integer> stemMap, long[] wordStarts, long[] stemStarts,
        LemmaLookup lemmas, long[] lemmaStarts) {
      this.wordMap = wordMap;
      this.stemMap = stemMap;
      this.words = new WordTable<>(wordMap);
      this.stems = StemTrie.of(stemMap);
      this.wordStarts = wordStarts;
      this.stemStarts = stemStarts;
      this.lemmas = lemmas;
      this.lemmaStarts = lemmaStarts;
    }

    /** The numbers of the lexicon lemmas that folded word {@code w} may be a form of (cached per word). */
    int[] lemmas(String w) {
      return lemmas.of(w);
    }

    /** The bits of the matchers with a phrase beginning with lemma number {@code id}. */
    long lemmaStarts(int id) {
      return lemmaStarts[id];
    }

    /** The number of lemma {@code l} (folded), or -1 when no matcher has it. */
    int lemma(String l) {
      Integer id = lemmas.ids().get(l);
      return id == null ? -1 : id;
    }

    /** The bits of the matchers with a phrase beginning with word number {@code id} (-1: none). */
    long wordStarts(int id) {
      return id < 0 ? 0 : wordStarts[id];
    }

    /** The bits of the matchers with a phrase beginning with stem number {@code id}. */
    long stemStarts(int id) {
      return stemStarts[id];
    }

    /** The number of word {@code w}, or -1 when no matcher has it. */
    int word(String w) {
      Integer id = words.get(w);
      return id == null ? -1 : id;
    }

    /** The number of stem {@code s}, or -1 when no matcher has it. */
    int stem(String s) {
      Integer id = stemMap.get(s);
      return id == null ? -1 : id;
    }

    /** The number of form w[from..] ("ال" + w[from..] when {@code article}), or -1. */
    int word(String w, int from, boolean article) {
      Integer id = words.get(w, from, article);
      return id == null ? -1 : id;
    }

    /**
     * Appends the numbers of the stems (two letters or more) that begin form w[from..] ("ال" +
     * w[from..] when {@code article}), longest first.
     */
    void stems(String w, int from, boolean article, Stems into) {
      StemTrie<Integer> t = stems;
      int first = into.size;
      int d = 0; // letters of the form read so far
      if (article) {
        t = t.child('ا');
        t = t == null ? null : t.child('ل');
        d = 2;
        if (t != null && t.value() != null) {
          into.add(t.value());
        }
      }
      for (int k = from; t != null && k < w.length(); k++) {
        t = t.child(w.charAt(k));
        d++;
        if (t != null && d >= 2 && t.value() != null) {
          into.add(t.value());
        }
      }
      into.reverse(first); // found shortest first
    }
  }

  /** A growing list of stem numbers. */
  static final class Stems {
    private int[] ids;
    private int size;

    Stems(int capacity) {
      ids = new int[capacity];
    }

    int size() {
      return size;
    }

    void add(int id) {
      if (size == ids.length) {
        ids = Arrays.copyOf(ids, size * 2 + 8);
      }
      ids[size++] = id;
    }

    void reverse(int from) {
      for (int a = from, b = size - 1; a < b; a++, b--) {
        int t = ids[a];
        ids[a] = ids[b];
        ids[b] = t;
      }
    }

    int[] ids() {
      return ids;
    }
  }

  /** A matcher's view: the snapshot that numbers its words, and its bit (0: none, check every token). */
  record Registration(Snapshot snapshot, long bit) {}

  private static volatile Snapshot current =
      new Snapshot(Map.of(), Map.of(), new long[0], new long[0], new LemmaLookup(Map.of(), Set.of(), Vocabulary::analyse), new long[0]);
  private static int matchers;

  private Vocabulary() {}

  static Snapshot current() {
    return current;
  }

  /** The Arabic analyser's candidates for a word (the dictionary loads on the first lemma entry). */
  private static Iterable<String> analyse(String w) {
    return Morphology.arabic().lemmas(w);
  }

  /**
   * Numbers the words, stems and lemmas not yet known, gives the matcher its bit on the words,
   * stems and lemmas its phrases begin with ({@code startWords}, {@code startStems}, {@code
   * startLemmas}), and returns the snapshot that has them all.
   */
  static synchronized Registration register(Collection<String> words, Collection<String> stems,
      Collection<String> startWords, Collection<String> startStems) {
    return register(words, stems, Set.of(), startWords, startStems, Set.of());
  }

  static synchronized Registration register(Collection<String> words, Collection<String> stems, Collection<String> lemmas,
      Collection<String> startWords, Collection<String> startStems, Collection<String> startLemmas) {
    Snapshot s = current;
    long bit = matchers < 64 ? 1L << matchers : 0;
    matchers++;
    Map<String, Integer> wm = new HashMap<>(s.wordMap);
    for (String w : words) {
      wm.putIfAbsent(w, wm.size());
    }
    Map<String, Integer> sm = new HashMap<>(s.stemMap);
    for (String st : stems) {
      sm.putIfAbsent(st, sm.size());
    }
    long[] ws = Arrays.copyOf(s.wordStarts, wm.size());
    long[] ss = Arrays.copyOf(s.stemStarts, sm.size());
    for (String w : startWords) {
      ws[wm.get(w)] |= bit;
    }
    for (String st : startStems) {
      ss[sm.get(st)] |= bit;
    }
    LemmaLookup lookup = s.lemmas;
    if (!lookup.ids().keySet().containsAll(lemmas)) {
      Map<String, Integer> lm = new HashMap<>(lookup.ids());
      for (String l : lemmas) {
        lm.putIfAbsent(l, lm.size());
      }
      // new lemmas: earlier cached answers lack them, so a new lookup with its own cache
      lookup = new LemmaLookup(Map.copyOf(lm), Morphology.arabic().cores(lm.keySet()), Vocabulary::analyse);
    }
    long[] ls = Arrays.copyOf(s.lemmaStarts, lookup.ids().size());
    for (String l : startLemmas) {
      ls[lookup.ids().get(l)] |= bit;
    }
    s = new Snapshot(wm, sm, ws, ss, lookup, ls);
    current = s;
    return new Registration(s, bit);
  }
}
