package org.marsad.extract;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.marsad.clean.NormalizedText;
import org.marsad.geocode.Datelines;
import org.marsad.geocode.Geocoder;
import org.marsad.geocode.PlaceLevel;
import org.marsad.geocode.PlaceMention;
import org.marsad.lexicon.Clitics;
import org.marsad.lexicon.PhraseMatcher.Match;
import org.marsad.lexicon.PhraseMatcher;
import org.marsad.model.EventType;
import org.marsad.model.Place;
import org.marsad.model.Span;

/**
 * Where an event is: the attachment rules that choose, among the places a report names, the one
 * its act is at (or none), in word distances within the sentence. A place is one the report names
 * for that act, a region or country holding it, the place referred back to ("البلدة"), or null.
 */
final class PlaceRules {
  private final ExtractSettings s;

  PlaceRules(ExtractSettings s) {
    this.s = s;
  }

  /** Whether the mention is a bracketed qualifier of the words before it: "(في حلب)", "(حلب)". */
  static boolean qualifiesPrevious(String norm, PlaceMention p) {
    int i = p.start() - 1;
    while (i >= 0 && norm.charAt(i) == ' ') {
      i--;
    }
    if (i >= 1 && norm.charAt(i) == 'ي' && norm.charAt(i - 1) == 'ف' && (i < 2 || !Character.isLetter(norm.charAt(i - 2)))) {
      i -= 2; // "في"
      while (i >= 0 && norm.charAt(i) == ' ') {
        i--;
      }
    }
    int close = p.end();
    while (close < norm.length() && norm.charAt(close) == ' ') {
      close++;
    }
    return i > 0 && norm.charAt(i) == '(' && close < norm.length() && norm.charAt(close) == ')';
  }

  /**
   * Whether {@code next} says where {@code prev} lies: a town named, then a link ("في", "الواقعة في")
   * and only location words ("الريف الغربي للعاصمة") before a place no more specific than it.
   */
  static boolean locates(Mentions m, String norm, At<Place> prev, At<Place> next) {
    if (prev.value().geoPrecision() != 1 || specificity(next) < specificity(prev) || next.first() >= m.tokens.size()
        || prev.end() > next.first() || Mentions.hasClauseBreak(norm, m.tokens.get(prev.end() - 1).end(), m.tokens.get(next.first()).start())) {
      return false;
    }
    boolean linked = false;
    for (int k = prev.end(); k < next.first(); ) {
      PhraseMatcher.Match<Lexicons.Cue> link = m.cueIn(CueClass.LOCATED_IN, k, next.first(), k);
      if (link != null && link.firstToken() == k) {
        linked = true;
        k = link.endToken();
        continue;
      }
      PhraseMatcher.Match<Lexicons.Cue> word = m.cueIn(CueClass.LOCATION_WORD, k, next.first(), k);
      if (word == null || word.firstToken() != k) {
        return false;
      }
      k = word.endToken();
    }
    return linked;
  }

  boolean insideActor(PlaceMention p, List<Match<Lexicons.ActorEntry>> actors) {
    // actors are in text order and short: only those starting shortly before can hold the place
    int from = At.firstAt(actors, Match::start, p.start() - s.maxActorChars());
    for (int i = from; i < actors.size() && actors.get(i).start() <= p.start(); i++) {
      if (p.end() <= actors.get(i).end()) {
        return true;
      }
    }
    return false;
  }

