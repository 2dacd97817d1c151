package org.marsad.geocode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.marsad.clean.ArabicNormalizer;
import org.marsad.clean.NormalizedText;
import org.marsad.clean.Token;
import org.marsad.clean.Tokenizer;
import org.marsad.lexicon.Clitics;
import org.marsad.lexicon.LexiconFile;
import org.marsad.lexicon.PhraseMatcher;
import org.marsad.lexicon.PhraseMatcher.Match;
import org.marsad.lexicon.Words;
import org.marsad.model.Place;
import org.marsad.model.Span;

/**
 * Recognises place names in a text and resolves each to a gazetteer entry.
 *
 * <p>Recognition: every gazetteer name is a phrase of one {@link PhraseMatcher}; leftmost-longest
 * matches win. Cue words around a name (cues.tsv: "بلدة", "ريف", "محافظة", "محيط", "X الغربي", "في"...)
 * choose between readings and set the precision. Names that are also common words (stop-names.tsv)
 * and short one-word names need a cue; Latin names need a capital letter in the raw text; a name
 * found only by stripping an article the name does not have ("السلام" for "سلام") is refused.
 *
 * <p>Resolution: a name with one reading is an anchor; anchors give the admin context (governorates,
 * districts, countries) of their paragraph and of the document. A name with several readings takes
 * the one that fits that context best, then the larger place. A small place in a country the
 * document does not otherwise mention is dropped: an unknown place stays unresolved rather than
 * being pinned to a homonym.
 */
public final class Geocoder {
  enum Cue { LOCALITY, LOCALITIES, NEIGHBOURHOOD, CAMP, COUNTRYSIDE, ADMIN1, ADMIN1_AFTER, DISTRICT, SUBDISTRICT, NEAR, DIRECTION, SUFFIX, PREP }

  enum Need { CUE, TYPE }

  /** A cue phrase's kind and its first word (to tell "مدينة" from "المدينة"). */
  /** {@code bearing}: degrees clockwise from north for a direction, NaN otherwise. */
  record CueWord(Cue kind, String firstWord, double bearing) {}

  /**
   * A folded surface form, its first word (to find clitics before it), the entries it names, and
   * those of them (fallback-layer entries) for which it is read only with a kind cue or a locator.
   */
  record Name(String key, String firstWord, boolean latin, List<GazetteerEntry> entries, List<GazetteerEntry> guarded) {}

  private static final Set<Cue> KIND_CUES = EnumSet.complementOf(EnumSet.of(Cue.PREP, Cue.SUFFIX, Cue.ADMIN1_AFTER));
  /** Cues that follow the name ("X الغربي", "X province") and so are never read before one. */
  private static final Set<Cue> AFTER_CUES = EnumSet.of(Cue.SUFFIX, Cue.ADMIN1_AFTER);
  /** Latin articles of transliterated names: "al-Bab" is capitalised on "Bab". */
  private static final Set<String> LATIN_ARTICLES = Set.of("al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ed", "es", "ez");
  private static final long BIG_PLACE = 50_000;
  // "ريف X الشرقي": the middle of a town's countryside on one side, taking a countryside of ~15 km
  // around the town (its district's radius in Syria); a centroid of such a sector lies ~10 km out.
  private static final double COUNTRYSIDE_KM = 10;
  // a town said to lie in a region or near a town ("بلدة X بسهل الغاب") lies within this of it
  private static final double LOCATOR_KM = 50;
  // levels a distance and bearing may set a point off; a governorate or country is too large
  private static final Set<PlaceLevel> TOWN_LEVELS = EnumSet.of(PlaceLevel.LOCALITY, PlaceLevel.CAMP, PlaceLevel.NEIGHBOURHOOD,
      PlaceLevel.ADMIN2, PlaceLevel.ADMIN3);
  private static final double KM_PER_DEGREE = 111.2;
  // a fallback-layer (GeoNames) reading ranks after a curated one unless the report's context (its
  // governorate +3/+4, its country +2 against -2) points at it: curated first, then context, then size
  private static final double FALLBACK_PENALTY = 3;
  /** What may stand between a place and its locator: "X بمحافظة Y", "X في Y", "X، Y", "X (Y)". */
  private static final Set<String> LOCATOR_GAPS = Set.of("", "ب", "في", "،", ",", "(", "-", "–");
  private static final String[] COMPASS = {"N", "NE", "E", "SE", "S", "SW", "W", "NW"};

