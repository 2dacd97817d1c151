package org.marsad.geocode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.clean.NormalizedText;
import org.marsad.clean.Token;
import org.marsad.geocode.PlaceCues.Cue;
import org.marsad.geocode.PlaceCues.CueWord;
import org.marsad.geocode.PlaceCues.Need;
import org.marsad.geocode.PlaceNames.Name;
import org.marsad.lexicon.Clitics;
import org.marsad.lexicon.PhraseMatcher.Match;

/**
 * Whether a gazetteer name found in the text is a place mention, and what its cues say of it: the
 * kind cue before it ("بلدة X" a town, "محافظة X" the governorate), a bearing or distance, a side
 * ("ريف X الشرقي"). Names that are also words need a cue; Latin names need a capital; a name found only
 * by stripping an article it does not have is refused.
 */
final class NameRecogniser {
  /** Latin articles of transliterated names: "al-Bab" is capitalised on "Bab". */
  static final Set<String> LATIN_ARTICLES = Set.of("al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ed", "es", "ez");

  // "ريف X الشرقي": the middle of a town's countryside on one side, taking a countryside of ~15 km
  // around the town (its district's radius in Syria); a centroid of such a sector lies ~10 km out.
  private static final double COUNTRYSIDE_KM = 10;

  private final PlaceCues cues;

  NameRecogniser(PlaceCues cues) {
    this.cues = cues;
  }

  /**
   * "في الرمادي والفلوجة": a name that is also a word ("الرمادي", grey) coordinated by "و" with the name of a
   * town of the same country that is no word is a town too, as it is after one ("نبل والزهراء").
   */
  boolean joinedToTownAfter(Match<Name> m, List<Match<Name>> found, List<Token> tokens) {
    if (!cues.stops.containsKey(m.value().key()) && m.value().key().length() > 3
        || m.endToken() >= tokens.size() || !tokens.get(m.endToken()).text().startsWith("و")) {
      return false; // only a name that needs a cue is licensed so; the common case costs no search
    }
    // found is in text order: the names starting right after m are found by a binary search
    int lo = 0;
    int hi = found.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (found.get(mid).firstToken() < m.endToken()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (Match<Name> next : found.subList(lo, found.size())) {
      if (next.firstToken() != m.endToken()) {
        break;
      }
      if (!cues.stops.containsKey(next.value().key()) && next.value().key().length() > 3
          && next.value().entries().stream().anyMatch(e -> e.level() == PlaceLevel.LOCALITY
              && m.value().entries().stream().anyMatch(o -> o.level() == PlaceLevel.LOCALITY && o.country().equals(e.country())))) {
        return true;
      }
    }
    return false;
  }

  /** Checks a name match against its surroundings; null when it is not a place mention. */
  Candidate recognise(Match<Name> m, List<Token> tokens, NormalizedText text,
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
    if (articlePrefix(proclitics) && !(proclitics.equals("ال") && townNamed(m, cueEnding))) {
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
    if (name.latin() && (!capitalised(m, tokens, text) || sidePrefix(text, c.start))) {
      return null; // "pro-Damascus media", "anti-Assad rebels": a side named for a place, not the place
    }
    if ((feature(cueEnding.get(m.firstToken())) || feature(cueStarting.get(m.endToken())))
        && name.entries().stream().anyMatch(e -> e.level() == PlaceLevel.COUNTRY)) {
      return null; // "the Niger River", "نهر النيجر", "Lake Chad": a river or a lake named for a country, not the country
    }
    c.based = Datelines.at(text, c.start, c.end); // where the report was filed is no context for its places
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
        if (!PlaceCues.AFTER_CUES.contains(q.value().kind()) && (best == null || q.firstToken() < best.firstToken())) {
          best = q;
        }
      }
      if (best == null) {
        break;
      }
      if (best.value().kind() == Cue.BASED) {
        c.based = hop == 0;
        break;
      }
      c.cuesBefore.add(best.value().kind());
      if (best.value().kind() == Cue.DIRECTION) {
        c.offsetKm = cues.distanceBefore(tokens, best.firstToken());
        c.bearing = c.offsetKm > 0 ? best.value().bearing() : Double.NaN;
      }
      if (hop == 0 && best.value().kind() != Cue.PREP) {
        c.kind = best.value().kind();
        if (best.value().kind() == Cue.COUNTRYSIDE || best.value().kind() == Cue.ADMIN1) {
          c.start = cues.cueWordStart(best, tokens);
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
        c.based |= q.value().kind() == Cue.BASED && q.endToken() == m.endToken() + 1;
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
    boolean kindCue = c.cuesBefore.stream().anyMatch(PlaceCues.KIND_CUES::contains);
    if (c.cuesBefore.isEmpty() && proclitics.isEmpty() && adjectiveReading(m, tokens, text)) {
      return null;
    }
    Need need = cues.stops.get(name.key());
    if (need == null && !name.latin() && name.key().indexOf(' ') < 0 && name.key().length() <= 3
        && name.entries().stream().noneMatch(ReadingResolver::isMajor)) {
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

  /** Whether the raw text right before a Latin name is "pro-" or "anti-". */
  private static boolean sidePrefix(NormalizedText text, int start) {
    int raw = text.toRawStart(start);
    String before = text.raw().substring(Math.max(0, raw - 5), raw).toLowerCase(java.util.Locale.ROOT);
    return before.endsWith("pro-") || before.endsWith("anti-");
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

  /**
   * "بلدة القرقور" for the gazetteer's "قرقور": village names are written with and without the article,
   * and a singular town word right before the name says it is one, not the word it may also be.
   */
  private static boolean townNamed(Match<Name> m, Map<Integer, List<Match<CueWord>>> cueEnding) {
    List<Match<CueWord>> before = cueEnding.get(m.firstToken());
    if (before == null || m.value().key().indexOf(' ') >= 0) {
      return false;
    }
    for (Match<CueWord> q : before) {
      Cue k = q.value().kind();
      if ((k == Cue.LOCALITY || k == Cue.NEIGHBOURHOOD) && !q.value().firstWord().startsWith("ال")) {
        return m.value().entries().stream().anyMatch(e -> e.level() == PlaceLevel.LOCALITY || e.level() == PlaceLevel.NEIGHBOURHOOD);
      }
    }
    return false;
  }

  /** Whether proclitics peeled off a word end in the article (ال, or the لل of ل + ال). */
  static boolean articlePrefix(String p) {
    if (p.startsWith("و") || p.startsWith("ف")) {
      p = p.substring(1);
    }
    return p.endsWith("ال") || p.endsWith("لل");
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

  /** Whether a natural feature's word stands at the name (cues of kind FEATURE: river, delta, lake). */
  private static boolean feature(List<Match<CueWord>> cues) {
    return cues != null && cues.stream().anyMatch(q -> q.value().kind() == Cue.FEATURE);
  }
}