  At<Place> place(Mentions m, EventType type, int f, int e, List<At<Place>> places, Map<String, Object> attrs,
      List<Match<Lexicons.ActorEntry>> actors) {
    List<At<Place>> candidates = new ArrayList<>();
    int end = m.sentenceEnd[f];
    for (int i = Math.max(0, At.firstAt(places, At::first, f) - s.lookBackPlaces()); i < places.size() && places.get(i).first() < end; i++) {
      At<Place> p = places.get(i);
      boolean destination = m.cueIn(CueClass.DESTINATION, p.first() - 2, p.first(), p.first()) != null && p.first() >= e;
      if (type == EventType.DISPLACEMENT && destination && m.sameSentence(p.first(), f)) {
        attrs.putIfAbsent("destination", p.value().name());
        continue;
      }
      candidates.add(p);
    }
    dropSubjectCountry(m, e, candidates);
    // "Israel imposed a siege on X", "شنت تركيا غارات على X": the country acting is no place of its act
    dropIfOtherRemains(m, f, candidates, p -> CountryDoers.subject(m, p, f));
    dropLeaders(m, candidates);
    dropSpeakers(m, candidates);
    PhraseMatcher.Match<Lexicons.Cue> town = m.cueIn(CueClass.TOWN_WORD, e, e + s.unknownTownWindow(), f);
    if (town != null && !Mentions.definite(m.tokens.get(town.firstToken()).text()) && !m.barrierBetween(e, town.firstToken())
        && !named(candidates, town.endToken()) && !namedAfterArticle(m, candidates, town.endToken())
        && !placeBetween(candidates, e, town.firstToken())
        && !prepositionAfter(m, town.endToken())) {
      // "اشتباكات في محيط قرية X بسهل الغاب" with X not in the gazetteer: the event is at X, which
      // only the area named right after it may stand for; another town of the sentence would be wrong
      if (town.endToken() < m.tokens.size()) {
        attrs.put(Happenings.UNKNOWN_TOWN, m.tokens.get(town.endToken()).text());
      }
      for (At<Place> p : candidates) {
        if (p.first() <= town.endToken() || p.first() > town.endToken() + s.locatorWindow() || !m.sameSentence(p.first(), f)
            || Mentions.hasClauseBreak(m.norm, m.tokens.get(town.endToken()).start(), m.tokens.get(p.first()).start())) {
          continue;
        }
        if (isTown(p) && p.value().geoPrecision() == 1) {
          if (m.tokens.get(p.first()).text().startsWith("و")) {
            return p; // a known town of the same list ("بلدتي X ومضايا") is where
          }
          // "حي X في مدينة تعز": the city holds the quarter, a part of it; another town near a village is not where
          return m.cueIn(CueClass.QUARTER_WORD, town.firstToken(), town.endToken(), f) == null ? null : partOf(p);
        }
        return p; // the area it lies in ("بسهل الغاب", "بريف دمشق")
      }
      return null;
    }
    // "قالت مصادر في منطقة دماج بمحافظة صعدة إن المسلحين يطوقون المنطقة": the act's object, "the area", is the
    // last place the text named with that word ("منطقة X"), where the source sits too, not the governorate after it
    PhraseMatcher.Match<Lexicons.Cue> anaphor = m.cueIn(CueClass.ANAPHOR, e, e + ANAPHOR_REACH, f);
    if (anaphor != null && !m.barrierBetween(f, anaphor.firstToken())) {
      At<Place> back = namedWith(m, anaphor.firstToken(), candidates);
      if (back != null) {
        return back;
      }
    }
    List<At<Place>> where = new ArrayList<>(candidates);
    where.removeIf(p -> whereTheSourceIs(m, p)); // still "the last place named" for a later "the town"
    if (type == EventType.ATTACK || type == EventType.MILITARY_BUILDUP) {
      // "هجوم شنته من عدن", "خرجت من مدينة هيت لمهاجمة حديثة": where an attack set out from is not where it struck;
      // "تعزيزات أرسلت من عدن باتجاه أبين": reinforcements build up where they are sent, not where they left
      dropIfOtherRemains(m, f, where, p -> SidePlaces.origin(m, p));
    }
    // "entered X through the Y crossing", "عبر معبر Y": the way passes Y; the act is at the other place
    dropIfOtherRemains(m, f, where, p -> SidePlaces.route(m, p));
    // "Madaya, a town near Damascus", "مضايا قرب دمشق": Y locates the town named just before it
    List<At<Place>> named = List.copyOf(where);
    dropIfOtherRemains(m, f, where, p -> SidePlaces.locatesTownBefore(m, p, named));
    dropIfOtherRemains(m, f, where, p -> SidePlaces.farEnd(m, p));
    // a sentence naming only a way's far end ("leave the city along the road toward Y") goes on about the
    // place named before it: the far end is dropped, the last place named stands
    List<At<Place>> own = where.stream().filter(p -> p.first() < m.tokens.size() && m.sameSentence(p.first(), f)).toList();
    if (!own.isEmpty() && own.stream().allMatch(p -> SidePlaces.farEnd(m, p))) {
      where.removeAll(own);
      candidates.removeAll(own);
    }
    // "تفرض القوات في حمص حصارا على ... في بلدة X": the place after the act, not the one that says
    // where the doer is based
    boolean after = false;
    for (At<Place> p : where) {
      after |= p.first() >= e && p.first() < m.tokens.size() && m.sameSentence(p.first(), f);
    }
    if (after) {
      where.removeIf(p -> p.first() < f && m.sameSentence(p.first(), f) && whereTheDoerIs(m, p, actors));
    }
    // a clause barrier changes the time and the doer, rarely the place ("..., حيث ..." goes on about it)
    At<Place> near = At.nearest(m, where, f, e, Integer.MAX_VALUE, false);
    if (near != null && Math.min(Math.abs(near.first() - e), Math.abs(f - near.end())) <= s.namedTownWindow()
        && namedAsTown(m, near)) {
      return near; // "تشهد مدينة درعا مواجهات": the town the text names at the act is where it is
    }
    if (near != null) {
      // the most specific place of the sentence wins ("في محافظة تعز جنوب غرب اليمن" is Taiz);
      // among equally specific ones, the nearest
      int bestRank = specificity(near);
      for (At<Place> p : where) {
        if (p.first() < m.tokens.size() && m.sameSentence(p.first(), f) && specificity(p) < bestRank
            && !m.cueBetween(CueClass.CONSEQUENCE, p.first(), f)) {
          bestRank = specificity(p);
        }
      }
      if (specificity(near) > bestRank) {
        At<Place> best = null;
        int bestDist = Integer.MAX_VALUE;
        for (At<Place> p : where) {
          if (p.first() < m.tokens.size() && m.sameSentence(p.first(), f) && specificity(p) == bestRank
              && !m.cueBetween(CueClass.CONSEQUENCE, p.first(), f)) {
            int d = Math.abs(p.first() - f);
            if (d < bestDist) {
              best = p;
              bestDist = d;
            }
          }
        }
        near = best;
      }
      near = quarterOf(m, f, near, where);
    }
    if (near != null) {
      return near;
    }
    // "the town" and unplaced sentences refer back to the last place named (a town first); where an
    // earlier sentence's source sat ("Enab Baladi's correspondent in Daraa reported") only when no
    // other place was named before
    At<Place> back = lastNamed(m, f, end, candidates, places, true);
    return back != null ? back : lastNamed(m, f, end, candidates, places, false);
  }