  private final Gazetteer gazetteer;
  private final PhraseMatcher<Name> names;
  private final PhraseMatcher<CueWord> cues;
  private final Map<String, Need> stops;
  private final Set<String> cueFirstWords = new HashSet<>();
  private final Map<String, Double> units = new HashMap<>(); // distance unit word -> km

  public Geocoder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.names = buildNames(gazetteer);
    this.cues = loadCues(cueFirstWords, units);
    this.stops = loadStops();
  }

  /** The shipped gazetteer (plus files named by {@value Gazetteer#EXTRA_PROPERTY}). */
  public static Geocoder loadDefault() {
    return new Geocoder(Gazetteer.loadDefault());
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  private static PhraseMatcher<Name> buildNames(Gazetteer g) {
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

  private static PhraseMatcher<CueWord> loadCues(Set<String> firstWords, Map<String, Double> units) {
    PhraseMatcher.Builder<CueWord> b = PhraseMatcher.builder();
    for (LexiconFile.Row r : LexiconFile.read(Gazetteer.RESOURCE_DIR + "cues.tsv")) {
      String k = key(r.col(0));
      int sp = k.indexOf(' ');
      String first = sp < 0 ? k : k.substring(0, sp);
      if (r.col(1).equals("distance_unit")) {
        units.put(k, Double.parseDouble(r.col(2)));
        continue;
      }
      firstWords.add(first);
      double bearing = r.col(2).isEmpty() ? Double.NaN : Double.parseDouble(r.col(2));
      b.add(r.col(0), new CueWord(Cue.valueOf(r.col(1).toUpperCase(Locale.ROOT)), first, bearing));
    }
    return b.build();
  }

  private static Map<String, Need> loadStops() {
    Map<String, Need> m = new HashMap<>();
    for (LexiconFile.Row r : LexiconFile.read(Gazetteer.RESOURCE_DIR + "stop-names.tsv")) {
      m.put(key(r.col(0)), Need.valueOf(r.col(1).toUpperCase(Locale.ROOT)));
    }
    return m;
  }

  /** A recognised name before resolution. */
  private static final class Candidate {
    Match<Name> match;
    int start;
    int end;
    int paragraph;
    Set<Cue> cuesBefore = EnumSet.noneOf(Cue.class);
    boolean suffix;
    Cue kind; // the kind cue right before the name, if any
    double bearing = Double.NaN; // "20 كم شمال X", "ريف X الشرقي": where from X the place lies
    double offsetKm;
    int sideEnd; // the end of "الشرقي" in "ريف X الشرقي", which the span takes when the side is used
    List<GazetteerEntry> readings;
    GazetteerEntry chosen;
    boolean strong;
    List<GazetteerEntry> needLocator = List.of(); // readings kept only beside their governorate or country
  }

  public List<PlaceMention> find(NormalizedText text, List<Token> tokens) {
    return find(text, Words.of(tokens));
  }

  /** As {@link #find(NormalizedText, List)}, on words (tokens of {@code text.text()}) shared with other stages. */
  public List<PlaceMention> find(NormalizedText text, Words words) {
    List<Token> tokens = words.tokens();
    List<Match<Name>> found = names.findAll(words);
    if (found.isEmpty()) {
      return List.of();
    }
    Map<Integer, List<Match<CueWord>>> cueEnding = new HashMap<>();
    Map<Integer, List<Match<CueWord>>> cueStarting = new HashMap<>();
    for (Match<CueWord> w : cues.findAll(words)) {
      String tok = tokens.get(w.firstToken()).text();
      String cw = w.value().firstWord();
      if (!AFTER_CUES.contains(w.value().kind()) && (!tok.endsWith(cw) || articlePrefix(tok.substring(0, tok.length() - cw.length())))) {
        continue; // "المدينة الخضراء" is "the green city", not "the town of al-Khadra"
      }
      cueEnding.computeIfAbsent(w.endToken(), k -> new ArrayList<>(2)).add(w);
      cueStarting.computeIfAbsent(w.firstToken(), k -> new ArrayList<>(2)).add(w);
    }
    int[] lineStarts = lineStarts(text.text());
    List<Candidate> cands = new ArrayList<>();
    int taken = 0; // tokens before this are inside an accepted name
    found.sort(Comparator.<Match<Name>>comparingInt(Match::firstToken).thenComparingInt(m -> -m.endToken()));
    for (Match<Name> m : found) {
      if (m.firstToken() < taken) {
        continue;
      }
      // "نبل والزهراء": a name joined by "و" right after an accepted place is read as a place too
      boolean joined = m.firstToken() == taken && taken > 0 && tokens.get(m.firstToken()).text().startsWith("و");
      Candidate c = recognise(m, tokens, text, cueEnding, cueStarting, joined);
      if (c == null) {
        continue;
      }
      c.paragraph = paragraphOf(lineStarts, c.start);
      cands.add(c);
      taken = m.endToken();
    }
    resolve(cands, text.text());
    List<PlaceMention> out = new ArrayList<>(cands.size());
    for (Candidate c : cands) {
      if (c.chosen != null) {
        out.add(mention(c, text));
      }
    }
    return out;
  }

  /** Checks a name match against its surroundings; null when it is not a place mention. */
  private Candidate recognise(Match<Name> m, List<Token> tokens, NormalizedText text,
      Map<Integer, List<Match<CueWord>>> cueEnding, Map<Integer, List<Match<CueWord>>> cueStarting, boolean joined) {
    Name name = m.value();
    Token first = tokens.get(m.firstToken());
    String tok = first.text();
    int prefixLen;
    String proclitics;
    if (tok.endsWith(name.firstWord())) {
      prefixLen = tok.length() - name.firstWord().length();
      proclitics = tok.substring(0, prefixLen);
    } else if (name.firstWord().startsWith("ال") && tok.endsWith("ل" + name.firstWord().substring(2))) {
      // لل = ل + ال ("للعراق"): the article is fused with the preposition, so the span keeps the token
      proclitics = tok.substring(0, tok.length() - name.firstWord().length() + 1);
      prefixLen = proclitics.startsWith("و") || proclitics.startsWith("ف") ? 1 : 0;
    } else {
      return null; // a stem reading; names are exact words
    }
    if (proclitics.startsWith("و") || proclitics.startsWith("ف")) {
      proclitics = proclitics.substring(1);
    }
    if (articlePrefix(proclitics)) {
      return null; // the text has an article the name lacks: "السلام" is not "سلام"
    }
    List<Match<CueWord>> here = cueStarting.get(m.firstToken());
    if (here != null && name.entries().stream().noneMatch(e -> e.level() == PlaceLevel.COUNTRY || e.level() == PlaceLevel.ADMIN1)) {
      for (Match<CueWord> q : here) {
        if (q.endToken() >= m.endToken() && (q.value().kind() == Cue.SUFFIX || q.value().kind() == Cue.PREP)) {
          return null; // "الشمالي" after a name is a direction, whatever neighbourhood is called so
        }
      }
    }
    Candidate c = new Candidate();
    c.match = m;
    c.start = first.start() + prefixLen;
    c.end = m.end();
    if (name.latin() && !capitalised(m, tokens, text)) {
      return null;
    }
    if (proclitics.equals("ب")) {
      c.cuesBefore.add(Cue.PREP);
    }
    int at = m.firstToken();
    for (int hop = 0; hop < 2; hop++) {
      List<Match<CueWord>> before = cueEnding.get(at);
      if (before == null) {
        break;
      }
      Match<CueWord> best = null;
      for (Match<CueWord> q : before) {
        if (!AFTER_CUES.contains(q.value().kind()) && (best == null || q.firstToken() < best.firstToken())) {
          best = q;
        }
      }
      if (best == null) {
        break;
      }
      c.cuesBefore.add(best.value().kind());
      if (best.value().kind() == Cue.DIRECTION) {
        c.offsetKm = distanceBefore(tokens, best.firstToken());
        c.bearing = c.offsetKm > 0 ? best.value().bearing() : Double.NaN;
      }
      if (hop == 0 && best.value().kind() != Cue.PREP) {
        c.kind = best.value().kind();
        if (best.value().kind() == Cue.COUNTRYSIDE || best.value().kind() == Cue.ADMIN1) {
          c.start = cueWordStart(best, tokens);
        }
      }
      at = best.firstToken();
    }
    if (c.kind == null && quotedTitle(text.text(), first.start(), m.end())) {
      return null; // «الشرق الأوسط» is the newspaper, "Olive Branch" an operation: a title, not a place
    }
    List<Match<CueWord>> after = cueStarting.get(m.endToken());
    if (after != null) {
      for (Match<CueWord> q : after) {
        c.suffix |= q.value().kind() == Cue.SUFFIX;
        if (q.value().kind() == Cue.SUFFIX && c.kind == Cue.COUNTRYSIDE && !Double.isNaN(q.value().bearing())
            && q.end() >= c.end) {
          c.bearing = q.value().bearing(); // the longest suffix: "الجنوبي الشرقي" over "الجنوبي"
          c.offsetKm = COUNTRYSIDE_KM;
          c.sideEnd = q.end();
        }
        if (q.value().kind() == Cue.ADMIN1_AFTER && c.kind == null
            && name.entries().stream().anyMatch(e -> e.level() == PlaceLevel.ADMIN1)) {
          c.kind = Cue.ADMIN1; // "Idlib province", "Aleppo countryside": the governorate
          c.end = q.end();
        }
      }
    }
    boolean kindCue = c.cuesBefore.stream().anyMatch(KIND_CUES::contains);
    if (c.cuesBefore.isEmpty() && proclitics.isEmpty() && adjectiveReading(m, tokens, text)) {
      return null;
    }
    Need need = stops.get(name.key());
    if (need == null && !name.latin() && name.key().indexOf(' ') < 0 && name.key().length() <= 3
        && name.entries().stream().noneMatch(Geocoder::isMajor)) {
      need = Need.CUE;
    }
    if (!joined && (need == Need.TYPE && !kindCue || need == Need.CUE && c.cuesBefore.isEmpty())) {
      return null;
    }
    c.readings = readings(name.entries(), c.kind);
    if (c.kind != Cue.LOCALITY && !name.guarded().isEmpty()) {
      // "قرية X" reads a small town named like a word; other cues precede words too ("شمال البلاد",
      // "أحياء المدينة", "مدن جديدة"), so without a singular town cue X needs its governorate or country beside it
      c.needLocator = name.guarded();
    }
    return c.readings.isEmpty() ? null : c;
  }

  /** The kilometres of "20 كم" / "20 km" right before token {@code at}, or 0. */
  private double distanceBefore(List<Token> tokens, int at) {
    if (at < 2) {
      return 0;
    }
    Double perUnit = units.get(tokens.get(at - 1).text());
    Token n = tokens.get(at - 2);
    if (perUnit == null || !n.numeric() || n.text().length() > 4) {
      return 0;
    }
    return Integer.parseInt(n.text()) * perUnit;
  }

  /** Whether the name is the whole of a quotation: an opening quote right before it and a closing one right after. */
  static boolean quotedTitle(String norm, int start, int end) {
    int b = start - 1;
    while (b >= 0 && norm.charAt(b) == ' ') {
      b--;
    }
    int a = end;
    while (a < norm.length() && norm.charAt(a) == ' ') {
      a++;
    }
    return b >= 0 && a < norm.length() && "«\"“„".indexOf(norm.charAt(b)) >= 0 && "»\"”“".indexOf(norm.charAt(a)) >= 0;
  }

  /**
   * Whether a Latin-script name is written with a capital: its first word, or the word after a
   * transliterated article ("al-Bab", "el-Zour").
   */
  private static boolean capitalised(Match<Name> m, List<Token> tokens, NormalizedText text) {
    for (int k = m.firstToken(); k < m.endToken(); k++) {
      Token t = tokens.get(k);
      char raw = text.raw().charAt(text.toRawStart(t.start()));
      if (Character.isUpperCase(raw)) {
        return true;
      }
      if (!LATIN_ARTICLES.contains(t.text())) {
        return false;
      }
    }
    return false;
  }

  /**
   * A one-word name with the article right after a definite word usually agrees with it as an
   * adjective ("الطائرات الحربية", "المرحلة الجديدة"); a country, governorate, region, camp or city
   * of 100,000 or more is read as a place all the same ("العاصمة الرياض").
   */
  private static boolean adjectiveReading(Match<Name> m, List<Token> tokens, NormalizedText text) {
    String key = m.value().key();
    if (m.firstToken() == 0 || key.indexOf(' ') >= 0 || !key.startsWith("ال")) {
      return false;
    }
    Token prev = tokens.get(m.firstToken() - 1);
    Token first = tokens.get(m.firstToken());
    if (!text.text().substring(prev.end(), first.start()).isBlank()) {
      return false;
    }
    boolean definite = false;
    for (String v : Clitics.variants(prev.text())) {
      definite |= v.startsWith("ال") && v.length() > 3;
    }
    if (!definite) {
      return false;
    }
    for (GazetteerEntry e : m.value().entries()) {
      if (e.level() != PlaceLevel.LOCALITY && e.level() != PlaceLevel.NEIGHBOURHOOD && e.level() != PlaceLevel.ADMIN2
          && e.level() != PlaceLevel.ADMIN3 || e.population() >= 100_000) {
        return false;
      }
    }
    return true;
  }

  /** Whether proclitics peeled off a word end in the article (ال, or the لل of ل + ال). */
  private static boolean articlePrefix(String p) {
    if (p.startsWith("و") || p.startsWith("ف")) {
      p = p.substring(1);
    }
    return p.endsWith("ال") || p.endsWith("لل");
  }

  /** Where a cue word starts, without its own proclitics ("بريف" → "ريف"). */
  private int cueWordStart(Match<CueWord> q, List<Token> tokens) {
    Token t = tokens.get(q.firstToken());
    String s = t.text();
    for (String w : Clitics.variants(s)) {
      if (cueFirstWords.contains(w)) {
        return t.start() + s.length() - w.length();
      }
    }
    return t.start();
  }

  /** The readings a kind cue allows: "محافظة X" the governorate, "بلدة X" the town, ... */
  private List<GazetteerEntry> readings(List<GazetteerEntry> entries, Cue kind) {
    Set<PlaceLevel> want = kind == null ? Set.of() : switch (kind) {
      case COUNTRYSIDE, ADMIN1 -> Set.of(PlaceLevel.ADMIN1);
      case LOCALITY, LOCALITIES -> Set.of(PlaceLevel.LOCALITY);
      case NEIGHBOURHOOD -> Set.of(PlaceLevel.NEIGHBOURHOOD);
      case CAMP -> Set.of(PlaceLevel.CAMP);
      case DISTRICT -> Set.of(PlaceLevel.ADMIN2, PlaceLevel.REGION);
      case SUBDISTRICT -> Set.of(PlaceLevel.ADMIN3);
      default -> Set.of();
    };
    if (!want.isEmpty()) {
      List<GazetteerEntry> out = new ArrayList<>(entries.size());
      for (GazetteerEntry e : entries) {
        if (want.contains(e.level())) {
          out.add(e);
        }
      }
      if (!out.isEmpty()) {
        return out;
      }
    }
    return entries;
  }

  private void resolve(List<Candidate> cands, String norm) {
    keepLocated(cands, norm);
    Map<Integer, Set<String>> paraKeys = new HashMap<>();
    Set<String> docKeys = new HashSet<>();
    Set<String> countries = new HashSet<>();
    for (Candidate c : cands) {
      // what sets the report's countries: a kind cue, a country, governorate or region, or a
      // multi-word name; a one-word town name may be a common word and does not
      c.strong = c.kind != null || c.match.value().key().indexOf(' ') > 0 || c.readings.stream()
          .anyMatch(e -> e.level() == PlaceLevel.COUNTRY || e.level() == PlaceLevel.ADMIN1 || e.level() == PlaceLevel.REGION);
      List<GazetteerEntry> distinct = distinct(c.readings);
      if (distinct.size() == 1 && !onlyNeighbourhood(distinct)) {
        c.chosen = distinct.get(0);
        Set<String> keys = paraKeys.computeIfAbsent(c.paragraph, k -> new HashSet<>());
        addKeys(c.chosen, keys);
        addKeys(c.chosen, docKeys);
        if (c.strong && !c.chosen.country().isEmpty()) {
          countries.add(c.chosen.country());
        }
      }
    }
    for (Candidate c : cands) { // in text order, so a resolved name is context for the next ones
      if (c.chosen != null) {
        continue;
      }
      Set<String> para = paraKeys.computeIfAbsent(c.paragraph, k -> new HashSet<>());
      double best = Double.NEGATIVE_INFINITY;
      for (GazetteerEntry e : c.readings) {
        if (e.level() == PlaceLevel.NEIGHBOURHOOD && c.kind != Cue.NEIGHBOURHOOD && !para.contains(e.admin2())) {
          continue; // a neighbourhood name without "حي" needs its city nearby
        }
        double s = base(e, c.readings) - (e.fallback() ? FALLBACK_PENALTY : 0);
        if (para.contains(e.admin2())) {
          s += 4;
        } else if (para.contains(e.admin1()) || para.contains(e.id())) {
          s += 3;
        } else if (docKeys.contains(e.admin2()) || docKeys.contains(e.admin1())) {
          s += 1.5;
        }
        if (!countries.isEmpty()) {
          s += countries.contains(e.country()) ? 2 : -2;
        }
        if (s > best) {
          best = s;
          c.chosen = e;
        }
      }
      if (c.chosen != null) {
        addKeys(c.chosen, para);
        addKeys(c.chosen, docKeys);
      }
    }
    Map<Integer, Set<String>> paraCountries = new HashMap<>();
    for (Candidate c : cands) {
      if (c.chosen != null && !c.chosen.country().isEmpty() && (c.strong || isMajor(c.chosen))) {
        paraCountries.computeIfAbsent(c.paragraph, k -> new HashSet<>()).add(c.chosen.country());
      }
    }
    for (Candidate c : cands) {
      GazetteerEntry e = c.chosen;
      if (e == null || isBig(e)) {
        continue;
      }
      Set<String> here = paraCountries.getOrDefault(c.paragraph, Set.of());
      if (c.kind == null && !countries.isEmpty() && !countries.contains(e.country())
          || !here.isEmpty() && !here.contains(e.country())) {
        // a small place in a country the report (or its paragraph) does not otherwise name: a
        // Yemeni "مدينة شقرة" next to Zinjibar is not the Syrian village of that name
        c.chosen = null;
      }
    }
    for (int i = 0; i + 1 < cands.size(); i++) {
      Candidate c = cands.get(i);
      Candidate area = cands.get(i + 1);
      if (c.chosen != null && area.chosen != null && TOWN_LEVELS.contains(c.chosen.level())
          && locatedBy(norm, c, area) && !within(c.chosen, area.chosen)) {
        // "بلدة الحوطة في ريف دمشق": the text says where the town lies, and the gazetteer's only
        // town of that name lies elsewhere; the town is not in the gazetteer, the area stays
        c.chosen = null;
      }
    }
  }

  /**
   * Drops the readings that need a locator and have none. A reading is located by the next name
   * when that names its country or governorate ("X بمحافظة تعز", "X، اليمن"), or by a name of its
   * governorate (the governorate or a city of it) elsewhere in the paragraph; the locator's own
   * readings must not need one.
   */
  private void keepLocated(List<Candidate> cands, String norm) {
    for (int i = 0; i < cands.size(); i++) {
      Candidate c = cands.get(i);
      if (c.needLocator.isEmpty()) {
        continue;
      }
      Candidate next = i + 1 < cands.size() ? cands.get(i + 1) : null;
      boolean adjacent = next != null && next.start >= c.end && next.start - c.end <= 12
          && LOCATOR_GAPS.contains(norm.substring(c.end, next.start).strip());
      List<GazetteerEntry> kept = new ArrayList<>(c.readings.size());
      for (GazetteerEntry e : c.readings) {
        if (!c.needLocator.contains(e) || adjacent && locates(next, e, true) || locatedInParagraph(cands, c, e)) {
          kept.add(e);
        }
      }
      c.readings = kept;
    }
  }

  private boolean locatedInParagraph(List<Candidate> cands, Candidate c, GazetteerEntry e) {
    for (Candidate o : cands) {
      if (o != c && o.paragraph == c.paragraph && locates(o, e, false)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a candidate names (through a reading that needs no locator) the governorate, or the country, of {@code e}. */
  private boolean locates(Candidate area, GazetteerEntry e, boolean countryToo) {
    String admin1 = e.admin1().isEmpty() ? null : gazetteer.adminName(e.admin1());
    for (GazetteerEntry a : area.readings) {
      if (area.needLocator.contains(a) || !a.country().equals(e.country())) {
        continue;
      }
      if (a.level() == PlaceLevel.COUNTRY ? countryToo
          : admin1 != null && (a.level() == PlaceLevel.ADMIN1 || isMajor(a))
              && (admin1.equals(gazetteer.adminName(a.admin1())) || a.level() == PlaceLevel.ADMIN1 && admin1.equals(a.name()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code area} follows {@code c} as its locator: "X بـY", "X في Y", "X بريف Y". */
  private static boolean locatedBy(String norm, Candidate c, Candidate area) {
    if (area.start < c.end || area.start - c.end > 6) {
      return false;
    }
    String gap = norm.substring(c.end, area.start).strip();
    return gap.equals("ب") || gap.equals("في");
  }

  /** Whether a town lies in (or, for a town or region, within {@value #LOCATOR_KM} km of) an area. */
  private boolean within(GazetteerEntry town, GazetteerEntry area) {
    return switch (area.level()) {
      case COUNTRY -> area.country().equals(town.country());
      case ADMIN1 -> area.id().equals(town.admin1()) || area.name().equals(gazetteer.adminName(town.admin1()));
      case ADMIN2 -> area.id().equals(town.admin2()) || area.name().equals(gazetteer.adminName(town.admin2()));
      default -> km(town.lat(), town.lon(), area.lat(), area.lon()) <= LOCATOR_KM;
    };
  }

  /** A place well enough known that its name is read without a cue: a country, governorate or city. */
  private static boolean isMajor(GazetteerEntry e) {
    return e.level() == PlaceLevel.COUNTRY || e.level() == PlaceLevel.ADMIN1 || e.population() >= 100_000;
  }

  private static boolean onlyNeighbourhood(List<GazetteerEntry> es) {
    return es.size() == 1 && es.get(0).level() == PlaceLevel.NEIGHBOURHOOD;
  }

  /** Readings with near-duplicates (the same place from two sources, within 3 km) merged. */
  private static List<GazetteerEntry> distinct(List<GazetteerEntry> es) {
    if (es.size() < 2) {
      return es;
    }
    List<GazetteerEntry> out = new ArrayList<>(es.size());
    outer:
    for (GazetteerEntry e : es) {
      for (GazetteerEntry o : out) {
        if (o.level().equals(e.level()) && km(o.lat(), o.lon(), e.lat(), e.lon()) < 3) {
          continue outer;
        }
      }
      out.add(e);
    }
    return out;
  }

  private static boolean isBig(GazetteerEntry e) {
    return switch (e.level()) {
      case COUNTRY, ADMIN1, REGION, CAMP -> true;
      default -> e.population() >= BIG_PLACE;
    };
  }

  /**
   * Prior for a reading with no context: larger places, and towns over same-named districts. A town
   * named like the admin unit that contains it is that unit's seat and counts its population ("حلب"
   * is the city before the governorate).
   */
  private static double base(GazetteerEntry e, List<GazetteerEntry> readings) {
    long pop = e.population();
    if (e.level() == PlaceLevel.LOCALITY) {
      for (GazetteerEntry r : readings) {
        if (r.id().equals(e.admin1()) || r.id().equals(e.admin2()) || r.level() == PlaceLevel.ADMIN3 && r.admin2().equals(e.admin2())) {
          pop = Math.max(pop, r.population());
        }
      }
    }
    double bonus = switch (e.level()) {
      case COUNTRY -> 3;
      case LOCALITY, CAMP -> 1;
      case REGION -> 0.5;
      case ADMIN2 -> -0.5;
      case ADMIN3, NEIGHBOURHOOD -> -1;
      default -> 0;
    };
    return Math.log10(Math.max(pop, 1000)) + bonus;
  }

  private static void addKeys(GazetteerEntry e, Set<String> keys) {
    keys.add(e.id());
    if (!e.admin1().isEmpty()) {
      keys.add(e.admin1());
    }
    if (!e.admin2().isEmpty()) {
      keys.add(e.admin2());
    }
  }

  private PlaceMention mention(Candidate c, NormalizedText text) {
    GazetteerEntry e = c.chosen;
    int precision = switch (e.level()) {
      case LOCALITY, CAMP, NEIGHBOURHOOD -> 1;
      case ADMIN2, ADMIN3 -> 2;
      // a named area inside one governorate (الغوطة الشرقية) is a part of a district, as ACLED codes it
      case REGION -> e.admin1().isEmpty() ? 3 : 2;
      default -> 3;
    };
    boolean near = c.suffix || c.cuesBefore.contains(Cue.NEAR) || c.cuesBefore.contains(Cue.DIRECTION)
        || c.kind == Cue.DISTRICT && precision == 1 || c.kind == Cue.CAMP && e.level() != PlaceLevel.CAMP
        || c.kind == Cue.COUNTRYSIDE; // "ريف جسر الشغور": the countryside of a town is near it
    if (near && precision < 2) {
      precision = 2;
    }
    if (c.kind == Cue.ADMIN1) {
      precision = 3; // "محافظة تعز" read through its seat
    }
    String admin1 = e.level() == PlaceLevel.ADMIN1 || e.level() == PlaceLevel.COUNTRY ? null : gazetteer.adminName(e.admin1());
    String admin2 = gazetteer.adminName(e.admin2());
    boolean off = !Double.isNaN(c.bearing) && c.offsetKm > 0 && TOWN_LEVELS.contains(e.level());
    int end = off ? Math.max(c.end, c.sideEnd) : c.end;
    Span evidence = wholeWord(text, text.toRaw(c.start, end));
    Place p = new Place(e.id(), e.name(), e.nameAr().isEmpty() ? null : e.nameAr(), e.country(), admin1, admin2,
        e.lat(), e.lon(), precision, evidence);
    if (off) {
      p = offset(p, c.bearing, c.offsetKm);
    }
    return new PlaceMention(c.start, end, e.level(), p);
  }

  /**
   * A point {@code km} from a place towards {@code bearing}, at precision 2 ("near it"): its id
   * says what it was derived from, so that it is not mistaken for the town itself.
   */
  static Place offset(Place p, double bearing, double km) {
    double b = Math.toRadians(bearing);
    double lat = p.lat() + km * Math.cos(b) / KM_PER_DEGREE;
    double lon = p.lon() + km * Math.sin(b) / (KM_PER_DEGREE * Math.cos(Math.toRadians(p.lat())));
    String where = Math.round(km) + " km " + COMPASS[(int) Math.round(bearing / 45.0) % 8];
    return new Place(p.id() + "@" + where.replace(" ", ""), p.name() + " (" + where + ")", p.nameAr(), p.country(),
        p.admin1(), p.admin2(), Math.round(lat * 1e5) / 1e5, Math.round(lon * 1e5) / 1e5, 2, p.evidence());
  }

  /** Whether the place is a point {@link #offset} from a gazetteer entry. */
  public static boolean isOffset(Place p) {
    return p.id() != null && p.id().indexOf('@') > 0;
  }

  /** The raw span with the diacritics and tatweel that end its last word (normalisation deleted them). */
  private static Span wholeWord(NormalizedText text, Span s) {
    String raw = text.raw();
    int end = s.end();
    while (end < raw.length() && end > s.start() && ArabicNormalizer.normalize(raw.substring(end, end + 1)).text().isEmpty()
        && !Character.isWhitespace(raw.charAt(end))) {
      end++;
    }
    return end == s.end() ? s : new Span(s.start(), end);
  }

  private static int[] lineStarts(String s) {
    int[] l = new int[16];
    int n = 1; // l[0] = 0
    if (s.indexOf('\r') < 0) { // the usual case, with the vectorised indexOf
      for (int i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) {
        l = add(l, n++, i + 1);
      }
    } else {
      for (int i = 0; i < s.length(); i++) {
        if (s.charAt(i) == '\n' || s.charAt(i) == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n')) {
          l = add(l, n++, i + 1);
        }
      }
    }
    return Arrays.copyOf(l, n);
  }

  private static int[] add(int[] a, int at, int v) {
    int[] r = at == a.length ? Arrays.copyOf(a, a.length * 2) : a;
    r[at] = v;
    return r;
  }

  private static int paragraphOf(int[] starts, int offset) {
    int i = java.util.Arrays.binarySearch(starts, offset);
    return i >= 0 ? i : -i - 2;
  }

  /** Great-circle distance in km (haversine, mean Earth radius). */
  public static double km(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
        + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
  }
}
