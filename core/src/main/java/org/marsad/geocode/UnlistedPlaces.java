package org.marsad.geocode;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.marsad.clean.ArabicNormalizer;
import org.marsad.clean.NormalizedText;
import org.marsad.clean.Token;
import org.marsad.geocode.PlaceCues.Cue;
import org.marsad.geocode.PlaceCues.CueWord;
import org.marsad.lexicon.LexiconFile;
import org.marsad.lexicon.Morphology;
import org.marsad.lexicon.PhraseMatcher.Match;
import org.marsad.model.Place;

/**
 * Communities the gazetteer lacks, read only where the report itself calls a name a town, village
 * or area and locates it in a known area: "قرية الهلالية بولاية الجزيرة", "منطقة حجور بمديرية كشر في
 * محافظة حجة", "the village of Farabougou, in the Segou region", "Farabougou, a village in central
 * Mali". Once the report does so, every other mention of the name in the report is that place (one
 * sense per report). The place takes the country, governorate and coordinates of the area that
 * locates it, and an id of its own ({@value #ID_PREFIX}country:name) so that reports naming it
 * alike meet in one status timeline; its coordinates are that area's, which the id says.
 */
final class UnlistedPlaces {
  static final String ID_PREFIX = "unlisted:";
  private static final Set<Cue> KINDS = EnumSet.of(Cue.LOCALITY, Cue.DISTRICT, Cue.SUBDISTRICT);
  /** English kind nouns of an apposition: "Farabougou, a village in ...". */
  private static final Set<String> APPOSED_KINDS = Set.of("village", "town", "city", "district", "area", "community");
  private static final Set<String> LOCATING = Set.of("in", "near", "outside", "north", "south", "east", "west", "some", "about", "close", "on");
  private static final Set<String> ARTICLES = Set.of("a", "an", "the", "small", "remote", "besieged");
  /** How far after the name (or before its kind word) the area that locates it may stand, in words. */
  private static final int LOCATOR_WORDS = 10;
  private static final String PROCLITICS = "وبلف";
  private static final List<String> PRONOUN_SUFFIXES = List.of("هم", "ها", "هن", "كم", "نا", "ه");
  /** Cue kinds that may locate a name of the dictionary right after it ("حجور بمديرية كشر", "في محافظة حجة"). */
  private static final Set<Cue> AREA_WORDS = EnumSet.of(Cue.LOCALITY, Cue.DISTRICT, Cue.SUBDISTRICT, Cue.ADMIN1, Cue.COUNTRYSIDE);
  /** First words of two-word Arabic names ("كفر", "أبو", "بني"), folded. */
  private static final Set<String> NAME_HEADS = Set.copyOf(LexiconFile.withReader(
      "/marsad/gazetteer/name-heads.tsv", r -> LexiconFile.rows(r, "name-heads.tsv")).stream()
      .map(row -> ArabicNormalizer.fold(row.cols().get(0))).toList());

  private UnlistedPlaces() {}

  /**
   * Mentions of unlisted communities among the words no gazetteer name covers ({@code listed}: the
   * words of every name found, taken or refused).
   */
  static List<PlaceMention> find(NormalizedText text, List<Token> tokens, Map<Integer, List<Match<CueWord>>> cueEnding,
      List<PlaceMention> known, boolean[] listed) {
    boolean[] taken = listed.clone();
    List<PlaceMention> out = new ArrayList<>();
    for (int k = 0; k < tokens.size(); k++) {
      if (taken[k]) {
        continue;
      }
      int[] name = named(text, tokens, cueEnding, taken, k);
      if (name == null) {
        continue;
      }
      if (cueAt(cueEnding, name[0], null)) {
        continue; // "منطقة قرب", "منطقة جنوب": a place word, not a name
      }
      PlaceMention area = locator(tokens, known, name[0], name[1]);
      if (area == null) {
        continue;
      }
      String key = key(tokens, name[0], name[1]);
      boolean word = !unknownWord(key);
      if (key.length() < 3 || word && (suffixed(key) || !locatedAtOnce(tokens, cueEnding, known, name[1]))) {
        continue; // "منطقة تحت سيطرة", "مدينة أخرى": a word of the dictionary is a name only when a place follows it at once
      }
      Place where = area.place();
      String label = label(text, tokens, name[0], name[1]);
      boolean arabic = !latin(key);
      String id = ID_PREFIX + where.country() + ":" + key;
      String admin1 = area.level() == PlaceLevel.ADMIN1 ? where.name() : where.admin1();
      for (int j = 0; j < tokens.size(); j++) {
        int end = taken[j] ? -1 : match(text, tokens, j, key);
        if (end > j) {
          Place p = new Place(id, label, arabic ? label : null, where.country(), admin1, where.admin2(), where.lat(), where.lon(), 1,
              text.toRaw(tokens.get(j).start(), tokens.get(end - 1).end()));
          out.add(new PlaceMention(tokens.get(j).start(), tokens.get(end - 1).end(), PlaceLevel.LOCALITY, p));
          for (int t = j; t < end; t++) {
            taken[t] = true;
          }
        }
      }
    }
    return out;
  }

