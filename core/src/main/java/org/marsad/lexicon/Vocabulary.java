package org.marsad.lexicon;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every word and stem of every phrase matcher built in this JVM, numbered. A report's word forms
 * are looked up here once ({@link Words}), and each matcher then steps through its trie by number;
 * so a word is hashed and its stems walked once per report instead of once per matcher.
 *
 * <p>Numbers are never reassigned. The current {@link Snapshot} is immutable and published
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

    private Snapshot(Map<String, Integer> wordMap, Map<String, Integer> stemMap) {
      this.wordMap = wordMap;
      this.stemMap = stemMap;
      this.words = new WordTable<>(wordMap);
      this.stems = StemTrie.of(stemMap);
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
        ids = java.util.Arrays.copyOf(ids, size * 2 + 8);
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

  private static volatile Snapshot current = new Snapshot(Map.of(), Map.of());

  private Vocabulary() {}

  static Snapshot current() {
    return current;
  }

  /** Numbers the words and stems not yet known and returns the snapshot that has them all. */
  static synchronized Snapshot register(Collection<String> words, Collection<String> stems) {
    Snapshot s = current;
    List<String> newWords = new ArrayList<>();
    for (String w : words) {
      if (!s.wordMap.containsKey(w)) {
        newWords.add(w);
      }
    }
    List<String> newStems = new ArrayList<>();
    for (String st : stems) {
      if (!s.stemMap.containsKey(st)) {
        newStems.add(st);
      }
    }
    if (newWords.isEmpty() && newStems.isEmpty()) {
      return s;
    }
    Map<String, Integer> wm = new HashMap<>(s.wordMap);
    for (String w : newWords) {
      wm.putIfAbsent(w, wm.size());
    }
    Map<String, Integer> sm = new HashMap<>(s.stemMap);
    for (String st : newStems) {
      sm.putIfAbsent(st, sm.size());
    }
    s = new Snapshot(wm, sm);
    current = s;
    return s;
  }
}
