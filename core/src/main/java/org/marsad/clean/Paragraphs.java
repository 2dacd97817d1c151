package org.marsad.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.model.Paragraph;

/**
 * Paragraphs are the text's lines ('\n', "\r\n" or '\r' end one; blank lines count), 0-based, each
 * flagged when it duplicates another.
 *
 * <p>Duplicates are compared on a key: the line folded by {@link ArabicNormalizer}, keeping only
 * words (letters, digits, marks) separated by single spaces, so that spacing, quotes and other
 * punctuation do not matter. A paragraph is a duplicate when its key equals an earlier paragraph's
 * ({@code duplicateOf} = the first such paragraph), or else when its key occurs, on word
 * boundaries, inside a longer paragraph's key, earlier or later ({@code duplicateOf} = the longest
 * container, the earliest among equals). Lines with fewer than {@link #MIN_LETTERS} letters
 * (datelines, "...المزيد", blank lines) are never duplicates: short lines repeat by chance.
 */
public final class Paragraphs {
  /** Lines with fewer letters than this are never flagged. */
  public static final int MIN_LETTERS = 15;

  /** Candidate containers checked per paragraph at most: bounds the work on repetitive input. */
  private static final int MAX_CANDIDATES = 1000;

  /**
   * Up to this many comparable lines, pairs are ruled out by token signature and the survivors
   * compared directly (quadratic, cheap); beyond it, the word index below. Below MAX_CANDIDATES,
   * so that both ways give the same answer.
   */
  private static final int PAIRWISE_LIMIT = 400;

  private Paragraphs() {}

  public static List<Paragraph> split(String raw) {
    return split(ArabicNormalizer.normalize(raw));
  }

  public static List<Paragraph> split(NormalizedText norm) {
    return split(norm, Tokenizer.tokenize(norm.text()));
  }