  /** How far after an act's words "the town" may stand as its object ("يطوقون المنطقة", "besieged the town"). */
  private static final int ANAPHOR_REACH = 2;

  /**
   * The last place before the Arabic anaphor at word {@code w} ("المنطقة", "البلدة") that the text introduced with
   * the same noun ("منطقة دماج", "بلدة صرين"), or null.
   */
  private static At<Place> namedWith(Mentions m, int w, List<At<Place>> candidates) {
    List<String> forms = Clitics.variants(m.tokens.get(w).text());
    if (forms.size() == 1) {
      return null; // no article: English "the town" is read as before
    }
    String noun = forms.get(forms.size() - 1); // "المنطقة", "والمنطقة": "منطقة"
    At<Place> found = null;
    for (At<Place> p : candidates) {
      if (p.first() < w && p.first() > 0 && Clitics.variants(m.tokens.get(p.first() - 1).text()).contains(noun)) {
        found = p;
      }
    }
    return found;
  }

  private At<Place> lastNamed(Mentions m, int f, int end, List<At<Place>> candidates, List<At<Place>> places, boolean skipSources) {
    At<Place> lastTown = null;
    At<Place> last = null;
    for (At<Place> p : candidates) {
      if (p.first() < f && !(m.sameSentence(p.first(), f) && closesSpeakerTitle(m, p))
          && !(!m.sameSentence(p.first(), f) && (SidePlaces.farEnd(m, p) || SidePlaces.route(m, p) || skipSources && whereTheSourceIs(m, p)))) {
        // a way's far end or a place it passes is not what a later sentence goes on about
        // ("cutting X's last link to Y. Nobody can get out")
        last = p;
        if (p.value().geoPrecision() == 1 || p.value().geoPrecision() == 2 && isTown(p)) {
          lastTown = p; // "في محيط مدينة الفاشر، عاصمة ولاية شمال دارفور ... اقتحام المدينة": the town, not its state
        }
      }
    }
    if (lastTown != null) {
      return lastTown;
    }
    if (last != null || skipSources) {
      return last;
    }
    for (At<Place> p : candidates) {
      if (!(m.sameSentence(p.first(), f) && closesSpeakerTitle(m, p))) {
        return p;
      }
    }
    int next = At.firstAt(places, At::first, end); // nothing named before: the first place named after
    return next < places.size() ? places.get(next) : null;
  }

