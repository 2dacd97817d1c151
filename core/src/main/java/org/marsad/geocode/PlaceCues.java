package org.marsad.geocode;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.marsad.clean.ArabicNormalizer;
import org.marsad.clean.Token;
import org.marsad.clean.Tokenizer;
import org.marsad.lexicon.Clitics;
import org.marsad.lexicon.LexiconFile;
import org.marsad.lexicon.PhraseMatcher.Match;
import org.marsad.lexicon.PhraseMatcher;

/**
 * The words around a place name (gazetteer/cues.tsv: "بلدة", "ريف", "محافظة", "شمال", "كم") and the
 * names that are also common words (stop-names.tsv), read once: recognition asks them what kind of
 * place a name is said to be, and whether it needs a cue at all.
 */
final class PlaceCues {
  enum Cue { LOCALITY, LOCALITIES, NEIGHBOURHOOD, CAMP, COUNTRYSIDE, ADMIN1, ADMIN1_AFTER, DISTRICT, SUBDISTRICT, NEAR, DIRECTION, SUFFIX, PREP, BASED, FEATURE }

  enum Need { CUE, TYPE }

  /** A cue phrase's kind and its first word (to tell "مدينة" from "المدينة"). */
  /** {@code bearing}: degrees clockwise from north for a direction, NaN otherwise. */
  record CueWord(Cue kind, String firstWord, double bearing) {}

  static final Set<Cue> KIND_CUES = EnumSet.complementOf(EnumSet.of(Cue.PREP, Cue.SUFFIX, Cue.ADMIN1_AFTER, Cue.BASED, Cue.FEATURE));

  /** Cues that follow the name ("X الغربي", "X province") and so are never read before one. */
  static final Set<Cue> AFTER_CUES = EnumSet.of(Cue.SUFFIX, Cue.ADMIN1_AFTER);

  final PhraseMatcher<CueWord> matcher;
  /** Names that are also common words, and what they need to be read as a place. */
  final Map<String, Need> stops;
  private final Set<String> firstWords = new HashSet<>();
  private final Map<String, Double> units = new HashMap<>(); // distance unit word -> km

  PlaceCues() {
    this.matcher = loadCues(firstWords, units);
    this.stops = loadStops();
  }

  /** The cues, read once for every geocoder and place lookup: their files do not change while Marsad runs. */
  static PlaceCues shared() {
    return Shared.CUES;
  }

  private static final class Shared {
    static final PlaceCues CUES = new PlaceCues();
  }

  /** Kinds of community a place argument may be written with ("مدينة طفس", "the town of Jasim", "مخيم X"). */
  private static final Set<Cue> COMMUNITY = EnumSet.of(Cue.LOCALITY, Cue.NEIGHBOURHOOD, Cue.CAMP, Cue.DISTRICT, Cue.SUBDISTRICT);

  /** The folded words of {@code query} after a leading kind word of cues.tsv ("مدينة طفس": "طفس"), or null. */
  String afterKindWord(String query) {
    List<Token> toks = Tokenizer.tokenize(ArabicNormalizer.fold(query.toLowerCase(Locale.ROOT)));
    int from = !toks.isEmpty() && toks.get(0).text().equals("the") ? 1 : 0;
    for (Match<CueWord> c : matcher.findAll(toks)) {
      if (c.firstToken() == from && COMMUNITY.contains(c.value().kind()) && c.endToken() < toks.size()) {
        return String.join(" ", toks.subList(c.endToken(), toks.size()).stream().map(Token::text).toList());
      }
    }
    return null;
  }

  private static PhraseMatcher<CueWord> loadCues(Set<String> firstWords, Map<String, Double> units) {
    PhraseMatcher.Builder<CueWord> b = PhraseMatcher.builder();
    for (LexiconFile.Row r : LexiconFile.read(Gazetteer.RESOURCE_DIR + "cues.tsv")) {
      String k = PlaceNames.key(r.col(0));
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
      m.put(PlaceNames.key(r.col(0)), Need.valueOf(r.col(1).toUpperCase(Locale.ROOT)));
    }
    return m;
  }

  /** The kilometres of "20 كم" / "20 km" right before token {@code at}, or 0. */
  double distanceBefore(List<Token> tokens, int at) {
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

  /** Where a cue word starts, without its own proclitics ("بريف" → "ريف"). */
  int cueWordStart(Match<CueWord> q, List<Token> tokens) {
    Token t = tokens.get(q.firstToken());
    String s = t.text();
    for (String w : Clitics.variants(s)) {
      if (firstWords.contains(w)) {
        return t.start() + s.length() - w.length();
      }
    }
    return t.start();
  }
}