  /**
   * As {@link #split(String)} on {@code norm.raw()}, with the tokens of {@code norm.text()} already
   * made. Keys are read from the normalised text (folding is per code point and keeps line ends,
   * so a line's slice of it is that line folded), and only when a duplicate is possible at all:
   * a key's words are runs of letters, digits and marks, so equal keys have equal token sequences
   * and a key inside another has all its tokens in the other.
   */
  public static List<Paragraph> split(NormalizedText norm, List<Token> tokens) {
    List<int[]> lines = lines(norm.raw());
    int n = lines.size();
    int[] from = new int[n];
    int[] to = new int[n];
    for (int i = 0; i < n; i++) {
      from[i] = norm.fromRaw(lines.get(i)[0]);
      to[i] = norm.fromRaw(lines.get(i)[1]);
    }
    Integer[] dupOf = new Integer[n];
    new Scan(norm.text(), tokens, from, to).flag(dupOf);
    List<Paragraph> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new Paragraph(i, lines.get(i)[0], lines.get(i)[1], dupOf[i]));
    }
    return out;
  }

  /** One report's lines as token statistics, and the duplicate search on them. */
  private static final class Scan {
    final String folded;
    final int[] from;
    final int[] to;
    final int n;
    /** Letters per line (as the key counts them), from its tokens. */
    final int[] letters;
    /** A hash of each line's token sequence: equal keys have equal ones. */
    final long[] sequence;
    /** 256 bits per line, one per token hash: a contained key's bits are a subset of its container's. */
    final long[] sig;
    /** The lines with at least MIN_LETTERS letters, in order. */
    final int[] comparable;

    Scan(String folded, List<Token> tokens, int[] from, int[] to) {
      this.folded = folded;
      this.from = from;
      this.to = to;
      n = from.length;
      letters = new int[n];
      sequence = new long[n];
      sig = new long[n * 4];
      int[] comp = new int[n];
      int m = 0;
      int t = 0;
      for (int i = 0; i < n; i++) {
        long seq = 1;
        int count = 0;
        for (; t < tokens.size() && tokens.get(t).start() < to[i]; t++) {
          Token tok = tokens.get(t);
          int h = tok.text().hashCode(); // cached in the token's String, which the matchers hash anyway
          seq = seq * 0x9E3779B97F4A7C15L + h;
          int b = (h ^ (h >>> 8) ^ (h >>> 16)) & 255;
          sig[i * 4 + (b >>> 6)] |= 1L << b;
          if (!tok.numeric()) {
            count += tok.end() - tok.start();
          }
        }
        letters[i] = count;
        sequence[i] = seq;
        if (count >= MIN_LETTERS) {
          comp[m++] = i;
        }
      }
      comparable = java.util.Arrays.copyOf(comp, m);
    }

    void flag(Integer[] dupOf) {
      if (comparable.length < 2) {
        return;
      }
      if (comparable.length > PAIRWISE_LIMIT) {
        String[] keys = keys();
        exact(keys, dupOf);
        contained(keys, dupOf);
        return;
      }
      if (!mayRepeat() && !mayContain()) {
        return; // the common case: no key is built
      }
      String[] keys = keys();
      exact(keys, dupOf);
      boolean[] distinct = new boolean[n];
      for (int i : comparable) {
        distinct[i] = keys[i] != null && dupOf[i] == null;
      }
      for (int i : comparable) {
        if (!distinct[i]) {
          continue;
        }
        int best = -1;
        for (int q : comparable) { // in index order, so ties keep the earliest
          if (distinct[q] && q != i && keys[q].length() > keys[i].length() && subset(i, q)
              && keys[q].contains(keys[i]) && (best < 0 || keys[q].length() > keys[best].length())) {
            best = q;
          }
        }
        if (best >= 0) {
          dupOf[i] = best;
        }
      }
    }

    /** Whether two comparable lines share a token-sequence hash. */
    private boolean mayRepeat() {
      Set<Long> seen = new HashSet<>();
      for (int i : comparable) {
        if (!seen.add(sequence[i])) {
          return true;
        }
      }
      return false;
    }

    /** Whether a comparable line's tokens may all be in another with at least as many letters. */
    private boolean mayContain() {
      for (int i : comparable) {
        for (int q : comparable) {
          if (q != i && letters[q] >= letters[i] && subset(i, q)) {
            return true;
          }
        }
      }
      return false;
    }

    private boolean subset(int a, int b) {
      a *= 4;
      b *= 4;
      return (sig[a] & ~sig[b]) == 0 && (sig[a + 1] & ~sig[b + 1]) == 0
          && (sig[a + 2] & ~sig[b + 2]) == 0 && (sig[a + 3] & ~sig[b + 3]) == 0;
    }

    /** Every line's key (" w1 w2 ... ", or null when too short to compare). */
    private String[] keys() {
      String[] keys = new String[n];
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < n; i++) {
        keys[i] = key(folded, from[i], to[i], sb);
      }
      return keys;
    }
  }

  /** Exact repeats of an earlier paragraph. */
  private static void exact(String[] keys, Integer[] dupOf) {
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != null) {
        Integer prev = first.putIfAbsent(keys[i], i);
        if (prev != null) {
          dupOf[i] = prev;
        }
      }
    }
  }

  /**
   * Marks paragraphs whose key lies, on word boundaries, inside a longer one's: index each
   * distinct key's words, then test a paragraph only against the paragraphs holding its rarest
   * word, instead of against every paragraph.
   */
  private static void contained(String[] keys, Integer[] dupOf) {
    int n = keys.length;
    Map<String, List<Integer>> postings = new HashMap<>();
    for (int i = 0; i < n; i++) {
      if (keys[i] != null && dupOf[i] == null) {
        for (String w : distinctWords(keys[i])) {
          postings.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if (keys[i] == null || dupOf[i] != null) {
        continue;
      }
      List<Integer> candidates = null;
      for (String w : distinctWords(keys[i])) {
        List<Integer> p = postings.get(w);
        if (candidates == null || p.size() < candidates.size()) {
          candidates = p;
        }
      }
      int best = -1;
      int checked = 0;
      for (int q : candidates) {
        if (++checked > MAX_CANDIDATES) {
          break;
        }
        if (q == i || keys[q].length() <= keys[i].length()) {
          continue;
        }
        if (keys[q].contains(keys[i]) && (best < 0 || keys[q].length() > keys[best].length())) {
          best = q; // postings are in index order, so ties keep the earliest
        }
      }
      if (best >= 0) {
        dupOf[i] = best;
      }
    }
  }

  /** [start, end) of each line, without its terminator. */
  static List<int[]> lines(String text) {
    List<int[]> lines = new ArrayList<>();
    int start = 0;
    if (text.indexOf('\r') < 0) { // the usual case, with the vectorised indexOf
      for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
        lines.add(new int[] {start, nl});
        start = nl + 1;
      }
      if (start < text.length() || lines.isEmpty()) {
        lines.add(new int[] {start, text.length()});
      }
      return lines;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(new int[] {start, i});
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < text.length() || lines.isEmpty()) {
      lines.add(new int[] {start, text.length()});
    }
    return lines;
  }

  /**
   * The comparison key of a line: its folded words joined by single spaces, with a space at each
   * end so that containment can be tested on word boundaries; null when it has fewer than
   * {@link #MIN_LETTERS} letters.
   */
  static String key(String line) {
    String f = ArabicNormalizer.fold(line);
    return key(f, 0, f.length(), new StringBuilder());
  }

  /** {@link #key(String)} of the already folded characters [from, to) of {@code f}. */
  private static String key(String f, int from, int to, StringBuilder sb) {
    sb.setLength(0);
    sb.append(' ');
    int letters = 0;
    boolean gap = false;
    for (int i = from; i < to; i++) {
      char c = f.charAt(i);
      if (isWordChar(c)) {
        if (gap && sb.length() > 1) {
          sb.append(' ');
        }
        gap = false;
        sb.append(c);
        if (Tokenizer.isLetter(c)) {
          letters++;
        }
      } else {
        gap = true;
      }
    }
    return letters < MIN_LETTERS ? null : sb.append(' ').toString();
  }

  private static boolean isWordChar(char c) {
    if (c < 0x80) {
      return c >= '0' && c <= '9' || (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }
    if (c >= '\u0621' && c <= '\u063A' || c >= '\u0641' && c <= '\u064A') {
      return true;
    }
    if (Character.isLetterOrDigit(c) || Character.isSurrogate(c)) {
      return true;
    }
    int t = Character.getType(c);
    return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
  }

  private static Set<String> distinctWords(String key) {
    Set<String> words = new LinkedHashSet<>();
    int s = 1;
    for (int i = 1; i < key.length(); i++) {
      if (key.charAt(i) == ' ') {
        if (i > s) {
          words.add(key.substring(s, i));
        }
        s = i + 1;
      }
    }
    return words;
  }
}
