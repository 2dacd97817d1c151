package org.marsad.clean;

import java.util.ArrayList;
import java.util.HashMap;
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

  /** Up to this many comparable lines, pairs are first ruled out by word signature (quadratic, cheap). */
  private static final int SIGNATURE_LIMIT = 400;

  private Paragraphs() {}

  public static List<Paragraph> split(String raw) {
    return split(ArabicNormalizer.normalize(raw));
  }

  /**
   * As {@link #split(String)} on {@code norm.raw()}, reading the keys from the already normalised
   * text: folding is per code point and keeps line ends, so a line's slice of the normalised text
   * is that line folded.
   */
  public static List<Paragraph> split(NormalizedText norm) {
    String text = norm.raw();
    String folded = norm.text();
    List<int[]> lines = lines(text);
    int n = lines.size();
    int[] from = new int[n];
    int[] to = new int[n];
    for (int i = 0; i < n; i++) {
      from[i] = norm.fromRaw(lines.get(i)[0]);
      to[i] = norm.fromRaw(lines.get(i)[1]);
    }
    Integer[] dupOf = new Integer[n];
    if (!noDuplicatePossible(folded, from, to)) {
      String[] keys = new String[n]; // " w1 w2 ... " or null when too short to compare
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < n; i++) {
        keys[i] = key(folded, from[i], to[i], sb);
      }
      // Exact repeats of an earlier paragraph.
      Map<String, Integer> first = new HashMap<>();
      for (int i = 0; i < n; i++) {
        if (keys[i] != null) {
          Integer prev = first.putIfAbsent(keys[i], i);
          if (prev != null) {
            dupOf[i] = prev;
          }
        }
      }
      contained(keys, dupOf);
    }
    List<Paragraph> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new Paragraph(i, lines.get(i)[0], lines.get(i)[1], dupOf[i]));
    }
    return out;
  }

  /**
   * True when no paragraph can be a duplicate, decided without building the keys (most reports
   * have no duplicate): no two keys share their length and hash, and no key's words can all be in
   * a longer key, by word signature (a 256-bit set of word hashes, which containment needs to be a
   * subset). False means "maybe": the keys are then built and compared.
   */
  private static boolean noDuplicatePossible(String folded, int[] from, int[] to) {
    int n = from.length;
    int[] length = new int[n]; // key length, or -1 when the line is too short to compare
    long[] sig = new long[n * 4];
    Map<Long, Integer> seen = new HashMap<>();
    int comparable = 0;
    for (int i = 0; i < n; i++) {
      long hashAndLength = scan(folded, from[i], to[i], sig, i * 4);
      if (hashAndLength == SHORT) {
        length[i] = -1;
        continue;
      }
      length[i] = (int) hashAndLength;
      if (seen.putIfAbsent(hashAndLength, i) != null) {
        return false;
      }
      comparable++;
    }
    if (comparable > SIGNATURE_LIMIT) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (length[i] < 0) {
        continue;
      }
      for (int q = 0; q < n; q++) {
        if (length[q] > length[i] && subset(sig, i * 4, q * 4)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Reads the key of folded characters [from, to) as {@link #key} would build it: returns its
   * String hash (high 32 bits) and length (low 32), or {@link #SHORT} when the line is too short to compare;
   * sets one of 256 bits per word in sig[at..at+4).
   */
  /** What {@link #scan} returns for a line too short to compare (no key has length 0). */
  private static final long SHORT = Long.MIN_VALUE;

  private static long scan(String f, int from, int to, long[] sig, int at) {
    int h = ' ';
    int len = 1;
    int letters = 0;
    boolean gap = false;
    int word = 0;
    boolean inWord = false;
    for (int i = from; i < to; i++) {
      char c = f.charAt(i);
      if (isWordChar(c)) {
        if (gap && len > 1) {
          h = 31 * h + ' ';
          len++;
        }
        gap = false;
        h = 31 * h + c;
        len++;
        word = 31 * word + c;
        inWord = true;
        if (Tokenizer.isLetter(c)) {
          letters++;
        }
      } else {
        gap = true;
        if (inWord) {
          setBit(sig, at, word);
          word = 0;
          inWord = false;
        }
      }
    }
    if (inWord) {
      setBit(sig, at, word);
    }
    if (letters < MIN_LETTERS) {
      return SHORT;
    }
    h = 31 * h + ' ';
    len++;
    return (long) h << 32 | len;
  }

  private static void setBit(long[] sig, int at, int wordHash) {
    int b = (wordHash ^ (wordHash >>> 8) ^ (wordHash >>> 16)) & 255;
    sig[at + (b >>> 6)] |= 1L << b;
  }

  private static boolean subset(long[] sig, int a, int b) {
    return (sig[a] & ~sig[b]) == 0 && (sig[a + 1] & ~sig[b + 1]) == 0
        && (sig[a + 2] & ~sig[b + 2]) == 0 && (sig[a + 3] & ~sig[b + 3]) == 0;
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
