package org.marsad.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The inflections of English verb lemmas, so that a lexicon line names a verb once ("&lt;agree&gt; to")
 * and matches every person and tense (agree, agrees, agreed, agreeing). Regular forms follow the
 * spelling rules (-s/-es/-ies, -ed/-d/-ied, -ing with a dropped silent e, a doubled final consonant
 * after a single stressed vowel); irregular forms and the polysyllables that double their final
 * consonant (admit → admitted) are data ({@code marsad/extract/verbs-en.tsv}).
 */
public final class EnglishInflections {
  static final String RESOURCE = "marsad/extract/verbs-en.tsv";
  private static final String VOWELS = "aeiou";

  /** Irregular past and participle forms by lemma; a lemma may have several of each. */
  private final Map<String, List<String>> irregular;
  private final Set<String> doubles;

  EnglishInflections(Map<String, List<String>> irregular, Set<String> doubles) {
    this.irregular = Map.copyOf(irregular);
    this.doubles = Set.copyOf(doubles);
  }

  private static final class Holder {
    static final EnglishInflections DEFAULT = load();
  }

  /** The data file's inflections, loaded once. */
  public static EnglishInflections standard() {
    return Holder.DEFAULT;
  }

  static EnglishInflections load() {
    Map<String, List<String>> irr = new HashMap<>();
    Set<String> doubles = new HashSet<>();
    for (LexiconFile.Row r : LexiconFile.read(RESOURCE)) {
      String lemma = r.col(0).toLowerCase(Locale.ROOT);
      if (r.col(1).equals("double")) {
        doubles.add(lemma);
        continue;
      }
      List<String> forms = new ArrayList<>();
      for (String c : List.of(r.col(1), r.col(2))) {
        for (String f : c.split(",")) {
          if (!f.isBlank()) {
            forms.add(f.strip().toLowerCase(Locale.ROOT));
          }
        }
      }
      if (forms.isEmpty()) {
        throw new IllegalStateException(r.id() + ": an irregular verb needs its past and participle, or the word \"double\"");
      }
      irr.put(lemma, forms);
    }
    return new EnglishInflections(irr, doubles);
  }

  /** The lemma, its third person singular, past tense and participle forms, and its -ing form. */
  public Set<String> forms(String lemma) {
    String v = lemma.toLowerCase(Locale.ROOT);
    Set<String> out = new LinkedHashSet<>();
    out.add(v);
    out.add(thirdPerson(v));
    List<String> irr = irregular.get(v);
    if (irr != null) {
      out.addAll(irr);
    } else {
      out.add(past(v));
    }
    out.add(ing(v));
    int n = v.length();
    if (irr == null && n > 3 && v.charAt(n - 1) == 'l' && vowel(v.charAt(n - 2)) && !vowel(v.charAt(n - 3)) && !doubled(v)) {
      out.add(v + "led"); // British spelling doubles a final l after one vowel: cancelled, travelling
      out.add(v + "ling");
    }
    return out;
  }

  static String thirdPerson(String v) {
    if (v.endsWith("s") || v.endsWith("x") || v.endsWith("z") || v.endsWith("ch") || v.endsWith("sh")
        || (v.endsWith("o") && !v.endsWith("oo"))) {
      return v + "es";
    }
    if (consonantY(v)) {
      return v.substring(0, v.length() - 1) + "ies";
    }
    return v + "s";
  }

  String past(String v) {
    if (v.endsWith("e")) {
      return v + "d";
    }
    if (consonantY(v)) {
      return v.substring(0, v.length() - 1) + "ied";
    }
    return (doubled(v) ? v + v.charAt(v.length() - 1) : v) + "ed";
  }

  String ing(String v) {
    if (v.endsWith("ie")) {
      return v.substring(0, v.length() - 2) + "ying";
    }
    if (v.endsWith("e") && !v.endsWith("ee") && !v.endsWith("ye") && !v.endsWith("oe") && v.length() > 2) {
      return v.substring(0, v.length() - 1) + "ing";
    }
    return (doubled(v) ? v + v.charAt(v.length() - 1) : v) + "ing";
  }

  /** Consonant-vowel-consonant at the end of a one-syllable verb (stop, ban) or of a listed one (admit). */
  private boolean doubled(String v) {
    int n = v.length();
    if (n < 3) {
      return false;
    }
    char c = v.charAt(n - 1);
    boolean cvc = !vowel(c) && "wxy".indexOf(c) < 0 && vowel(v.charAt(n - 2)) && !vowel(v.charAt(n - 3));
    return cvc && (doubles.contains(v) || syllables(v) == 1);
  }

  private static int syllables(String v) {
    int groups = 0;
    boolean in = false;
    for (int i = 0; i < v.length(); i++) {
      boolean vw = vowel(v.charAt(i));
      if (vw && !in) {
        groups++;
      }
      in = vw;
    }
    return groups;
  }

  private static boolean consonantY(String v) {
    return v.length() > 1 && v.endsWith("y") && !vowel(v.charAt(v.length() - 2));
  }

  private static boolean vowel(char c) {
    return VOWELS.indexOf(c) >= 0;
  }

  /**
   * Every phrase a lexicon phrase stands for: each word written {@code <lemma>} is replaced by each
   * of its forms ("&lt;hold&gt; talks" → hold talks, holds talks, held talks, holding talks).
   */
  public List<String> expand(String phrase) {
    List<String> out = new ArrayList<>();
    out.add("");
    for (String w : phrase.trim().split("\\s+")) {
      Set<String> alts = w.length() > 2 && w.startsWith("<") && w.endsWith(">") ? forms(w.substring(1, w.length() - 1)) : Set.of(w);
      List<String> next = new ArrayList<>(out.size() * alts.size());
      for (String prefix : out) {
        for (String a : alts) {
          next.add(prefix.isEmpty() ? a : prefix + " " + a);
        }
      }
      out = next;
    }
    return out;
  }
}
