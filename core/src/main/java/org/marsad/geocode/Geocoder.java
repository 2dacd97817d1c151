package org.marsad.geocode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.clean.ArabicNormalizer;
import org.marsad.clean.NormalizedText;
import org.marsad.clean.Token;
import org.marsad.geocode.PlaceCues.Cue;
import org.marsad.geocode.PlaceCues.CueWord;
import org.marsad.geocode.PlaceNames.Name;
import org.marsad.lexicon.PhraseMatcher.Match;
import org.marsad.lexicon.PhraseMatcher;
import org.marsad.lexicon.Words;
import org.marsad.model.Place;
import org.marsad.model.Span;

/**
 * Recognises place names in a text and resolves each to a gazetteer entry. This class conducts;
 * the stages are {@link PlaceNames} (the names), {@link PlaceCues} (the words around them),
 * {@link NameRecogniser} (is this name a place here?) and {@link ReadingResolver} (which place of
 * that name?).
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
  private static final double KM_PER_DEGREE = 111.2;
  private static final String[] COMPASS = {"N", "NE", "E", "SE", "S", "SW", "W", "NW"};

  private final Gazetteer gazetteer;
  private final PhraseMatcher<Name> names;
  private final PlaceCues cues;
  private final NameRecogniser recogniser;
  private final ReadingResolver resolver;

  public Geocoder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.names = PlaceNames.build(gazetteer);
    this.cues = PlaceCues.shared();
    this.recogniser = new NameRecogniser(cues);
    this.resolver = new ReadingResolver(gazetteer, GeocodeSettings.load());
  }

  /**
   * A place argument without the kind word reports write before a name ("مدينة طفس", "the town of Jasim": the
   * words of gazetteer/cues.tsv that say a place is a town, quarter, camp or district), folded; null without one.
   */
  public static String nameAfterKindWord(String query) {
    return PlaceCues.shared().afterKindWord(query);
  }

  /** The shipped gazetteer (plus files named by {@value Gazetteer#EXTRA_PROPERTY}). */
  public static Geocoder loadDefault() {
    return new Geocoder(Gazetteer.loadDefault());
  }

  public Gazetteer gazetteer() {
    return gazetteer;
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
    for (Match<CueWord> w : cues.matcher.findAll(words)) {
      String tok = tokens.get(w.firstToken()).text();
      String cw = w.value().firstWord();
      if (!PlaceCues.AFTER_CUES.contains(w.value().kind()) && (!tok.endsWith(cw) || NameRecogniser.articlePrefix(tok.substring(0, tok.length() - cw.length())))) {
        continue; // "المدينة الخضراء" is "the green city", not "the town of al-Khadra"
      }
      cueEnding.computeIfAbsent(w.endToken(), k -> new ArrayList<>(2)).add(w);
      cueStarting.computeIfAbsent(w.firstToken(), k -> new ArrayList<>(2)).add(w);
    }
    int[] lineStarts = lineStarts(text.text());
    found.sort(Comparator.<Match<Name>>comparingInt(Match::firstToken).thenComparingInt(m -> -m.endToken()));
    Set<String> licensed = new HashSet<>();
    List<Candidate> cands = candidates(found, tokens, text, cueEnding, cueStarting, lineStarts, licensed);
    if (!licensed.isEmpty()) {
      // one sense per report: a name that is also a word, once the report calls it a town ("ناحية البغدادي"),
      // is that town wherever the report names it
      cands = candidates(found, tokens, text, cueEnding, cueStarting, lineStarts, licensed);
    }
    resolver.resolve(cands, text.text());
    List<PlaceMention> out = new ArrayList<>(cands.size());
    for (Candidate c : cands) {
      if (c.chosen != null) {
        out.add(mention(c, text));
      }
    }
    boolean[] listed = new boolean[tokens.size()];
    found.forEach(m -> java.util.Arrays.fill(listed, m.firstToken(), m.endToken(), true));
    List<PlaceMention> unlisted = UnlistedPlaces.find(text, tokens, cueEnding, out, listed);
    if (!unlisted.isEmpty()) {
      out.addAll(unlisted);
      out.sort(Comparator.comparingInt(PlaceMention::start));
    }
    return out;
  }

  /** Cues that call the name after them one town or quarter ("بلدة", "ناحية", "حي"), licensing it for the whole report. */
  private static final Set<Cue> TOWN_KINDS = java.util.EnumSet.of(Cue.LOCALITY, Cue.NEIGHBOURHOOD, Cue.CAMP, Cue.DISTRICT, Cue.SUBDISTRICT);

  /**
   * The candidates among the names found, in text order. A name of {@code licensed} needs no cue; a name
   * that needs one and is read after a kind cue ("بلدة", "ناحية") is added to {@code licensed}.
   */
  private List<Candidate> candidates(List<Match<Name>> found, List<Token> tokens, NormalizedText text,
      Map<Integer, List<Match<CueWord>>> cueEnding, Map<Integer, List<Match<CueWord>>> cueStarting, int[] lineStarts,
      Set<String> licensed) {
    List<Candidate> cands = new ArrayList<>();
    int taken = 0; // tokens before this are inside an accepted name
    for (Match<Name> m : found) {
      if (m.firstToken() < taken) {
        continue;
      }
      // "نبل والزهراء": a name joined by "و" right after an accepted place is read as a place too
      boolean joined = m.firstToken() == taken && taken > 0 && tokens.get(m.firstToken()).text().startsWith("و");
      Candidate c = recogniser.recognise(m, tokens, text, cueEnding, cueStarting,
          joined || licensed.contains(m.value().key()) || recogniser.joinedToTownAfter(m, found, tokens));
      if (c == null) {
        continue;
      }
      if (cues.stops.containsKey(m.value().key()) && c.kind != null && TOWN_KINDS.contains(c.kind)) {
        licensed.add(m.value().key());
      }
      c.paragraph = paragraphOf(lineStarts, c.start);
      cands.add(c);
      taken = m.endToken();
    }
    return cands;
  }

  /** Whether a word is a transliterated article ("al", "el", "ash"...) that Latin names may carry or leave out. */
  public static boolean isLatinArticle(String word) {
    return NameRecogniser.LATIN_ARTICLES.contains(word);
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
    boolean off = !Double.isNaN(c.bearing) && c.offsetKm > 0 && ReadingResolver.TOWN_LEVELS.contains(e.level());
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
