package org.marsad.lexicon;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.hunspell.AffixedWord;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.marsad.clean.ArabicNormalizer;

/**
 * An Arabic word's candidate lemmas, from the Ayaspell Hunspell dictionary read by Lucene's
 * Hunspell: "يمنعون" → منع, "اعتقلت" → اعتقل, "واوقفت" → اوقف. The dictionary's affix rules strip
 * the conjunctions, prepositions, the article, the future "س" and the pronoun suffixes, and its
 * morphological field {@code st:} names a verb's lemma (the perfect, third person masculine
 * singular); a noun's lemma is its dictionary entry. What the dictionary does not say (a broken
 * plural's singular: حواجز → حاجز) comes from {@code lemmas.tsv}, as data.
 *
 * <p>Words and lemmas are in the form {@link ArabicNormalizer#fold} gives: the shipped files are
 * read unmodified and folded in memory while loading, so that a folded report word meets a folded
 * dictionary (measured on the dev texts: 96.5 % of word types analysed, against 75 % for folded
 * words on the unfolded dictionary and 94.8 % for the raw words; docs/decisions.md).
 *
 * <p>Every candidate is kept: the matcher decides which reading a lexicon wants. Uncached and
 * thread-safe (each thread gets its own Hunspell over the one shared dictionary); callers cache
 * per word type ({@link LemmaLookup}). Loaded once, on first use (about half a second).
 */
public final class Morphology {
  static final String DIR = "marsad/morphology/";

  private final Dictionary dictionary;
  private final ThreadLocal<Hunspell> hunspell;
  /** Dictionary stem → further lemmas (lemmas.tsv). */
  private final Map<String, List<String>> extra;
  private final long loadNanos;

  private Morphology(Dictionary dictionary, Map<String, List<String>> extra, long loadNanos) {
    this.dictionary = dictionary;
    this.hunspell = ThreadLocal.withInitial(() -> new Hunspell(this.dictionary));
    this.extra = extra;
    this.loadNanos = loadNanos;
  }

  private static final class Holder {
    static final Morphology ARABIC = load();
  }

  /** The Arabic analyser, loaded on first call. */
  public static Morphology arabic() {
    return Holder.ARABIC;
  }

  /** How long loading the dictionary took, in milliseconds. */
  public long loadMillis() {
    return loadNanos / 1_000_000;
  }

  /**
   * The candidate lemmas of a folded word, folded, without repeats, the dictionary's order; empty
   * when the dictionary does not know the word (a name, a typo, a foreign word).
   */
  public List<String> lemmas(String word) {
    if (word.length() < 2 || !Clitics.isArabicLetter(word.charAt(0))) {
      return List.of();
    }
    List<AffixedWord> analyses = hunspell.get().analyzeSimpleWord(word);
    if (analyses.isEmpty()) {
      return List.of();
    }
    Set<String> out = new LinkedHashSet<>();
    for (AffixedWord a : analyses) {
      List<String> st = a.getDictEntry().getMorphologicalValues("st:");
      if (st.isEmpty()) {
        add(out, a.getDictEntry().getStem());
      } else {
        st.forEach(s -> add(out, s));
      }
    }
    out.removeIf(lemma -> relationAdjective(word, lemma));
    return List.copyOf(out);
  }

  /** Endings of a relation adjective (nisba), folded: masculine with the article, feminine, plurals. */
  private static final List<String> NISBA_ENDINGS = List.of("يه", "يين", "يون", "يات");

  /**
   * Whether the word is the relation adjective of the lemma, not a form of it: "التفاوضي" (negotiating),
   * "الهجومية" (offensive), "الاحتجاجية" (of protest) name a kind of the noun they follow, not the act;
   * the dictionary reads their ي as the pronoun "my", which never follows the article, and their يه as
   * "his", which needs a lemma ending in ي.
   */
  static boolean relationAdjective(String word, String lemma) {
    if (lemma.endsWith("ي") || lemma.endsWith("يه") || lemma.length() < 3) {
      return false;
    }
    String stem = lemma.endsWith("ه") ? lemma.substring(0, lemma.length() - 1) : lemma;
    for (String ending : NISBA_ENDINGS) {
      if (word.endsWith(stem + ending)) {
        return true;
      }
    }
    int at = word.indexOf("ال");
    return at >= 0 && at <= 2 && word.endsWith(stem + "ي");
  }

  private void add(Set<String> out, String lemma) {
    if (out.add(lemma)) {
      List<String> more = extra.get(lemma);
      if (more != null) {
        out.addAll(more);
      }
    }
  }

  /** Whether {@code lemma} (folded or not) is a lemma of itself: a word the dictionary has as an entry. */
  public boolean knows(String lemma) {
    String f = ArabicNormalizer.fold(lemma);
    return lemmas(f).contains(f);
  }