  /** "أحياء في حمص", "villages near X": a town word followed by a preposition names no unknown town of its own. */
  private static boolean prepositionAfter(Mentions m, int i) {
    return i < m.tokens.size() && ARABIC_PREPOSITIONS.contains(m.tokens.get(i).text());
  }

  private static final java.util.Set<String> ARABIC_PREPOSITIONS = java.util.Set.of("في", "من", "على", "قرب", "بين", "حول", "داخل");

  /** "في حلب في حي الشعار": a quarter or camp of the sentence inside the chosen town is where. */
  At<Place> quarterOf(Mentions m, int f, At<Place> town, List<At<Place>> where) {
    if (town.level() != PlaceLevel.LOCALITY) {
      return town;
    }
    At<Place> best = town;
    int bestDist = Integer.MAX_VALUE;
    for (At<Place> p : where) {
      if ((p.level() == PlaceLevel.NEIGHBOURHOOD || p.level() == PlaceLevel.CAMP) && p.first() < m.tokens.size()
          && m.sameSentence(p.first(), f) && Math.abs(p.first() - f) < bestDist
          && Geocoder.km(p.value().lat(), p.value().lon(), town.value().lat(), town.value().lon()) <= s.quarterKm()) {
        best = p;
        bestDist = Math.abs(p.first() - f);
      }
    }
    return best;
  }

  /** "قوات التحالف بقيادة فرنسا وإيطاليا": countries that lead a force name it, not a place. */
  static void dropLeaders(Mentions m, List<At<Place>> candidates) {
    int leaderEnd = -1;
    for (Iterator<At<Place>> it = candidates.iterator(); it.hasNext(); ) {
      At<Place> p = it.next();
      PhraseMatcher.Match<Lexicons.Cue> led = m.cueIn(CueClass.LED_BY, p.first() - 2, p.first(), p.first());
      boolean leader = led != null && led.endToken() == p.first()
          || leaderEnd >= 0 && p.first() == leaderEnd && m.tokens.get(p.first()).text().startsWith("و")
          || leaderEnd >= 0 && p.first() == leaderEnd + 1 && m.tokens.get(leaderEnd).text().equalsIgnoreCase("and");
      if (leader) {
        leaderEnd = p.end();
        it.remove();
      }
    }
  }

  /**
   * "X said on Friday it had taken", "X announced", "أعلنت X أن", "قالت X" (X a country): a
   * country that speaks stands for its government, not for where the act it tells of happened.
   */
  static void dropSpeakers(Mentions m, List<At<Place>> candidates) {
    candidates.removeIf(p -> p.end() <= m.tokens.size() && (speaks(m, CueClass.SAYS, p) || speaks(m, CueClass.STATEMENT, p)
        || relativeSubject(m, p)));
  }

