package org.marsad.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.clean.ArabicNormalizer;
import org.marsad.clean.Token;
import org.marsad.clean.Tokenizer;
import org.marsad.lexicon.FormHash;
import org.marsad.lexicon.StartWords;
import org.marsad.lexicon.Words;

/**
 * The words of time expressions, folded and kept in a token trie so that one- and many-word forms
 * are found with one hash lookup per token. Only the first word of a form may carry proclitics
 * (و ف, then ب ل ك, with or before the article), as in "والجمعة", "بالأمس", "للعام", "ومنذ".
 */
final class TimeLexicon {
  private static final String DIR = "/marsad/time/";
  private static final char WAW = '\u0648';
  private static final char FA = '\u0641';
  private static final char BA = '\u0628';
  private static final char LAM = '\u0644';
  private static final char KAF = '\u0643';
  private static final String ARTICLE = "\u0627\u0644";

  private static final class Node {
    final Map<String, Node> next = new HashMap<>(4);
    final List<Entry> entries = new ArrayList<>(2);
  }

  private final Map<String, Node> root = new HashMap<>(1024);
  // The root as an open-addressing table (built once loaded), probed by hash and character range.
  private String[] rootKeys;
  private int[] rootHashes;
  private Node[] rootNodes;
  private int rootMask;
  private StartWords firstWords;
  // One-letter slips of long Arabic month names ("سبتمر"), read only right after a day number.
  private final Map<String, Entry> monthSlips = new HashMap<>();

  static TimeLexicon loadDefault() {
    TimeLexicon lex = new TimeLexicon();
    lex.load("months.tsv", (f, where) -> new Entry(Cat.MONTH, num(f[1], where), null, f.length > 2 && f[2].contains("abbrev")));
    lex.load("weekdays.tsv", (f, where) -> new Entry(Cat.WEEKDAY, num(f[1], where), null, false));
    lex.load("numbers.tsv", (f, where) -> new Entry(Cat.NUMBER, num(f[1], where), null, false));
    lex.load("ordinals.tsv", (f, where) -> new Entry(Cat.ORDINAL, num(f[1], where), null, false));
    lex.load("words.tsv", TimeLexicon::word);
    lex.indexRoot();
    return lex;
  }

  private void indexRoot() {
    firstWords = new StartWords(root.keySet());
    int cap = Integer.highestOneBit(Math.max(2, root.size() * 2 - 1)) << 1; // load <= 1/2
    rootKeys = new String[cap];
    rootHashes = new int[cap];
    rootNodes = new Node[cap];
    rootMask = cap - 1;
    for (Map.Entry<String, Node> e : root.entrySet()) {
      int h = e.getKey().hashCode();
      int slot = (h ^ (h >>> 16)) & rootMask;
      while (rootKeys[slot] != null) {
        slot = (slot + 1) & rootMask;
      }
      rootKeys[slot] = e.getKey();
      rootHashes[slot] = h;
      rootNodes[slot] = e.getValue();
    }
  }

  private interface Row {
    Entry entry(String[] fields, String where);
  }

  private static Entry word(String[] f, String where) {
    if (f.length < 3) {
      throw new IllegalStateException(where + ": expected form, category and value");
    }
    Cat cat = Cat.parse(f[1], where);
    String v = f[2];
    switch (cat) {
      case UNIT: {
        int colon = v.indexOf(':');
        if (colon < 0) {
          throw new IllegalStateException(where + ": unit value '" + v + "' is not unit:count");
        }
        return new Entry(cat, num(v.substring(colon + 1), where), unit(v.substring(0, colon), where), false);
      }
      case PERIOD:
        return new Entry(cat, 0, unit(v, where), false);
      default:
        return new Entry(cat, v.equals("-") ? 0 : num(v, where), null, false);
    }
  }

  private static String unit(String u, String where) {
    switch (u) {
      case "day":
      case "week":
      case "month":
      case "year":
        return u;
      default:
        throw new IllegalStateException(where + ": unknown unit '" + u + "'");
    }
  }

  private static int num(String s, String where) {
    try {
      return Integer.parseInt(s.trim());
    } catch (NumberFormatException e) {
      throw new IllegalStateException(where + ": '" + s + "' is not a number", e);
    }
  }

