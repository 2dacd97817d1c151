package org.marsad.geocode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.lexicon.LexiconFile;

/**
 * Other spellings of a transliterated name that English-language reporting uses: without its
 * article ("al qusayr" is written "Qusayr") and with the other endings of its ending's group
 * ("salamiyah", "salamiyeh", "salamieh") and the other vowels of a closed last syllable ("atarib",
 * "atareb"). The groups, and the bare words that are also personal
 * names or common words, are data (gazetteer/latin-variants.tsv). Keys are folded words joined by
 * spaces ({@link PlaceNames#key}); a bare name keeps more than {@link #MIN_STEM} letters and an
 * ending's stem at least {@code MIN_STEM - 1}, so that short words do not turn into other names.
 */
final class LatinVariants {
  private static final Set<String> ARTICLES = Set.of("al", "el", "ad", "an", "ar", "as", "ash", "at", "ath", "az", "ed", "es", "ez");
  private static final int MIN_STEM = 4;
  private static final String FILE = Gazetteer.RESOURCE_DIR + "latin-variants.tsv";
  private static final List<List<String>> ENDINGS = new ArrayList<>();
  private static final List<List<String>> VOWELS = new ArrayList<>();
  private static final Set<String> KEEP_ARTICLE = new HashSet<>();

  static {
    for (LexiconFile.Row r : LexiconFile.read(FILE)) {
      switch (r.col(0)) {
        case "ending" -> ENDINGS.add(List.of(r.col(1).split("\\|")));
        case "keep_article" -> KEEP_ARTICLE.add(r.col(1));
        case "vowel" -> VOWELS.add(List.of(r.col(1).split("\\|")));
        default -> throw new IllegalStateException(r.id() + ": unknown kind '" + r.col(0)
            + "'; use 'ending', 'vowel' or 'keep_article'");
      }
    }
  }

  private LatinVariants() {}

  /** The other spellings of a Latin key (none for an Arabic one). */
  static List<String> of(String key) {
    if (key.isEmpty() || key.charAt(0) >= 0x0250) {
      return List.of();
    }
    List<String> bases = new ArrayList<>();
    bases.add(key);
    int sp = key.indexOf(' ');
    if (sp > 0 && ARTICLES.contains(key.substring(0, sp)) && key.length() - sp - 1 > MIN_STEM
        && !KEEP_ARTICLE.contains(key.substring(sp + 1))) {
      bases.add(key.substring(sp + 1)); // "al qusayr" -> "qusayr"
    }
    List<String> out = new ArrayList<>();
    for (String b : bases) {
      if (!b.equals(key)) {
        out.add(b);
      }
      int last = b.lastIndexOf(' ') + 1;
      String word = b.substring(last);
      out.addAll(finalVowel(b, last));
      for (List<String> group : ENDINGS) {
        String ending = group.stream().filter(word::endsWith).findFirst().orElse(null);
        if (ending == null || word.length() - ending.length() < MIN_STEM - 1) {
          continue;
        }
        String stem = b.substring(0, b.length() - ending.length());
        for (String other : group) {
          if (!other.equals(ending)) {
            out.add(stem + other);
          }
        }
        break; // the longest group that fits: "iyah" is not also read as "ah"
      }
    }
    return out;
  }

  /**
   * The other spellings of the vowel of a closed last syllable ("atarib", "atareb"; "shaykhun",
   * "shaykhoun"): English reporting writes kasra and damma in several ways. Words of at least
   * {@code MIN_STEM + 1} letters only.
   */
  private static List<String> finalVowel(String b, int last) {
    int end = b.length();
    int v = end;
    while (v > last && !vowel(b.charAt(v - 1))) {
      v--;
    }
    int start = v;
    while (start > last && vowel(b.charAt(start - 1))) {
      start--;
    }
    if (v == end || start == v || start == last || end - last < MIN_STEM + 1) {
      return List.of(); // an open last syllable (the endings' business), or a vowel-initial word
    }
    String run = b.substring(start, v);
    List<String> out = new ArrayList<>();
    for (List<String> group : VOWELS) {
      if (group.contains(run)) {
        for (String other : group) {
          if (!other.equals(run)) {
            out.add(b.substring(0, start) + other + b.substring(v));
          }
        }
      }
    }
    return out;
  }

  private static boolean vowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }
}