  /**
   * "الاتفاق الذي رعته روسيا", "الهدنة التي اقترحتها مصر": a country right after the verb of a relative
   * clause is its subject, a government acting, not where the act told is.
   */
  private static boolean relativeSubject(Mentions m, At<Place> p) {
    if (p.level() != PlaceLevel.COUNTRY || p.first() < 2) {
      return false;
    }
    PhraseMatcher.Match<Lexicons.Cue> rel = m.cueIn(CueClass.RELATIVE, p.first() - 2, p.first() - 1, p.first());
    if (rel == null || rel.endToken() != p.first() - 1 || !m.sameSentence(rel.firstToken(), p.first())) {
      return false;
    }
    // "التي قدمها لإسرائيل": a country after ل or ب is the verb's object, not its subject
    String w = m.tokens.get(p.first()).text();
    String name = p.value().nameAr() == null ? "" : p.value().nameAr();
    char c = w.isEmpty() ? ' ' : w.charAt(0);
    return !((c == 'ل' || c == 'ب') && !name.startsWith(String.valueOf(c)));
  }


  /**
   * A speech cue right after the mention (English word order: "<capital> said", not "residents of
   * <town> said", where the town is the speakers' and may be the act's) or right before it (Arabic,
   * the verb first: "قالت <العاصمة>"). Any place that speaks is a government; a country that speaks
   * does so wherever it stands.
   */
  private static boolean speaks(Mentions m, CueClass cls, At<Place> p) {
    PhraseMatcher.Match<Lexicons.Cue> after = m.cueIn(cls, p.end(), p.end() + 4, p.first());
    if (after != null && after.firstToken() == p.end()) {
      return p.level() == PlaceLevel.COUNTRY || p.first() == 0
          // after a preposition ("residents of X said") the place is the speakers' whereabouts
          || !ActorRules.PREPOSITIONS.contains(m.tokens.get(p.first() - 1).text().toLowerCase(java.util.Locale.ROOT));
    }
    PhraseMatcher.Match<Lexicons.Cue> before = m.cueIn(cls, Math.max(0, p.first() - 3), p.first(), p.first());
    return before != null && before.endToken() == p.first();
  }

  /** Drops the places of the act's sentence that {@code drop} holds for, when another place of that sentence remains. */
  static void dropIfOtherRemains(Mentions m, int f, List<At<Place>> where, java.util.function.Predicate<At<Place>> drop) {
    boolean other = false;
    boolean any = false;
    for (At<Place> p : where) {
      if (p.first() < m.tokens.size() && m.sameSentence(p.first(), f)) {
        boolean d = drop.test(p);
        any |= d;
        other |= !d;
      }
    }
    if (any && other) {
      where.removeIf(p -> p.first() < m.tokens.size() && m.sameSentence(p.first(), f) && drop.test(p));
    }
  }

  /** "مدينة X", "بلدة X": a place the text introduces with a town word. */
  static boolean namedAsTown(Mentions m, At<Place> p) {
    PhraseMatcher.Match<Lexicons.Cue> w = m.cueIn(CueClass.TOWN_WORD, p.first() - 2, p.first(), p.first());
    return w != null && w.endToken() == p.first() && !Mentions.definite(m.tokens.get(w.firstToken()).text());
  }

  /** Whether a place is named in words [from, to): "لمحاصرة المدينة الخضراء ومدينة X" is at the first. */
  static boolean placeBetween(List<At<Place>> places, int from, int to) {
    for (At<Place> p : places) {
      if (p.first() >= from && p.first() < to) {
        return true;
      }
    }
    return false;
  }

  /** "the town of Al-Atareb": the name after a Latin article (which the gazetteer's name leaves out). */
  private static boolean namedAfterArticle(Mentions m, List<At<Place>> places, int at) {
    return at + 1 < m.tokens.size() && Geocoder.isLatinArticle(m.tokens.get(at).text()) && named(places, at + 1);
  }

  /** Whether a place mention starts at word {@code at}. */
  static boolean named(List<At<Place>> places, int at) {
    for (At<Place> p : places) {
      if (p.first() <= at && at < p.end()) {
        return true;
      }
    }
    return false;
  }