  private void load(String file, Row row) {
    try (InputStream in = TimeLexicon.class.getResourceAsStream(DIR + file)) {
      if (in == null) {
        throw new IllegalStateException("time lexicon " + DIR + file + " is missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int no = 0;
      while ((line = r.readLine()) != null) {
        no++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String where = file + ":" + no;
        String[] f = line.split("\t");
        if (f.length < 2) {
          throw new IllegalStateException(where + ": expected TAB-separated columns in '" + line + "'");
        }
        add(f[0].trim(), row.entry(f, where), where);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read time lexicon " + DIR + file, e);
    }
  }

  private void add(String form, Entry e, String where) {
    List<Token> toks = Tokenizer.tokenize(ArabicNormalizer.fold(form));
    if (toks.isEmpty()) {
      throw new IllegalStateException(where + ": form '" + form + "' has no letters or digits");
    }
    Map<String, Node> level = root;
    Node node = null;
    for (Token t : toks) {
      node = level.computeIfAbsent(t.text(), k -> new Node());
      level = node.next;
    }
    if (!node.entries.contains(e)) {
      node.entries.add(e);
    }
    String w = toks.get(0).text();
    if (e.cat() == Cat.MONTH && toks.size() == 1 && w.length() >= 6 && w.charAt(0) >= '\u0600' && w.charAt(0) <= '\u06FF') {
      for (int k = 1; k < w.length(); k++) { // the first letter is kept: a slip inside the word
        String slip = w.substring(0, k) + w.substring(k + 1);
        Entry had = monthSlips.putIfAbsent(slip, e);
        if (had != null && had.num() != e.num()) {
          monthSlips.put(slip, null); // two months one slip apart: neither is meant
        }
      }
    }
  }

  /**
   * The month whose name lacks one letter to be {@code word}, or null (see {@link #monthSlips}).
   * Asked only of words no form starts with ({@link #mayMatch} false).
   */
  Entry monthSlip(String word) {
    return monthSlips.get(word);
  }

  /**
   * False only when no entry can start at token {@code i}: none of its clitic readings is a first
   * word here. Those readings cover every form {@link #match} tries except "ال" + w[2..] for a
   * short word in لل (three or four letters after a conjunction), which is always tried.
   */
  boolean mayMatch(Words words, int i) {
    if (firstWords.mayStart(words, i)) {
      return true;
    }
    String w = words.get(i).text();
    return w.length() <= 5 && (w.startsWith("\u0644\u0644") || w.startsWith("\u0644\u0644", 1));
  }

  /** Adds to {@code out} every entry whose form starts at token {@code i}. */
  void match(String text, List<Token> toks, int i, List<LexMatch> out) {
    Token t = toks.get(i);
    String w = t.text();
    walk(text, toks, i, first(w, 0, false), 0, false, out);
    char c = w.charAt(0);
    if (w.length() < 3 || c < '\u0600' || c > '\u06FF') {
      return;
    }
    boolean conj = c == WAW || c == FA;
    if (conj) {
      walk(text, toks, i, first(w, 1, false), 1, false, out);
    }
    preposition(text, toks, i, w, 0, out);
    if (conj) {
      preposition(text, toks, i, w, 1, out);
    }
  }

  /** Proclitic ب ل ك on the word that starts at {@code w}[from]. */
  private void preposition(String text, List<Token> toks, int i, String w, int from, List<LexMatch> out) {
    if (w.length() - from < 3) {
      return;
    }
    char c = w.charAt(from);
    if (c != BA && c != LAM && c != KAF) {
      return;
    }
    if (c == LAM && w.charAt(from + 1) == LAM) {
      // "للعام" is ل + العام with the article's alef dropped; the span keeps both lams.
      walk(text, toks, i, first(w, from + 2, true), from, false, out);
      return;
    }
    boolean article = w.startsWith(ARTICLE, from + 1);
    walk(text, toks, i, first(w, from + 1, false), from + 1, !article, out);
  }

  /**
   * The root node for the first word of a form read as {@code w}[from..] (after "ال" when
   * {@code article}), looked up without building that string: the text's words are many and
   * nearly none of them is a time word.
   */
  private Node first(String w, int from, boolean article) {
    int hash = FormHash.of(w, from, article);
    int slot = (hash ^ (hash >>> 16)) & rootMask;
    String k;
    while ((k = rootKeys[slot]) != null) {
      if (rootHashes[slot] == hash && FormHash.matches(k, w, from, article)) {
        return rootNodes[slot];
      }
      slot = (slot + 1) & rootMask;
    }
    return null;
  }

  private void walk(String text, List<Token> toks, int i, Node node, int off, boolean bare, List<LexMatch> out) {
    int start = toks.get(i).start() + off;
    int j = i;
    while (node != null) {
      Token last = toks.get(j);
      for (Entry e : node.entries) {
        if (!bare || e.cat().takesBarePreposition()) {
          out.add(new LexMatch(e, start, j + 1, last.end()));
        }
      }
      j++;
      if (node.next.isEmpty() || j >= toks.size() || !spaceOnly(text, last.end(), toks.get(j).start())) {
        return;
      }
      node = node.next.get(toks.get(j).text());
    }
  }

  /** Words of one form are separated by blanks only (no punctuation, no line break). */
  static boolean spaceOnly(String text, int from, int to) {
    if (to <= from) {
      return false;
    }
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c != ' ' && c != '\t') {
        return false;
      }
    }
    return true;
  }
}