  /**
   * For {@code lemmas} (folded), the letters that every word analysed to one of them contains: of
   * each dictionary entry whose lemma it is, the entry without a first ا or ل and without its last
   * weak letters (ء ا و ي ه, folded), the only letters the affix rules of ar.aff strip from an entry
   * (checked: every prefix rule strips nothing, ا or ل; every suffix rule strips at most three of
   * those). A word containing none of them cannot have any of the lemmas, and is not analysed.
   * Reads the dictionary file again (about 0.2 s); meant for the few times lexicons are built.
   */
  public Set<String> cores(java.util.Collection<String> lemmas) {
    Set<String> wanted = Set.copyOf(lemmas);
    Set<String> out = new java.util.HashSet<>();
    List<String> aliases = new ArrayList<>();
    try (BufferedReader aff = reader("ar.aff"); BufferedReader dic = reader("ar.dic")) {
      String line;
      boolean countSeen = false;
      while ((line = aff.readLine()) != null) {
        if (line.startsWith("AM")) {
          if (countSeen) {
            aliases.add(fold(line.substring(2)));
          }
          countSeen = true;
        }
      }
      StringBuilder b = new StringBuilder(64);
      while ((line = dic.readLine()) != null) {
        int tab = line.indexOf('\t');
        int slash = line.indexOf('/');
        int end = slash >= 0 && (tab < 0 || slash < tab) ? slash : tab >= 0 ? tab : line.length();
        String stem = fold(line.substring(0, end).trim());
        List<String> candidates = new ArrayList<>(2);
        if (tab >= 0) {
          String morph = line.substring(tab + 1).trim();
          if (!morph.isEmpty() && morph.chars().allMatch(Character::isDigit)) {
            int n = Integer.parseInt(morph);
            morph = n >= 1 && n <= aliases.size() ? aliases.get(n - 1) : "";
          }
          for (String field : morph.split("\\s+")) {
            if (field.startsWith("st:")) {
              candidates.add(fold(field.substring(3)));
            }
          }
        }
        if (candidates.isEmpty()) {
          candidates.add(stem);
        }
        for (String c : List.copyOf(candidates)) {
          candidates.addAll(extra.getOrDefault(c, List.of()));
        }
        for (String c : candidates) {
          if (wanted.contains(c)) {
            out.add(core(stem));
          }
        }
        b.setLength(0);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the Arabic dictionary under " + DIR, e);
    }
    return out;
  }

  /** The entry without a first ا or ل and without its last weak letters (see {@link #cores}). */
  static String core(String entry) {
    int from = entry.startsWith("ا") || entry.startsWith("ل") ? 1 : 0;
    int to = entry.length();
    while (to > from && "ءاويه".indexOf(entry.charAt(to - 1)) >= 0) {
      to--;
    }
    return entry.substring(from, to);
  }

  private static BufferedReader reader(String name) {
    return new BufferedReader(new InputStreamReader(open(name), StandardCharsets.UTF_8));
  }

  private static String fold(String s) {
    StringBuilder b = new StringBuilder(s.length());
    foldArabic(s, b);
    return b.toString();
  }

  static Morphology load() {
    long t0 = System.nanoTime();
    try (InputStream aff = open("ar.aff"); InputStream dic = open("ar.dic")) {
      byte[] affixes = fold(aff, true);
      byte[] words = fold(dic, false);
      Dictionary d = new Dictionary(new ByteBuffersDirectory(), "ar", new ByteArrayInputStream(affixes),
          new ByteArrayInputStream(words));
      return new Morphology(d, extra(), System.nanoTime() - t0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the Arabic dictionary under " + DIR, e);
    } catch (ParseException e) {
      throw new IllegalStateException("cannot parse the Arabic dictionary under " + DIR + " (line "
          + e.getErrorOffset() + "): " + e.getMessage(), e);
    }
  }

  private static InputStream open(String name) {
    InputStream in = Morphology.class.getClassLoader().getResourceAsStream(DIR + name);
    if (in == null) {
      throw new IllegalStateException("resource missing from the classpath: " + DIR + name);
    }
    return in;
  }

  /**
   * The file with the Arabic letters of its entries folded as report text is. For the affix file,
   * only affix rules (PFX, SFX) and morphological aliases (AM) are folded; directives such as
   * IGNORE (the diacritics) are kept, and "SET UTF-8" goes first, where Lucene looks for it.
   * Flags are ASCII and pass unchanged.
   */
  private static byte[] fold(InputStream in, boolean affix) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(affix ? 1 << 20 : 4 << 20);
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      if (affix) {
        w.write("SET UTF-8\n");
      }
      String line;
      StringBuilder b = new StringBuilder(256);
      while ((line = r.readLine()) != null) {
        boolean entry = !affix || line.startsWith("PFX") || line.startsWith("SFX") || line.startsWith("AM");
        if (entry) {
          b.setLength(0);
          foldArabic(line, b);
          w.write(b.toString());
        } else {
          w.write(line);
        }
        w.write('\n');
      }
    }
    return bytes.toByteArray();
  }

  /** Appends {@code s} to {@code b} with each Arabic-block character folded, others as they are. */
  private static void foldArabic(String s, StringBuilder b) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= ARABIC_BLOCK && c < ARABIC_BLOCK + FOLDED.length) {
        b.append(FOLDED[c - ARABIC_BLOCK]);
      } else if (c >= ARABIC_BLOCK) {
        b.append(ArabicNormalizer.fold(String.valueOf(c)));
      } else {
        b.append(c);
      }
    }
  }

  private static final char ARABIC_BLOCK = '\u0600';
  /** The fold of each character of the Arabic block, computed once: the dictionary has 3 MB of them. */
  private static final String[] FOLDED = new String[0x100];

  static {
    for (int i = 0; i < FOLDED.length; i++) {
      FOLDED[i] = ArabicNormalizer.fold(String.valueOf((char) (ARABIC_BLOCK + i)));
    }
  }

  private static Map<String, List<String>> extra() {
    Map<String, List<String>> m = new HashMap<>();
    for (LexiconFile.Row r : LexiconFile.read(DIR + "lemmas.tsv")) {
      String form = ArabicNormalizer.fold(r.col(0));
      String lemma = ArabicNormalizer.fold(r.col(1));
      if (form.isEmpty() || lemma.isEmpty()) {
        throw new IllegalStateException(r.id() + ": expected 'form<TAB>lemma'");
      }
      m.computeIfAbsent(form, k -> new ArrayList<>(1)).add(lemma);
    }
    m.replaceAll((k, v) -> List.copyOf(v));
    return Map.copyOf(m);
  }
}
