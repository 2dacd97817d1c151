package org.marsad.geocode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.clean.ArabicNormalizer;
import org.marsad.clean.Token;
import org.marsad.clean.Tokenizer;
import org.marsad.lexicon.PhraseMatcher;

/**
 * Every surface form of the gazetteer as one phrase trie: a form's key is its folded words, and it
 * keeps the entries it names, so that recognition reads each name once however many places share it.
 */
final class PlaceNames {
  /** Countries whose place names are Arabic, transliterated in many ways in English reporting. */
  private static final java.util.Set<String> TRANSLITERATED = java.util.Set.of("SY", "IQ", "YE", "LB", "JO", "PS", "SA", "EG",
      "LY", "SD", "TN", "DZ", "MA", "KW", "BH", "QA", "AE", "OM");

  private PlaceNames() {}

  /**
   * A folded surface form, its first word (to find clitics before it), the entries it names, and
   * those of them (fallback-layer entries) for which it is read only with a kind cue or a locator.
   */
  record Name(String key, String firstWord, boolean latin, List<GazetteerEntry> entries, List<GazetteerEntry> guarded) {}

  static PhraseMatcher<Name> build(Gazetteer g) {
    Map<String, List<GazetteerEntry>> byName = new LinkedHashMap<>();
    Map<String, List<GazetteerEntry>> guarded = new HashMap<>();
    for (GazetteerEntry e : g.entries()) {
      Set<String> free = new HashSet<>();
      Set<String> cued = new HashSet<>();
      for (String n : e.names()) {
        String key = key(n);
        if (key.length() < 2) {
          continue;
        }
        (e.cueNames().contains(n) ? cued : free).add(key);
        List<GazetteerEntry> l = byName.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!l.contains(e)) {
          l.add(e);
        }
      }
      cued.removeAll(free); // another spelling with the same key is read alone
      for (String k : cued) {
        guarded.computeIfAbsent(k, x -> new ArrayList<>(1)).add(e);
      }
    }
    // "الكلاسة" (al-Hasakah's quarter) and "كلاسة" (Aleppo's): an Arabic one-word name written with and without
    // the article names two places; the one without is a reading of the other's key too, with a cue or locator
    for (Map.Entry<String, List<GazetteerEntry>> n : byName.entrySet()) {
      String k = n.getKey();
      List<GazetteerEntry> withArticle = k.indexOf(' ') < 0 && k.length() > 3 && k.charAt(0) >= 0x0600 && !k.startsWith("ال")
          ? byName.get("ال" + k) : null;
      if (withArticle != null) {
        for (GazetteerEntry e : n.getValue()) {
          if (!withArticle.contains(e) && e.level() == PlaceLevel.NEIGHBOURHOOD) {
            withArticle.add(e);
            guarded.computeIfAbsent("ال" + k, x -> new ArrayList<>(1)).add(e);
          }
        }
      }
    }
    // the spellings English reporting uses besides the gazetteer's, where no place is spelt so
    Map<String, List<GazetteerEntry>> variants = new LinkedHashMap<>();
    for (GazetteerEntry e : g.entries()) {
      if (!TRANSLITERATED.contains(e.country())) {
        continue; // Arabic names in Latin letters, whose transliterations vary most ("Ar Rutbah", "Rutba")
      }
      for (String n : e.names()) {
        if (e.cueNames().contains(n)) {
          continue;
        }
        for (String v : LatinVariants.of(key(n))) {
          List<GazetteerEntry> spelt = byName.get(v);
          if (spelt != null && e.level() == PlaceLevel.LOCALITY && spelt.stream().allMatch(a -> areaOf(a, e)) && !spelt.contains(e)) {
            spelt.add(e); // "Atareb" names the subdistrict; it is also a spelling of the town it is named for
          } else if (spelt == null) {
            List<GazetteerEntry> l = variants.computeIfAbsent(v, k -> new ArrayList<>(1));
            if (!l.contains(e)) {
              l.add(e);
            }
          }
        }
      }
    }
    byName.putAll(variants);
    PhraseMatcher.Builder<Name> b = PhraseMatcher.builder();
    for (Map.Entry<String, List<GazetteerEntry>> e : byName.entrySet()) {
      String k = e.getKey();
      int sp = k.indexOf(' ');
      String first = sp < 0 ? k : k.substring(0, sp);
      boolean latin = first.charAt(0) < 0x0250;
      b.add(k, new Name(k, first, latin, List.copyOf(e.getValue()), List.copyOf(guarded.getOrDefault(k, List.of()))));
    }
    return b.build();
  }

  /** Whether {@code area} is a district or subdistrict that holds the town {@code town} (its seat, usually). */
  private static boolean areaOf(GazetteerEntry area, GazetteerEntry town) {
    return (area.level() == PlaceLevel.ADMIN2 || area.level() == PlaceLevel.ADMIN3) && area.country().equals(town.country())
        && town.admin2() != null && (town.admin2().equals(area.id()) || town.admin2().equals(area.admin2()));
  }

  /** A name as the matcher sees it: folded words joined by single spaces. */
  static String key(String name) {
    List<Token> toks = Tokenizer.tokenize(ArabicNormalizer.fold(name));
    StringBuilder sb = new StringBuilder();
    for (Token t : toks) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(t.text());
    }
    return sb.toString();
  }
}