  /** The words [from, to) a kind cue names at word {@code k} ("قرية X", "village of X", "X, a village in"), or null. */
  private static int[] named(NormalizedText text, List<Token> tokens, Map<Integer, List<Match<CueWord>>> cueEnding,
      boolean[] taken, int k) {
    List<Match<CueWord>> cues = cueEnding.get(k);
    if (cues != null && cues.stream().anyMatch(c -> KINDS.contains(c.value().kind()))) {
      Token t = tokens.get(k);
      if (latin(t.text())) {
        int e = k;
        while (e < tokens.size() && e - k < 4 && !taken[e] && joined(text, tokens, e - 1, e)
            && (capital(text, tokens.get(e)) || NameRecogniser.LATIN_ARTICLES.contains(tokens.get(e).text()) && e + 1 < tokens.size())) {
          e++;
        }
        if (e < tokens.size() && taken[e] && joined(text, tokens, e - 1, e)) {
          return null; // "Abu Hamam": the run runs into a listed name, whose first word this is
        }
        while (e > k && NameRecogniser.LATIN_ARTICLES.contains(tokens.get(e - 1).text())) {
          e--; // "Tal al-": a name does not end in its article
        }
        return e > k ? new int[] {k, e} : null;
      }
      // "منطقة عسكرية", "مدينة أخرى": an indefinite word ending like a feminine is its kind noun's adjective;
      // "مناطق وطرق": a conjunction joins a second noun
      String w = t.text();
      boolean adjective = !w.startsWith("ال") && (w.endsWith("ة") || w.endsWith("ه") || label(text, tokens, k, k + 1).endsWith("ى"));
      boolean joined = w.startsWith("و") && !unknownWord(w.substring(1));
      if (!arabicWord(w) || adjective || joined) {
        return null;
      }
      boolean twoWords = NAME_HEADS.contains(ArabicNormalizer.fold(t.text())) && k + 1 < tokens.size()
          && !taken[k + 1] && arabicWord(tokens.get(k + 1).text()) && joined(text, tokens, k, k + 1);
      return twoWords ? new int[] {k, k + 2} : NAME_HEADS.contains(ArabicNormalizer.fold(t.text())) ? null : new int[] {k, k + 1};
    }
    // "Farabougou, a village in ...": the name before an apposed kind noun
    if (capital(text, tokens.get(k)) && latin(tokens.get(k).text()) && k + 3 < tokens.size()
        && text.text().substring(tokens.get(k).end(), tokens.get(k + 1).start()).strip().equals(",")) {
      int n = k + 1;
      while (n < tokens.size() && n - k < 4 && ARTICLES.contains(tokens.get(n).text())) {
        n++;
      }
      // "Berdiansk on Sunday, the city's mayor said": the kind noun must be followed by where it is
      if (n > k + 1 && n + 1 < tokens.size() && APPOSED_KINDS.contains(tokens.get(n).text())
          && LOCATING.contains(tokens.get(n + 1).text())) {
        int from = k;
        while (from > 0 && k - from < 2 && !taken[from - 1] && capital(text, tokens.get(from - 1)) && joined(text, tokens, from - 1, from)) {
          from--;
        }
        return new int[] {from, k + 1};
      }
    }
    return null;
  }

  /**
   * What locates the name: the known place nearest after it within {@value #LOCATOR_WORDS} words ("in
   * the Niono district of the Segou region"), else the nearest before it, else the report's place
   * named last before it (the dateline's city when nothing else).
   */
  private static PlaceMention locator(List<Token> tokens, List<PlaceMention> known, int from, int to) {
    int after = to + LOCATOR_WORDS < tokens.size() ? tokens.get(to + LOCATOR_WORDS).start() : Integer.MAX_VALUE;
    int before = from - LOCATOR_WORDS >= 0 ? tokens.get(from - LOCATOR_WORDS).start() : 0;
    PlaceMention next = null;
    PlaceMention last = null;
    for (PlaceMention p : known) {
      if (p.place().country() == null || p.level() == PlaceLevel.NEIGHBOURHOOD) {
        continue;
      }
      if (next == null && p.start() >= tokens.get(to - 1).end() && p.start() < after) {
        next = p;
      }
      if (p.end() <= tokens.get(from).start()) {
        last = p;
      }
    }
    if (next != null || last != null && last.start() >= before) {
      return next != null ? next : last;
    }
    // farther away only in a report of one country ("BAMAKO (AFP) - ... the Malian village of X")
    long countries = known.stream().map(p -> p.place().country()).filter(java.util.Objects::nonNull).distinct().count();
    return countries != 1 ? null : last != null ? last
        : known.stream().filter(p -> p.place().country() != null).findFirst().orElse(null);
  }

