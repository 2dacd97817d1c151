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

  private Paragraphs() {}

  public static List<Paragraph> split(String raw) {
    String text = raw == null ? "" : raw;
    List<int[]> lines = lines(text);
    int n = lines.size();
    String[] keys = new String[n]; // " w1 w2 ... " or null when too short to compare
    for (int i = 0; i < n; i++) {
      keys[i] = key(text.substring(lines.get(i)[0], lines.get(i)[1]));
    }
    Integer[] dupOf = new Integer[n];

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

    // Containment: index each distinct key's words, then test a paragraph only against the
    // paragraphs holding its rarest word, instead of against every paragraph.
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

    List<Paragraph> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new Paragraph(i, lines.get(i)[0], lines.get(i)[1], dupOf[i]));
    }
    return out;
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
    StringBuilder sb = new StringBuilder(f.length() + 2).append(' ');
    int letters = 0;
    boolean gap = false;
    for (int i = 0; i < f.length(); i++) {
      char c = f.charAt(i);
      if (isWordChar(c)) {
        if (gap && sb.length() > 1) {
          sb.append(' ');
        }
        gap = false;
        sb.append(c);
        if (Character.isLetter(c)) {
          letters++;
        }
      } else {
        gap = true;
      }
    }
    return letters < MIN_LETTERS ? null : sb.append(' ').toString();
  }

  private static boolean isWordChar(char c) {
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