  /** "قوات النظام في حمص": a place right after an actor's name and "في" says where the actor is. */
  static boolean whereTheDoerIs(Mentions m, At<Place> p, List<Match<Lexicons.ActorEntry>> actors) {
    for (int i = At.firstAt(actors, Match::firstToken, p.first() - 8); i < actors.size() && actors.get(i).firstToken() < p.first(); i++) {
      int end = actors.get(i).endToken();
      int gap = p.first() - end;
      // "في حمص", "في مدينة حمص"
      if (gap >= 1 && gap <= 2 && m.tokens.get(end).text().equals("في")
          && (gap == 1 || m.cueIn(CueClass.TOWN_WORD, end + 1, p.first(), p.first()) != null)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "the Britain-based Observatory", "a monitoring group based in the UK", "مركز الأبحاث ومقره واشنطن":
   * a place that says where a body is based is never where an act is (cue class BASED, before or right after it).
   */
  static boolean whereABodyIsBased(Mentions m, int first, int end) {
    PhraseMatcher.Match<Lexicons.Cue> before = m.cueIn(CueClass.BASED, first - 4, first, first);
    PhraseMatcher.Match<Lexicons.Cue> after = end < m.tokens.size() ? m.cueIn(CueClass.BASED, end, end + 1, end) : null;
    return before != null && before.endToken() == first || after != null && after.firstToken() == end;
  }

  /**
   * "the Iran-brokered deal", "a Turkey-backed offensive", "Saudi warplanes": a country joined by a hyphen
   * to a participle, or right before a force or an air arm, names who acts or sponsors the act, never
   * where it is. Participles of holding ("Turkey-held areas") do name ground, and stay places.
   */
  static boolean namesADoer(Mentions m, String norm, PlaceMention p, int end) {
    if (p.level() != PlaceLevel.COUNTRY || end >= m.tokens.size() || !m.sameSentence(end - 1, end)) {
      return false;
    }
    org.marsad.clean.Token next = m.tokens.get(end);
    String between = norm.substring(p.end(), next.start());
    String w = next.text().toLowerCase(java.util.Locale.ROOT);
    if (between.equals("-")) {
      return (w.endsWith("ed") || w.equals("led")) && !HOLDING.contains(w);
    }
    if (!between.isBlank()) {
      return false;
    }
    PhraseMatcher.Match<Lexicons.Cue> force = m.cueIn(CueClass.COMBATANT, end, end + 3, end);
    PhraseMatcher.Match<Lexicons.Cue> air = m.cueIn(CueClass.AIR_ARM, end, end + 3, end);
    return force != null && force.firstToken() == end || air != null && air.firstToken() == end;
  }

  /** Participles after "Country-" that say who holds ground: the compound still names a place. */
  private static final java.util.Set<String> HOLDING = java.util.Set.of("held", "controlled", "occupied", "based", "administered");

  /**
   * "the Damascus suburb of Jaramana", "the Idlib town of Saraqeb": a place right before a place noun
   * and "of" says where the place after lies; the place after is where.
   */
  static boolean qualifiesNext(Mentions m, At<Place> prev, int next) {
    int at = prev.end();
    PhraseMatcher.Match<Lexicons.Cue> noun = m.cueIn(CueClass.PLACE_NOUN, at, next, at);
    return noun != null && noun.firstToken() == at && next - at <= 3 && next - at >= 2
        && m.tokens.get(next - 1).text().equals("of") && noun.endToken() >= next - 1;
  }

  /** Whether the place is a dateline's: where the report was filed, not where its acts are (Datelines). */
  static boolean dateline(NormalizedText norm, PlaceMention p) {
    return Datelines.at(norm, p.start(), p.end());
  }

  /** "مصدر محلي في محافظة حمص", "ناشطون في حلب": the place says where the source is. */
  boolean whereTheSourceIs(Mentions m, At<Place> p) {
    PhraseMatcher.Match<Lexicons.Cue> src = m.cueIn(CueClass.SOURCE_NOUN, p.first() - s.sourcePlaceGap() - 1, p.first(), p.first());
    return src != null && p.first() - src.endToken() <= s.sourcePlaceGap() || closesSpeakerTitle(m, p);
  }

  /**
   * "أكد مسؤول في مكتب الأمم المتحدة في <city> أن ...": a place closing a speaker's title, right before
   * "أن"/"إن" or a verb of saying, says where the speaker sits, not where the act told is.
   */
  private static boolean closesSpeakerTitle(Mentions m, At<Place> p) {
    if (p.end() >= m.tokens.size() || !m.sameSentence(p.first(), p.end())) {
      return false;
    }
    boolean saying = m.cueIn(CueClass.THAT, p.end(), p.end() + 1, p.end()) != null
        || m.cueIn(CueClass.SAYS, p.end(), p.end() + 1, p.end()) != null;
    PhraseMatcher.Match<Lexicons.Cue> speaker = saying ? m.cueIn(CueClass.SPEAKER, p.first() - SPEAKER_TITLE, p.first(), p.first()) : null;
    return speaker != null && m.sameSentence(speaker.firstToken(), p.first()) && !m.barrierBetween(speaker.firstToken(), p.first())
        && !Mentions.hasClauseBreak(m.norm, m.tokens.get(speaker.firstToken()).start(), m.tokens.get(p.first()).start());
  }

  /** Words of a speaker's title before the place that ends it ("مسؤول في مكتب تنسيق الشؤون الإنسانية التابع للأمم المتحدة في"). */
  private static final int SPEAKER_TITLE = 12;

  /**
   * Arabic puts the subject after the verb: in "احتلت تركيا قبرص" and "قصفت روسيا مدينة حلب"
   * the country right after the trigger acts, and the place named after it is where.
   */
  static void dropSubjectCountry(Mentions m, int e, List<At<Place>> candidates) {
    for (int i = 0; i + 1 < candidates.size(); i++) {
      At<Place> p = candidates.get(i);
      At<Place> next = candidates.get(i + 1);
      if (p.first() == e && p.level() == PlaceLevel.COUNTRY && next.first() - p.end() <= 2
          && next.first() < m.tokens.size() && m.sameSentence(next.first(), e)) {
        candidates.remove(i);
        return;
      }
    }
  }

  /**
   * Lower is more specific: the mention's precision first (a town itself before "east of" a town),
   * then its level (a governorate before a region or a country).
   */
  static int specificity(At<Place> p) {
    int rank = p.level() == null ? 7 : switch (p.level()) {
      case NEIGHBOURHOOD, CAMP -> 0;
      case LOCALITY -> 1;
      case ADMIN3 -> 2;
      case ADMIN2 -> 3;
      case ADMIN1 -> 4;
      case REGION -> 5;
      case COUNTRY -> 6;
    };
    // a town the text puts us near ("قرب بلدة X", "محيط X", "20 كم شمال X", "ريف X الشرقي") is as
    // specific as the town itself; one named as a bearing ("الواقعة شرق حمص") is not
    int precision = rank <= 1 && !p.aside() ? 1 : p.value().geoPrecision();
    // places themselves (a village, a camp, a neighbourhood) are equally specific: the nearest wins
    return precision * 10 + (precision == 1 ? 0 : rank);
  }

  /** A town, village, camp or quarter, itself or near it ("قرب الموصل"), not one named as a bearing. */
  static boolean isTown(At<Place> p) {
    return (p.level() == PlaceLevel.LOCALITY || p.level() == PlaceLevel.CAMP || p.level() == PlaceLevel.NEIGHBOURHOOD) && !p.aside();
  }

  /** A place read as the town that holds the act's own, unnamed part: near it, geo_precision 2. */
  private static At<Place> partOf(At<Place> p) {
    Place v = p.value();
    return new At<>(p.first(), p.end(), new Place(v.id(), v.name(), v.nameAr(), v.country(), v.admin1(), v.admin2(), v.lat(),
        v.lon(), 2, v.evidence()), p.level(), p.aside());
  }
}