  /** Whether a place cue of {@code kinds} (any, when null) starts at word {@code k}. */
  private static boolean cueAt(Map<Integer, List<Match<CueWord>>> cueEnding, int k, Set<Cue> kinds) {
    for (int e = k + 1; e <= k + 3; e++) {
      for (Match<CueWord> c : cueEnding.getOrDefault(e, List.of())) {
        if (c.firstToken() == k && (kinds == null || kinds.contains(c.value().kind()))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The word index after an occurrence of {@code key} at word {@code j} (a proclitic allowed on Arabic), or -1. */
  private static int match(NormalizedText text, List<Token> tokens, int j, String key) {
    String[] words = key.split(" ");
    if (j + words.length > tokens.size()) {
      return -1;
    }
    for (int i = 0; i < words.length; i++) {
      String w = tokens.get(j + i).text().toLowerCase(Locale.ROOT);
      boolean ok = w.equals(words[i]) || i == 0 && w.length() == words[i].length() + 1
          && PROCLITICS.indexOf(w.charAt(0)) >= 0 && w.endsWith(words[i]);
      if (!ok || latin(words[i]) && !capital(text, tokens.get(j + i))) {
        return -1;
      }
    }
    return j + words.length;
  }

  /**
   * Whether a place follows the name's last word at once: a known name ("الكريز بريف حمص" read
   * through its cue) or a kind or admin word ("حجور بمديرية كشر", "كشر في محافظة حجة").
   */
  private static boolean locatedAtOnce(List<Token> tokens, Map<Integer, List<Match<CueWord>>> cueEnding,
      List<PlaceMention> known, int end) {
    int at = end < tokens.size() && tokens.get(end).text().equals("في") ? end + 1 : end;
    if (at >= tokens.size()) {
      return false;
    }
    // "الكريز بسهل الروج": a name with ب; "مناطق تقدم إيران" is a genitive and "منطقة القتال في حلب" a
    // common noun's place: only a kind or admin word may follow في
    boolean preposition = at == end && tokens.get(at).text().startsWith("ب");
    for (PlaceMention p : known) {
      if (preposition && p.start() <= tokens.get(at).end() && p.end() > tokens.get(at).start()) {
        return true;
      }
    }
    return cueAt(cueEnding, at, AREA_WORDS);
  }

  /** Whether the dictionary does not know the word (with its article): a name, not a common noun. */
  private static boolean unknownWord(String key) {
    if (latin(key)) {
      return true; // a capitalised Latin word after a kind noun is a name
    }
    String w = ArabicNormalizer.fold(key.startsWith("ال") ? key.substring(2) : key);
    if (!Morphology.arabic().lemmas(w).isEmpty()) {
      return false;
    }
    // "سيطرتهم", "يختارونها": a word of the dictionary with a pronoun suffix is still a word
    for (String suffix : PRONOUN_SUFFIXES) {
      String stem = w.length() > suffix.length() + 2 && w.endsWith(suffix) ? w.substring(0, w.length() - suffix.length()) : null;
      // the feminine ending turns to ت before a suffix ("سيطرتهم" of "سيطرة", folded "سيطره")
      if (stem != null && (!Morphology.arabic().lemmas(stem).isEmpty()
          || stem.endsWith("ت") && !Morphology.arabic().lemmas(stem.substring(0, stem.length() - 1) + "ه").isEmpty())) {
        return false;
      }
    }
    return true;
  }

  /** "سيطرتهم": a word of the dictionary that ends in a pronoun is a noun with its owner, never a name. */
  private static boolean suffixed(String key) {
    return PRONOUN_SUFFIXES.stream().anyMatch(x -> x.length() == 2 && key.length() > 4 && key.endsWith(x));
  }

  private static String key(List<Token> tokens, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k < to; k++) {
      b.append(k > from ? " " : "").append(tokens.get(k).text().toLowerCase(Locale.ROOT));
    }
    return b.toString();
  }

  /** The name as the report writes it (the raw words). */
  private static String label(NormalizedText text, List<Token> tokens, int from, int to) {
    var s = text.toRaw(tokens.get(from).start(), tokens.get(to - 1).end());
    return text.raw().substring(s.start(), s.end());
  }

  private static boolean capital(NormalizedText text, Token t) {
    return Character.isUpperCase(text.raw().charAt(text.toRawStart(t.start())));
  }

  /** Whether word {@code b} continues the name ending at word {@code a}: a space or a hyphen between them. */
  private static boolean joined(NormalizedText text, List<Token> tokens, int a, int b) {
    String gap = text.text().substring(tokens.get(a).end(), tokens.get(b).start());
    return gap.isBlank() || gap.equals("-");
  }

  private static boolean latin(String s) {
    return !s.isEmpty() && s.chars().allMatch(c -> c < 0x250 && (Character.isLetter(c) || c == '-' || c == ' ' || c == '\''));
  }

  private static boolean arabicWord(String s) {
    return s.length() >= 3 && s.chars().allMatch(c -> c >= 0x0621 && c <= 0x064A);
  }
}
