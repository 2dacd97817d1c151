package org.marsad.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.marsad.clean.NormalizedText;
import org.marsad.clean.Token;
import org.marsad.geocode.Geocoder;
import org.marsad.geocode.PlaceMention;
import org.marsad.lexicon.PhraseMatcher.Match;
import org.marsad.lexicon.PhraseMatcher;
import org.marsad.lexicon.Words;
import org.marsad.model.Actor;
import org.marsad.model.Event;
import org.marsad.model.EventDate;
import org.marsad.model.EventType;
import org.marsad.model.Modality;
import org.marsad.model.Place;
import org.marsad.model.Span;
import org.marsad.time.TimeMention;

/**
 * Reads events from an analysed report with lexicon triggers and attachment rules in word
 * distances. Every lexical decision is data (marsad/extract/*.tsv); this class holds only the
 * order of reasoning:
 *
 * <ol>
 *   <li>triggers in duplicate paragraphs, inside actor names, or inside a longer trigger are dropped;
 *   <li>a trigger is dropped when its required cue is absent, when it follows a purpose ("بهدف"),
 *       a cessation ("وقف") or a time-anchor ("قبل ساعات من") cue, or when an earlier trigger of the
 *       sentence absorbs its type (a demand's object, a protest's slogans);
 *   <li>modality, phase, scope, outcome and attributes come from cues near the trigger;
 *   <li>time, place and actors attach by word distance within the sentence, never across a clause
 *       barrier ("ما دفع"); a place falls back to the last place named ("البلدة" refers back);
 *   <li>events of one type, place, date and modality merge into one event citing every span.
 * </ol>
 */
public final class EventExtractor {
  private static final int MODALITY_WINDOW = 6;
  private static final int DENIAL_WINDOW = 2;
  private static final int VSO_SUBJECT_WINDOW = 3;
  private static final int OBJECT_PENALTY = 25;
  private static final int BARRIER_PENALTY = 20;
  private static final int FAR = 20;
  private static final int TOPIC_WINDOW = 4;
  private static final int TOPIC_BONUS = 8;
  // "شددت قوات النظام السوري، اليوم الثلاثاء، حصارها": the phase verb leads its subject and a time phrase.
  private static final int PHASE_WINDOW = 7;
  private static final int HISTORICAL_DAYS = 30;
  // A time phrase further than this from a trigger belongs to another clause of a long sentence.
  private static final int MAX_TIME_DISTANCE = 20;
  private static final Set<String> ARMED = Set.of(
      "state forces", "state security", "militia", "rebel groups", "jihadist group", "foreign forces");
  private static final int NAMED_TOWN_WINDOW = 3; // words between an act and the town named at it
  // an undated act takes the date of a dated act of its type this many paragraphs back at most
  private static final int INHERIT_PARAGRAPHS = 2;
  private static final double SEPARATE_ATTACKS_KM = 10; // towns of one list this far apart: separate attacks
  private static final double QUARTER_KM = 15; // a city's quarters and camps lie this close to it
  // "قصف على مناطق في محيط قرية X": how far after the trigger a town word names the event's place
  private static final int UNKNOWN_TOWN_WINDOW = 6;
  // "X بسهل الغاب", "قريتي X وY وأطراف بلدة Z بسهل الغاب": the area after the unknown towns of a clause
  private static final int LOCATOR_WINDOW = 10;
  private static final int MAX_ACTOR_CHARS = 300; // longer than any actor name in actors.tsv
  // "the last place named" is looked for among this many place mentions before the trigger
  private static final int LOOK_BACK_PLACES = 200;
  // an undated mention joins, or takes its date from, one of this many events before it at most
  private static final int LOOK_BACK_EVENTS = 64;
  // words between a source noun and the place that locates it: an adjective and "في" ("مصدر محلي في")
  private static final int SOURCE_PLACE_GAP = 2;
  // A required cue (a restricting verb) may stand before its object with the subject and a time
  // phrase between them: "منعت قوات النظام، منذ الجمعة، إدخال المواد".
  private static final int REQUIRES_BEFORE = 6;
  private static final int REQUIRES_AFTER = 4;

  private final Lexicons lex;
  private final Genre genre;

  private EventExtractor(Lexicons lex, Genre genre) {
    this.lex = lex;
    this.genre = genre;
  }

  public static EventExtractor loadDefault() {
    return new EventExtractor(Lexicons.load(), Genre.load());
  }

  /**
   * A place or time mention in word indices; {@code level} is a place's gazetteer level, and
   * {@code aside} marks a town named only as a bearing ("شرق حمص"): the event is not at it.
   */
  private record At<T>(int first, int end, T value, String level, boolean aside) {
    At(int first, int end, T value, String level) {
      this(first, end, value, level, false);
    }
  }

  public List<Event> extract(Analysis a) {
    List<Token> tokens = a.tokens();
    if (tokens.isEmpty()) {
      return List.of();
    }
    NormalizedText norm = a.text();
    Words words = a.words();
    int[] rawStart = new int[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      rawStart[i] = norm.toRawStart(tokens.get(i).start());
    }
    Mentions m = new Mentions(norm.text(), tokens, a.paragraphs(), rawStart, lex.cues.findAll(words));
    List<Match<Lexicons.ActorEntry>> actors = lex.actors.findAll(words);
    List<Match<Lexicons.AttrEntry>> attrs = lex.attributes.findAll(words);
    List<At<Place>> places = new ArrayList<>();
    int qualifierEnd = -1; // end of the last place dropped as saying where another lies
    for (PlaceMention p : a.places()) {
      if (insideActor(p, actors)) {
        continue; // "فرع سعسع": a place name inside an actor's name is not where the event is
      }
      int first = m.tokenAt(p.start());
      if (((!places.isEmpty() && places.get(places.size() - 1).end() == first) || qualifierEnd == first)
          && first < tokens.size() && tokens.get(first).text().startsWith("ل")) {
        continue; // "الغوطة الشرقية لدمشق": the name after ل holds the one before; the part is the place
      }
      if (qualifiesPrevious(norm.text(), p)) {
        continue; // "نبل والزهراء (في حلب)": a bracketed place says where the one before lies
      }
      PhraseMatcher.Match<Lexicons.Cue> bearing = m.cueIn("DIRECTION_WORD", first - 3, first, first);
      boolean aside = bearing != null && bearing.endToken() >= first - 1 && !Geocoder.isOffset(p.place());
      At<Place> at = new At<>(first, Math.max(first + 1, m.tokenAt(p.end() - 1) + 1), p.place(), p.level(), aside);
      if (!places.isEmpty() && locates(m, norm.text(), places.get(places.size() - 1), at)) {
        qualifierEnd = at.end();
        continue; // "بلدة X الواقعة في ريف دمشق": where the town lies, not where the event is
      }
      places.add(at);
    }
    List<At<EventDate>> times = new ArrayList<>();
    for (TimeMention t : a.times()) {
      times.add(new At<>(m.tokenAt(t.start()), Math.max(m.tokenAt(t.start()) + 1, m.tokenAt(t.end() - 1) + 1), t.date(), null));
    }
    boolean english = "en".equals(a.meta().language());

    List<Match<Lexicons.Trigger>> triggers = keepOutermost(lex.triggers.findAll(words), actors);
    List<Draft> drafts = new ArrayList<>();
    List<Match<Lexicons.Trigger>> emitted = new ArrayList<>();
    for (Match<Lexicons.Trigger> t : triggers) {
      Lexicons.Trigger row = t.value();
      int f = t.firstToken();
      // "بهدف فك الحصار عن البلدة": an aim to break a siege is not a lifting, but it says the siege holds
      boolean siegeAim = row.type() == EventType.SIEGE && "lifted".equals(row.attrs().get("phase")) && aimed(m, f);
      if (row.type() == null || m.duplicate[f] || !required(m, t) || (suppressed(m, t) && !siegeAim) || absorbed(m, t, emitted)) {
        continue;
      }
      emitted.add(t);
      Draft d = draft(a, m, t, actors, attrs, places, times, english);
      if (siegeAim) {
        Map<String, Object> held = new LinkedHashMap<>(d.attributes());
        held.put("phase", "continued");
        d = d.with(held);
      }
      int at = drafts.size();
      drafts.add(d);
      if ((d.type() == EventType.SIEGE || d.type() == EventType.ATTACK) && d.place() != null
          && "sentence".equals(d.attributes().get("place_basis"))) {
        boolean split = false;
        for (At<Place> sibling : coordinated(m, places, d.place())) {
          Place s = sibling.value();
          if (d.type() == EventType.ATTACK && (d.attributes().containsKey("fatalities")
              || Geocoder.km(s.lat(), s.lon(), d.place().lat(), d.place().lon()) < SEPARATE_ATTACKS_KM)) {
            // "قصف على قرى X وY وZ": neighbouring villages under one barrage are one attack, and a
            // toll over several towns ("مقتل 20 ... في حلب وإدلب وحماة") is one count
            continue;
          }
          // towns of one list each get the event ("نبل والزهراء المحاصرتين", "ضربات قرب الرقة ودير الزور")
          List<Span> ev = new ArrayList<>(d.evidence());
          if (d.type() == EventType.ATTACK) {
            ev.add(s.evidence());
            split = true;
          }
          drafts.add(d.at(s, ev));
        }
        if (split && d.place().evidence() != null && !d.evidence().contains(d.place().evidence())) {
          // each town of the list cites its own name, the first one too
          List<Span> ev = new ArrayList<>(d.evidence());
          ev.add(d.place().evidence());
          drafts.set(at, d.at(d.place(), ev));
        }
      }
    }
    List<Draft> events = inheritDates(merge(drafts));
    events.removeIf(Draft::generic);
    // the codebook's demand is an ultimatum: a call by an envoy, a party or an unnamed voice is talk;
    // English keeps them, marked coercive=no, as PLOVER's DEMAND (CODEBOOK.md, "PLOVER mapping") counts them
    events.removeIf(d -> d.type() == EventType.DEMAND && !english && (d.actor1() == null || !ARMED.contains(d.actor1().kind())));
    Set<String> towns = new HashSet<>();
    for (At<Place> p : places) {
      if (p.value().geoPrecision() == 1) {
        towns.add(p.value().id());
      }
    }
    switch (genre.classify(m, norm.text(), towns.size())) {
      case OPINION -> events.clear();
      case COMMENTARY -> events.removeIf(d -> d.date() == null || d.date().value() == null);
      default -> { }
    }
    return finish(a, events);
  }

  /**
   * Drops blocked phrases' overlaps, triggers inside actor names, triggers inside longer ones, and a
   * trigger overlapping an earlier one of its type ("فك الحصار المفروض": one lifting, not also a siege).
   */
  private static List<Match<Lexicons.Trigger>> keepOutermost(
      List<Match<Lexicons.Trigger>> found, List<Match<Lexicons.ActorEntry>> actors) {
    List<Match<Lexicons.Trigger>> out = new ArrayList<>();
    // both lists are in word order and phrases are short: only neighbours can contain a trigger
    int longest = 0;
    for (Match<Lexicons.Trigger> o : found) {
      longest = Math.max(longest, o.endToken() - o.firstToken());
    }
    for (Match<Lexicons.ActorEntry> ac : actors) {
      longest = Math.max(longest, ac.endToken() - ac.firstToken());
    }
    for (Match<Lexicons.Trigger> t : found) {
      boolean inner = false;
      int from = firstAt(found, Match::firstToken, t.firstToken() - longest);
      for (int i = from; i < found.size() && found.get(i).firstToken() <= t.firstToken(); i++) {
        Match<Lexicons.Trigger> o = found.get(i);
        if (o != t && o.firstToken() <= t.firstToken() && o.endToken() >= t.endToken()
            && (o.endToken() - o.firstToken() > t.endToken() - t.firstToken())) {
          inner = true;
          break;
        }
        if (o != t && o.value().type() != null && o.value().type() == t.value().type()
            && o.firstToken() < t.firstToken() && o.endToken() > t.firstToken()) {
          inner = true;
          break;
        }
      }
      from = firstAt(actors, Match::firstToken, t.firstToken() - longest);
      for (int i = from; !inner && i < actors.size() && actors.get(i).firstToken() <= t.firstToken(); i++) {
        inner = actors.get(i).endToken() >= t.endToken();
      }
      if (!inner) {
        out.add(t);
      }
    }
    return out;
  }

  /** Whether the mention is a bracketed qualifier of the words before it: "(في حلب)", "(حلب)". */
  private static boolean qualifiesPrevious(String norm, PlaceMention p) {
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
  private static boolean locates(Mentions m, String norm, At<Place> prev, At<Place> next) {
    if (prev.value().geoPrecision() != 1 || specificity(next) < specificity(prev) || next.first() >= m.tokens.size()
        || prev.end() > next.first() || hasClauseBreak(norm, m.tokens.get(prev.end() - 1).end(), m.tokens.get(next.first()).start())) {
      return false;
    }
    boolean linked = false;
    for (int k = prev.end(); k < next.first(); ) {
      PhraseMatcher.Match<Lexicons.Cue> link = m.cueIn("LOCATED_IN", k, next.first(), k);
      if (link != null && link.firstToken() == k) {
        linked = true;
        k = link.endToken();
        continue;
      }
      PhraseMatcher.Match<Lexicons.Cue> word = m.cueIn("LOCATION_WORD", k, next.first(), k);
      if (word == null || word.firstToken() != k) {
        return false;
      }
      k = word.endToken();
    }
    return linked;
  }

  private static boolean insideActor(PlaceMention p, List<Match<Lexicons.ActorEntry>> actors) {
    // actors are in text order and short: only those starting shortly before can hold the place
    int from = firstAt(actors, Match::start, p.start() - MAX_ACTOR_CHARS);
    for (int i = from; i < actors.size() && actors.get(i).start() <= p.start(); i++) {
      if (p.end() <= actors.get(i).end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The index of the first element whose key is at least {@code at}, in a list sorted by that key:
   * rules look at one sentence, so a report's cost stays linear however long it is.
   */
  static <T> int firstAt(List<T> list, ToIntFunction<T> key, int at) {
    int lo = 0;
    int hi = list.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (key.applyAsInt(list.get(mid)) < at) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * "بات التنظيم محاصرا", "حصار مقاتلي المعارضة", "حصار المطار": fighters or a base, not a community, are besieged. A
   * participle's besieged stand before it; a noun's stand right after it, named as fighters (a
   * force's name after "حصار" is usually who besieges: "حصار قوات النظام للبلدة").
   */
  private static boolean besiegedAreFighters(Mentions m, Lexicons.Trigger row, int f, int e,
      List<Match<Lexicons.ActorEntry>> actors) {
    if (m.cueIn("MILITARY_SITE", f - 4, f, f) != null || m.cueIn("MILITARY_SITE", e, e + 3, f) != null) {
      return true; // "مطار كويرس العسكري الذي يحاصره التنظيم": a base, not a community
    }
    if (row.passive()) {
      if (m.tokens.get(f).text().startsWith("و")) {
        return false; // "حي X الذي تسيطر عليه قوات النظام، والمحاصر": "و" joins it to the noun before the clause
      }
      if (m.cueIn("COMBATANT", f - 3, f, f) != null && m.cueIn("COMBATANT", f - 3, f, f).endToken() >= f - 1) {
        return true;
      }
      for (Match<Lexicons.ActorEntry> a : actors) {
        if (a.endToken() >= f - 1 && a.endToken() <= f && !a.value().kind().equals("civilians")) {
          return true;
        }
      }
      return false;
    }
    PhraseMatcher.Match<Lexicons.Cue> c = m.cueIn("COMBATANT", e, e + 2, f);
    return c != null && c.firstToken() == e;
  }

  private static boolean required(Mentions m, Match<Lexicons.Trigger> t) {
    String req = t.value().requires();
    return req == null || m.cueIn(req, t.firstToken() - REQUIRES_BEFORE, t.endToken() + REQUIRES_AFTER, t.firstToken()) != null;
  }

  /** Whether a purpose cue ("بهدف") earlier in the sentence makes the word at {@code f} an aim. */
  private static boolean aimed(Mentions m, int f) {
    PhraseMatcher.Match<Lexicons.Cue> purpose = m.cueIn("PURPOSE", m.sentenceStart[f], f, f);
    return purpose != null && !m.barrierBetween(purpose.firstToken(), f);
  }

  private static boolean suppressed(Mentions m, Match<Lexicons.Trigger> t) {
    int f = t.firstToken();
    if (aimed(m, f)) {
      return true;
    }
    PhraseMatcher.Match<Lexicons.Cue> anchor = m.cueIn("TEMPORAL_REF", f - 4, f, f);
    if (anchor != null && anchor.endToken() == f) {
      return true; // "hours before the attack": the attack is a time anchor here
    }
    PhraseMatcher.Match<Lexicons.Cue> stop = m.cueIn("CESSATION", f - 3, f, f);
    return stop != null && f - stop.endToken() <= 1;
  }

  private static boolean absorbed(Mentions m, Match<Lexicons.Trigger> t, List<Match<Lexicons.Trigger>> emitted) {
    for (int i = emitted.size() - 1; i >= 0 && m.sameSentence(emitted.get(i).firstToken(), t.firstToken()); i--) {
      Match<Lexicons.Trigger> e = emitted.get(i);
      if (e.firstToken() < t.firstToken() && e.value().absorbs().contains(t.value().type())) {
        return true;
      }
    }
    return false;
  }

  /** An event before merging: the attached values; {@code paragraph}: of its last mention. */
  private record Draft(
      EventType type, Map<String, Object> attributes, Modality modality, boolean historical, EventDate date,
      Place place, Actor actor1, Actor actor2, String source, List<Span> evidence, String ruleId, int paragraph,
      boolean generic, int sentence) {
    Draft with(Map<String, Object> attrs) {
      return new Draft(type, attrs, modality, historical, date, place, actor1, actor2, source, evidence, ruleId, paragraph,
          generic, sentence);
    }

    /** The same mention at another town of its list, citing that town's name too. */
    Draft at(Place town, List<Span> spans) {
      return new Draft(type, attributes, modality, historical, date, town, actor1, actor2, source, spans, ruleId, paragraph,
          false, sentence);
    }

    Draft dated(EventDate d, boolean background) {
      return new Draft(type, attributes, modality, background, d, place, actor1, actor2, source, evidence, ruleId, paragraph,
          generic, sentence);
    }
  }

  private Draft draft(Analysis a, Mentions m, Match<Lexicons.Trigger> t, List<Match<Lexicons.ActorEntry>> actors,
      List<Match<Lexicons.AttrEntry>> attrs, List<At<Place>> places, List<At<EventDate>> times, boolean english) {
    Lexicons.Trigger row = t.value();
    EventType type = row.type();
    int f = t.firstToken();
    int e = t.endToken();
    Map<String, Object> attributes = new LinkedHashMap<>(row.attrs());
    Modality modality = modality(m, f, type);

    // the times of the trigger's sentence: every rule below reads no further
    int from = m.sentenceStart[f];
    List<At<EventDate>> own = times.subList(firstAt(times, At::first, from), firstAt(times, At::first, m.sentenceEnd[f]));
    PhraseMatcher.Match<Lexicons.Cue> that = type == EventType.ATTACK ? m.cueIn("THAT", from, f, f) : null;
    if (that != null && m.cueIn("SAYS", from, that.firstToken(), f) != null) {
      // "قال الجيش في بيان اليوم الأحد إن الغارات أصابت": that day is the statement's, and
      // strikes are reported after they happen; a siege lifted or imposed is news of that day
      own = new ArrayList<>(own);
      own.removeIf(x -> x.first() < that.firstToken() && m.cueIn("SAYS", from, x.first(), f) != null);
    }
    At<EventDate> time = nearest(m, own, f, e, MAX_TIME_DISTANCE, true);
    EventDate date = time == null ? null : refined(m, own, time, f, e).value();
    switch (type) {
      case SIEGE -> {
        String cued = firstCue(m, f - PHASE_WINDOW, e + 2, f, "PHASE_LIFTED", "PHASE_EASED", "PHASE_TIGHTENED", "PHASE_IMPOSED", "PHASE_CONTINUED");
        Object rowPhase = row.attrs().get("phase");
        String phase = "lifted".equals(rowPhase) || "eased".equals(rowPhase) ? (String) rowPhase
            : cued != null ? cued : rowPhase != null ? (String) rowPhase
            : date != null && EventDate.SINCE.equals(date.kind()) ? "imposed" : "continued";
        attributes.put("phase", phase);
        if (besiegedAreFighters(m, row, f, e, actors)) {
          attributes.put("besieged", "combatants");
        }
      }
      case MOVEMENT_RESTRICTION -> {
        if (!attributes.containsKey("scope")) {
          boolean partial = m.cueIn("PARTIAL", f - 3, e + 4, f) != null;
          boolean full = m.cueIn("FULL", f - 3, e + 4, f) != null;
          attributes.put("scope", partial && !full ? "partial" : "full");
        }
      }
      case NEGOTIATION -> {
        String outcome = firstCue(m, f - 3, f, f, "REFUSED", "FAILED", "AGREED");
        if (outcome != null) {
          attributes.put("outcome", outcome);
        }
      }
      default -> { }
    }
    readAttributes(m, type, f, e, attrs, attributes);
    Quantities.read(m, type, f, attributes);

    At<Place> place = place(m, type, f, e, places, attributes, actors);
    Place p = place == null ? null : place.value();
    if (p != null) {
      // whether the sentence names the place, or it was taken from what came before ("البلدة")
      attributes.put("place_basis", place.first() < m.tokens.size() && m.sameSentence(place.first(), f) ? "sentence" : "context");
    }
    Lexicons.TypeRule rule = lex.types.get(type);
    Match<Lexicons.ActorEntry> a1;
    Match<Lexicons.ActorEntry> a2;
    Match<Lexicons.ActorEntry> object = row.noun() && rule.objectAfterNoun() ? objectOf(e, actors, rule.actor2Kinds()) : null;
    if (object != null) {
      a2 = object; // "تهجير المعارضين": the genitive after a verbal noun is who undergoes it
      a1 = actor(m, rule.actor1Kinds(), f, e, actors, a2, english);
    } else {
      a1 = actor(m, rule.actor1Kinds(), f, e, actors, null, english);
      a2 = actor(m, rule.actor2Kinds(), f, e, actors, a1, english);
    }
    NormalizedText norm = a.text();
    Actor actor1 = a1 != null ? actor(a1, p, norm) : rule.defaultActor1() == null ? null : new Actor(named(rule.defaultActor1(), p), "civilians", null);
    Actor actor2 = a2 == null ? null : actor(a2, p, norm);
    if (actor2 != null && actor1 != null && actor2.name().equals(actor1.name())) {
      actor2 = null;
    }

    if (type == EventType.DEMAND) {
      // the codebook's demand is coercive: a force's demand on a community ("hand over the wanted");
      // an envoy's call or a party's condition in talks is not one
      attributes.put("coercive", actor1 != null && ARMED.contains(actor1.kind()) && actor2 != null
          && "civilians".equals(actor2.kind()) ? "yes" : "no");
    }
    // "منذ سنتين" runs up to the report: a siege since 2013 is news, not background
    boolean historical = m.cueIn("HISTORICAL", m.sentenceStart[f], e + 3, f) != null
        || (date != null && !EventDate.SINCE.equals(date.kind()) && before(date, a.meta().published()));
    // "الهجمات الصاروخية في المنطقة": a plural with no time and no place finer than a country is
    // talk about attacks, not one; it stands only if a specific mention joins it
    boolean generic = type == EventType.ATTACK && m.tokens.get(e - 1).text().endsWith("ات") && date == null
        && !attributes.containsKey("fatalities") && !attributes.containsKey("injuries")
        && (place == null ? m.cueIn("TOWN_WORD", m.sentenceStart[f], m.sentenceEnd[f], f) == null
            : "country".equals(place.level()));
    return new Draft(type, attributes, modality, historical, date, p, actor1, actor2, source(m, norm, f),
        List.of(evidence(m, norm, f, e)), row.ruleId(), m.paragraph[f], generic, m.sentence[f]);
  }

  private static Modality modality(Mentions m, int f, EventType type) {
    if (type == EventType.THREAT || type == EventType.DEMAND) {
      return Modality.ASSERTED; // the threat or demand itself is what is asserted
    }
    Modality best = Modality.ASSERTED;
    int bestDist = Integer.MAX_VALUE;
    String[][] classes = {{"MOD_FEARED", "FEARED"}, {"MOD_THREATENED", "THREATENED"}, {"MOD_PLANNED", "PLANNED"},
        {"MOD_DEMANDED", "DEMANDED"}, {"MOD_DENIED", "DENIED"}};
    for (String[] c : classes) {
      int window = c[0].equals("MOD_DENIED") ? DENIAL_WINDOW : MODALITY_WINDOW;
      PhraseMatcher.Match<Lexicons.Cue> cue = m.cueIn(c[0], f - window, f, f);
      if (cue != null && !m.barrierBetween(cue.firstToken(), f) && f - cue.endToken() < bestDist) {
        best = Modality.valueOf(c[1]);
        bestDist = f - cue.endToken();
      }
    }
    return best;
  }

  /** The nearest cue among the classes, as the lower-case word after the class's '_' (e.g. "tightened"). */
  private static String firstCue(Mentions m, int from, int to, int anchor, String... classes) {
    String best = null;
    int bestDist = Integer.MAX_VALUE;
    for (String c : classes) {
      PhraseMatcher.Match<Lexicons.Cue> cue = m.cueIn(c, from, to, anchor);
      if (cue != null && Math.abs(cue.firstToken() - anchor) < bestDist) {
        bestDist = Math.abs(cue.firstToken() - anchor);
        best = c.substring(c.indexOf('_') + 1).toLowerCase(java.util.Locale.ROOT);
        if (c.equals("REFUSED") || c.equals("FAILED") || c.equals("AGREED")) {
          best = c.toLowerCase(java.util.Locale.ROOT);
        }
      }
    }
    return best;
  }

  private static void readAttributes(Mentions m, EventType type, int f, int e, List<Match<Lexicons.AttrEntry>> attrs,
      Map<String, Object> into) {
    int clauseEnd = Math.min(m.sentenceEnd[f], e + 15);
    for (Match<Lexicons.AttrEntry> at : attrs) {
      Lexicons.AttrEntry v = at.value();
      if (v.type() != type || at.firstToken() < f - 2 || at.firstToken() >= clauseEnd
          || !m.sameSentence(at.firstToken(), f) || m.barrierBetween(f, at.firstToken())) {
        continue;
      }
      if (v.attr().equals("detail")) {
        into.putIfAbsent("detail", v.value());
      } else {
        @SuppressWarnings("unchecked")
        List<String> list = into.get(v.attr()) instanceof List<?> l ? new ArrayList<>((List<String>) l) : new ArrayList<>();
        if (!list.contains(v.value())) {
          list.add(v.value());
        }
        into.put(v.attr(), List.copyOf(list));
      }
    }
  }

  /**
   * A finer date of the same sentence inside the nearest one: "حرب حزيران 1967 ... وبالتحديد يوم
   * 9 حزيران" is dated the 9th, not June.
   */
  private static At<EventDate> refined(Mentions m, List<At<EventDate>> times, At<EventDate> time, int f, int e) {
    EventDate d = time.value();
    if (d.value() == null || d.timePrecision() == 1) {
      return time;
    }
    List<At<EventDate>> finer = new ArrayList<>();
    for (At<EventDate> x : times) {
      EventDate v = x.value();
      if (v.value() != null && v.timePrecision() < d.timePrecision() && v.kind().equals(d.kind())
          && v.value().startsWith(d.value())) {
        finer.add(x);
      }
    }
    At<EventDate> best = nearest(m, finer, f, e, MAX_TIME_DISTANCE, true);
    return best == null ? time : best;
  }

  /** The mention nearest the trigger in its sentence, not across a barrier; ties go to the later one. */
  private static <T> At<T> nearest(Mentions m, List<At<T>> mentions, int f, int e, int maxDistance, boolean barriers) {
    At<T> best = null;
    int bestDist = Integer.MAX_VALUE;
    int end = m.sentenceEnd[f];
    for (int i = firstAt(mentions, At::first, m.sentenceStart[f]); i < mentions.size() && mentions.get(i).first() < end; i++) {
      At<T> x = mentions.get(i);
      if (!m.sameSentence(x.first(), f) || (barriers && m.barrierBetween(x.first(), f))) {
        continue;
      }
      int d = x.first() >= e ? x.first() - e : x.end() <= f ? f - x.end() : 0;
      if (d > maxDistance) {
        continue;
      }
      if (d < bestDist || (d == bestDist && best != null && x.first() > best.first())) {
        best = x;
        bestDist = d;
      }
    }
    return best;
  }

  private static At<Place> place(Mentions m, EventType type, int f, int e, List<At<Place>> places, Map<String, Object> attrs,
      List<Match<Lexicons.ActorEntry>> actors) {
    List<At<Place>> candidates = new ArrayList<>();
    int end = m.sentenceEnd[f];
    for (int i = Math.max(0, firstAt(places, At::first, f) - LOOK_BACK_PLACES); i < places.size() && places.get(i).first() < end; i++) {
      At<Place> p = places.get(i);
      boolean destination = m.cueIn("DESTINATION", p.first() - 2, p.first(), p.first()) != null && p.first() >= e;
      if (type == EventType.DISPLACEMENT && destination && m.sameSentence(p.first(), f)) {
        attrs.putIfAbsent("destination", p.value().name());
        continue;
      }
      candidates.add(p);
    }
    dropSubjectCountry(m, e, candidates);
    dropLeaders(m, candidates);
    PhraseMatcher.Match<Lexicons.Cue> town = m.cueIn("TOWN_WORD", e, e + UNKNOWN_TOWN_WINDOW, f);
    if (town != null && !definite(m.tokens.get(town.firstToken()).text()) && !m.barrierBetween(e, town.firstToken())
        && !named(candidates, town.endToken()) && !placeBetween(candidates, e, town.firstToken())) {
      // "اشتباكات في محيط قرية X بسهل الغاب" with X not in the gazetteer: the event is at X, which
      // only the area named right after it may stand for; another town of the sentence would be wrong
      for (At<Place> p : candidates) {
        if (p.first() <= town.endToken() || p.first() > town.endToken() + LOCATOR_WINDOW || !m.sameSentence(p.first(), f)
            || hasClauseBreak(m.norm, m.tokens.get(town.endToken()).start(), m.tokens.get(p.first()).start())) {
          continue;
        }
        if (isTown(p) && p.value().geoPrecision() == 1) {
          // a known town of the same list ("بلدتي X ومضايا") is where; another town is not
          return m.tokens.get(p.first()).text().startsWith("و") ? p : null;
        }
        return p; // the area it lies in ("بسهل الغاب", "بريف دمشق")
      }
      return null;
    }
    List<At<Place>> where = new ArrayList<>(candidates);
    where.removeIf(p -> whereTheSourceIs(m, p)); // still "the last place named" for a later "the town"
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
    At<Place> near = nearest(m, where, f, e, Integer.MAX_VALUE, false);
    if (near != null && Math.min(Math.abs(near.first() - e), Math.abs(f - near.end())) <= NAMED_TOWN_WINDOW
        && namedAsTown(m, near)) {
      return near; // "تشهد مدينة درعا مواجهات": the town the text names at the act is where it is
    }
    if (near != null) {
      // the most specific place of the sentence wins ("في محافظة تعز جنوب غرب اليمن" is Taiz);
      // among equally specific ones, the nearest
      int bestRank = specificity(near);
      for (At<Place> p : where) {
        if (p.first() < m.tokens.size() && m.sameSentence(p.first(), f) && specificity(p) < bestRank
            && !m.cueBetween("CONSEQUENCE", p.first(), f)) {
          bestRank = specificity(p);
        }
      }
      if (specificity(near) > bestRank) {
        At<Place> best = null;
        int bestDist = Integer.MAX_VALUE;
        for (At<Place> p : where) {
          if (p.first() < m.tokens.size() && m.sameSentence(p.first(), f) && specificity(p) == bestRank
              && !m.cueBetween("CONSEQUENCE", p.first(), f)) {
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
    // "the town" and unplaced sentences refer back to the last place named (a town first).
    At<Place> lastTown = null;
    At<Place> last = null;
    for (At<Place> p : candidates) {
      if (p.first() < f) {
        last = p;
        if (p.value().geoPrecision() == 1) {
          lastTown = p;
        }
      }
    }
    if (lastTown != null) {
      return lastTown;
    }
    if (last != null) {
      return last;
    }
    if (!candidates.isEmpty()) {
      return candidates.get(0);
    }
    int next = firstAt(places, At::first, end); // nothing named before: the first place named after
    return next < places.size() ? places.get(next) : null;
  }

  /** "في حلب في حي الشعار": a quarter or camp of the sentence inside the chosen town is where. */
  private static At<Place> quarterOf(Mentions m, int f, At<Place> town, List<At<Place>> where) {
    if (!"locality".equals(town.level())) {
      return town;
    }
    At<Place> best = town;
    int bestDist = Integer.MAX_VALUE;
    for (At<Place> p : where) {
      if (("neighbourhood".equals(p.level()) || "camp".equals(p.level())) && p.first() < m.tokens.size()
          && m.sameSentence(p.first(), f) && Math.abs(p.first() - f) < bestDist
          && Geocoder.km(p.value().lat(), p.value().lon(), town.value().lat(), town.value().lon()) <= QUARTER_KM) {
        best = p;
        bestDist = Math.abs(p.first() - f);
      }
    }
    return best;
  }

  /** "قوات التحالف بقيادة فرنسا وإيطاليا": countries that lead a force name it, not a place. */
  private static void dropLeaders(Mentions m, List<At<Place>> candidates) {
    int leaderEnd = -1;
    for (Iterator<At<Place>> it = candidates.iterator(); it.hasNext(); ) {
      At<Place> p = it.next();
      PhraseMatcher.Match<Lexicons.Cue> led = m.cueIn("LED_BY", p.first() - 2, p.first(), p.first());
      boolean leader = led != null && led.endToken() == p.first()
          || leaderEnd >= 0 && p.first() == leaderEnd && m.tokens.get(p.first()).text().startsWith("و");
      if (leader) {
        leaderEnd = p.end();
        it.remove();
      }
    }
  }

  /**
   * Whether an Arabic word carries the article after its proclitics: "المدينة", "وبالبلدات" refer
   * back ("the town") and name nothing after them, unlike "بلدة X", "قريتي X وY".
   */
  static boolean definite(String w) {
    int i = 0;
    if (i < w.length() && (w.charAt(i) == 'و' || w.charAt(i) == 'ف')) {
      i++;
    }
    if (w.startsWith("لل", i)) {
      return true;
    }
    if (i < w.length() && (w.charAt(i) == 'ب' || w.charAt(i) == 'ل' || w.charAt(i) == 'ك') && w.startsWith("ال", i + 1)) {
      return true;
    }
    return w.startsWith("ال", i);
  }

  /** "مدينة X", "بلدة X": a place the text introduces with a town word. */
  private static boolean namedAsTown(Mentions m, At<Place> p) {
    PhraseMatcher.Match<Lexicons.Cue> w = m.cueIn("TOWN_WORD", p.first() - 2, p.first(), p.first());
    return w != null && w.endToken() == p.first() && !definite(m.tokens.get(w.firstToken()).text());
  }

  /** Whether a place is named in words [from, to): "لمحاصرة المدينة الخضراء ومدينة X" is at the first. */
  private static boolean placeBetween(List<At<Place>> places, int from, int to) {
    for (At<Place> p : places) {
      if (p.first() >= from && p.first() < to) {
        return true;
      }
    }
    return false;
  }

  /** Whether a place mention starts at word {@code at}. */
  private static boolean named(List<At<Place>> places, int at) {
    for (At<Place> p : places) {
      if (p.first() <= at && at < p.end()) {
        return true;
      }
    }
    return false;
  }

  /** "قوات النظام في حمص": a place right after an actor's name and "في" says where the actor is. */
  private static boolean whereTheDoerIs(Mentions m, At<Place> p, List<Match<Lexicons.ActorEntry>> actors) {
    for (int i = firstAt(actors, Match::firstToken, p.first() - 8); i < actors.size() && actors.get(i).firstToken() < p.first(); i++) {
      int end = actors.get(i).endToken();
      int gap = p.first() - end;
      // "في حمص", "في مدينة حمص"
      if (gap >= 1 && gap <= 2 && m.tokens.get(end).text().equals("في")
          && (gap == 1 || m.cueIn("TOWN_WORD", end + 1, p.first(), p.first()) != null)) {
        return true;
      }
    }
    return false;
  }

  /** "مصدر محلي في محافظة حمص", "ناشطون في حلب": the place says where the source is. */
  private static boolean whereTheSourceIs(Mentions m, At<Place> p) {
    PhraseMatcher.Match<Lexicons.Cue> src = m.cueIn("SOURCE_NOUN", p.first() - SOURCE_PLACE_GAP - 1, p.first(), p.first());
    return src != null && p.first() - src.endToken() <= SOURCE_PLACE_GAP;
  }

  /**
   * Arabic puts the subject after the verb: in "احتلت تركيا قبرص" and "قصفت روسيا مدينة حلب"
   * the country right after the trigger acts, and the place named after it is where.
   */
  private static void dropSubjectCountry(Mentions m, int e, List<At<Place>> candidates) {
    for (int i = 0; i + 1 < candidates.size(); i++) {
      At<Place> p = candidates.get(i);
      At<Place> next = candidates.get(i + 1);
      if (p.first() == e && "country".equals(p.level()) && next.first() - p.end() <= 2
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
  private static int specificity(At<Place> p) {
    String level = p.level() == null ? "" : p.level();
    int rank = switch (level) {
      case "neighbourhood", "camp" -> 0;
      case "locality" -> 1;
      case "admin3" -> 2;
      case "admin2" -> 3;
      case "admin1" -> 4;
      case "region" -> 5;
      case "country" -> 6;
      default -> 7;
    };
    // a town the text puts us near ("قرب بلدة X", "محيط X", "20 كم شمال X", "ريف X الشرقي") is as
    // specific as the town itself; one named as a bearing ("الواقعة شرق حمص") is not
    int precision = rank <= 1 && !p.aside() ? 1 : p.value().geoPrecision();
    // places themselves (a village, a camp, a neighbourhood) are equally specific: the nearest wins
    return precision * 10 + (precision == 1 ? 0 : rank);
  }

  private static Match<Lexicons.ActorEntry> actor(Mentions m, Set<String> kinds, int f, int e,
      List<Match<Lexicons.ActorEntry>> actors, Match<Lexicons.ActorEntry> not, boolean english) {
    if (kinds.isEmpty()) {
      return null;
    }
    Match<Lexicons.ActorEntry> best = null;
    int bestScore = Integer.MAX_VALUE;
    int end = m.sentenceEnd[f];
    for (int i = firstAt(actors, Match::firstToken, m.sentenceStart[f]); i < actors.size() && actors.get(i).firstToken() < end; i++) {
      Match<Lexicons.ActorEntry> ac = actors.get(i);
      if (ac == not || !kinds.contains(ac.value().kind()) || !m.sameSentence(ac.firstToken(), f)
          || (not != null && ac.value().name().equals(not.value().name()))
          || (ac.firstToken() < e && ac.endToken() > f)) {
        continue;
      }
      int score;
      boolean agent = m.cueIn("AGENT", ac.firstToken() - 2, ac.firstToken(), ac.firstToken()) != null && ac.firstToken() >= e;
      if (agent && not == null) {
        score = 0; // "by X" names who acted
      } else if (ac.firstToken() >= e) {
        int d = ac.firstToken() - e;
        score = !english && d <= VSO_SUBJECT_WINDOW ? 1 + d : 30 + d;
      } else {
        score = (english ? 1 : 10) + Math.min(f - ac.endToken(), FAR);
        if (!english && ac.firstToken() - m.sentenceStart[f] <= TOPIC_WINDOW && firstActorOfSentence(m, ac, actors)) {
          score -= TOPIC_BONUS; // the sentence's subject carries through its coordinated verbs
        }
      }
      if (m.barrierBetween(ac.firstToken(), f)) {
        score += BARRIER_PENALTY;
      }
      if (not == null && !agent && objectMarked(m, ac)) {
        score += OBJECT_PENALTY; // "لمليشيات الحوثي", "ضد قوات النظام": the target, not the doer
      }
      if (score < bestScore) {
        best = ac;
        bestScore = score;
      }
    }
    return best;
  }

  private static boolean firstActorOfSentence(Mentions m, Match<Lexicons.ActorEntry> ac, List<Match<Lexicons.ActorEntry>> actors) {
    for (Match<Lexicons.ActorEntry> o : actors) {
      if (o.firstToken() >= m.sentenceStart[ac.firstToken()] && o.firstToken() < ac.firstToken()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Towns joined to the chosen one by "و" share its siege: "بلدتي نبل والزهراء", "نبل والزهراء (في حلب)
   * والفوعة وكفريا". Between two towns only "في" and other place names (the governorate in brackets) may stand.
   */
  private static List<At<Place>> coordinated(Mentions m, List<At<Place>> places, Place chosen) {
    int at = -1;
    // mentions are in text order: the chosen one is found by its offset, not by reading them all
    for (int i = firstAt(places, p -> p.value().evidence().start(), chosen.evidence().start());
        i < places.size() && places.get(i).value().evidence().start() == chosen.evidence().start(); i++) {
      if (places.get(i).value() == chosen) {
        at = i;
        break;
      }
    }
    if (at < 0 || !isTown(places.get(at))) {
      return List.of();
    }
    List<At<Place>> out = new ArrayList<>();
    for (int cur = at, j = at + 1; j < places.size(); j++) {
      At<Place> next = places.get(j);
      if (!isTown(next)) {
        continue;
      }
      if (!joined(m, places, places.get(cur), next)) {
        break;
      }
      out.add(next);
      cur = j;
    }
    for (int cur = at, j = at - 1; j >= 0; j--) {
      At<Place> prev = places.get(j);
      if (!isTown(prev)) {
        continue;
      }
      if (!joined(m, places, prev, places.get(cur))) {
        break;
      }
      out.add(prev);
      cur = j;
    }
    out.removeIf(p -> p.value().id().equals(chosen.id()));
    return out;
  }

  /** A town, village, camp or quarter, itself or near it ("قرب الموصل"), not one named as a bearing. */
  private static boolean isTown(At<Place> p) {
    return ("locality".equals(p.level()) || "camp".equals(p.level()) || "neighbourhood".equals(p.level())) && !p.aside();
  }

  private static boolean joined(Mentions m, List<At<Place>> places, At<Place> a, At<Place> b) {
    if (b.first() >= m.tokens.size() || !m.sameSentence(a.first(), b.first()) || b.first() < a.end()) {
      return false;
    }
    String word = m.tokens.get(b.first()).text();
    String name = b.value().nameAr() == null ? "" : org.marsad.clean.ArabicNormalizer.fold(b.value().nameAr());
    if (!word.startsWith("و") || name.startsWith("و")) {
      return false;
    }
    for (int k = a.end(); k < b.first(); k++) {
      boolean covered = m.tokens.get(k).text().equals("في");
      for (At<Place> p : places) {
        covered |= p.first() <= k && k < p.end();
      }
      if (!covered) {
        return false;
      }
    }
    return true;
  }

  /** Whether a preposition (a separate word, or a ل/ب proclitic on the name) marks the actor as a target. */
  private static boolean objectMarked(Mentions m, Match<Lexicons.ActorEntry> ac) {
    PhraseMatcher.Match<Lexicons.Cue> mark = m.cueIn("OBJECT_MARK", ac.firstToken() - 2, ac.firstToken(), ac.firstToken());
    if (mark != null && mark.endToken() == ac.firstToken()) {
      return true;
    }
    String word = m.tokens.get(ac.firstToken()).text();
    String first = ac.value().firstWord();
    if (word.length() > first.length() && word.endsWith(first)) {
      String prefix = word.substring(0, word.length() - first.length());
      return prefix.indexOf('ل') >= 0 || prefix.indexOf('ب') >= 0;
    }
    return false;
  }

  private static Match<Lexicons.ActorEntry> objectOf(int e, List<Match<Lexicons.ActorEntry>> actors, Set<String> kinds) {
    for (Match<Lexicons.ActorEntry> ac : actors) {
      if (ac.firstToken() == e && kinds.contains(ac.value().kind())) {
        return ac;
      }
    }
    return null;
  }

  private static Actor actor(Match<Lexicons.ActorEntry> a, Place p, NormalizedText norm) {
    return new Actor(named(a.value().name(), p), a.value().kind(), norm.toRaw(a.start(), a.end()));
  }

  private static String named(String name, Place p) {
    if (!name.contains("{place}")) {
      return name;
    }
    return p == null ? name.replace(" of {place}", "").replace("{place}", "") : name.replace("{place}", p.name());
  }

  /** True when the date lies wholly before the publication date by more than the background margin. */
  static boolean before(EventDate d, LocalDate published) {
    if (d == null || d.value() == null || published == null) {
      return false;
    }
    String v = d.value();
    LocalDate end;
    try {
      if (v.length() == 4) {
        end = LocalDate.of(Integer.parseInt(v), 12, 31);
      } else if (v.length() == 7) {
        end = LocalDate.parse(v + "-01").plusMonths(1).minusDays(1);
      } else {
        end = LocalDate.parse(v.substring(0, 10));
      }
    } catch (RuntimeException ex) {
      return false;
    }
    return end.isBefore(published.minusDays(HISTORICAL_DAYS));
  }

  /**
   * Who the report attributes the sentence to: the attribution cue and up to four words after it,
   * stopping at "أن/إن" or at a comma not followed by "لـ" ("مصادر، لـ«العربي الجديد»، إن").
   */
  private static String source(Mentions m, NormalizedText norm, int f) {
    PhraseMatcher.Match<Lexicons.Cue> cue = m.cueIn("SOURCE", m.sentenceStart[f], m.sentenceEnd[f], f);
    if (cue == null) {
      return null;
    }
    int end = cue.endToken();
    int stop = Math.min(m.sentenceEnd[f], end + 4);
    String text = norm.text();
    while (end < stop) {
      Token next = m.tokens.get(end);
      if (next.text().equals("ان") || (hasClauseBreak(text, m.tokens.get(end - 1).end(), next.start()) && !next.text().startsWith("ل"))) {
        break;
      }
      end++;
    }
    Span raw = norm.toRaw(cue.start(), m.tokens.get(end - 1).end());
    String quoted = raw.of(norm.raw()).strip();
    // keep a closing quote that the last word opened
    int close = raw.end();
    String r = norm.raw();
    while (close < r.length() && "\"»”'".indexOf(r.charAt(close)) >= 0) {
      quoted = quoted + r.charAt(close);
      close++;
    }
    return quoted;
  }

  private static boolean hasClauseBreak(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '،' || c == ',' || c == ':' || c == '.' || c == '\n') {
        return true;
      }
    }
    return false;
  }

  /** The trigger and up to three following words of its clause, as a raw span. */
  private static Span evidence(Mentions m, NormalizedText norm, int f, int e) {
    int end = e;
    int stop = Math.min(m.sentenceEnd[f], e + 3);
    String text = norm.text();
    while (end < stop && !hasClauseBreak(text, m.tokens.get(end - 1).end(), m.tokens.get(end).start())) {
      end++;
    }
    return norm.toRaw(m.tokens.get(f).start(), m.tokens.get(end - 1).end());
  }

  /**
   * One event per (type, place, date, modality, historical): spans of the same happening merge.
   * An undated mention joins the latest dated event of its kind in its paragraph or the one before,
   * as reports date a happening once and then refer back to it; further on, it is news of its own
   * (and so are two undated ones paragraphs apart). A condition (a siege) is one however far apart.
   */
  private static List<Draft> merge(List<Draft> drafts) {
    List<Draft> out = new ArrayList<>();
    Map<List<Object>, Integer> lastOfKey = new HashMap<>(); // (kind, date) -> its latest event
    Map<List<Object>, List<Integer>> datedOfKind = new HashMap<>();
    Map<List<Object>, Integer> lastOfType = new HashMap<>();
    for (Draft d : drafts) {
      // an undated mention is not known to be background: the dated event it joins decides that
      List<Object> kind = Arrays.asList(d.type(), d.modality(), placeId(d.place()));
      String date = dateValue(d.date());
      List<Object> key = Arrays.asList(kind, date, d.historical());
      Integer same = lastOfKey.get(key);
      int target = same != null && (date != null || near(out.get(same), d)) ? same : -1;
      if (target < 0 && date == null) {
        String latest = null;
        List<Integer> dated = datedOfKind.getOrDefault(kind, List.of());
        for (int i : dated.subList(Math.max(0, dated.size() - LOOK_BACK_EVENTS), dated.size())) {
          Draft o = out.get(i);
          if (near(o, d) && (latest == null || dateValue(o.date()).compareTo(latest) > 0)) {
            latest = dateValue(o.date());
            target = i;
          }
        }
      }
      if (target < 0 && date == null && !d.type().isCondition() && !"sentence".equals(d.attributes().get("place_basis"))) {
        // "وقال ناشط إن الاشتباكات متواصلة": an act whose sentence names no place is the last one
        // of its kind told just before
        Integer last = lastOfType.get(Arrays.asList(d.type(), d.modality()));
        if (last != null && near(out.get(last), d)) {
          target = last;
        }
      }
      if (target < 0) {
        out.add(d);
        lastOfKey.put(key, out.size() - 1);
        lastOfType.put(Arrays.asList(d.type(), d.modality()), out.size() - 1);
        if (date != null) {
          datedOfKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(out.size() - 1);
        }
      } else {
        out.set(target, combine(out.get(target), d));
        lastOfType.put(Arrays.asList(d.type(), d.modality()), target);
      }
    }
    return out;
  }


  /**
   * "شنت الطائرات غارات في سوريا يوم الأحد ... تركزت حول إدلب": an undated act dated nowhere else
   * takes the date of the report's act of its type just before it (within {@link #INHERIT_PARAGRAPHS}
   * paragraphs) whose place holds its place, or of its sentence, as a report dates a happening once and
   * then details it ("عام 1980 هاجمت القوات المدينة ... مما دفع الطرف الآخر إلى قصف الحدود").
   */
  private static List<Draft> inheritDates(List<Draft> events) {
    List<Draft> out = new ArrayList<>(events.size());
    for (int i = 0; i < events.size(); i++) {
      Draft d = events.get(i);
      if (dateValue(d.date()) == null && !d.type().isCondition() && d.place() != null) {
        Draft from = null;
        // events are in the order of their first mention: the act detailed is among the last few before
        for (int j = Math.max(0, i - LOOK_BACK_EVENTS); j < i; j++) {
          Draft o = events.get(j);
          if (o != d && o.type() == d.type() && dateValue(o.date()) != null && o.place() != null
              && o.paragraph() <= d.paragraph() && d.paragraph() - o.paragraph() <= INHERIT_PARAGRAPHS
              && o.evidence().get(0).start() < d.evidence().get(0).start()
              && (holds(o.place(), d.place()) || o.sentence() == d.sentence())) {
            from = o;
          }
        }
        if (from != null) {
          d = d.dated(from.date(), from.historical());
        }
      }
      out.add(d);
    }
    return out;
  }

  /** Whether {@code area} is {@code p} or a country or governorate holding it. */
  private static boolean holds(Place area, Place p) {
    if (area.id().equals(p.id())) {
      return true;
    }
    if (area.geoPrecision() != 3 || area.admin1() != null || !Objects.equals(area.country(), p.country())) {
      return false;
    }
    return area.id().equals(area.country()) || area.name().equals(p.admin1());
  }

  private static boolean near(Draft earlier, Draft later) {
    return later.type().isCondition() || later.paragraph() - earlier.paragraph() <= 1;
  }

  private static Draft combine(Draft a, Draft b) {
    Map<String, Object> attrs = new LinkedHashMap<>(b.attributes());
    for (Map.Entry<String, Object> en : a.attributes().entrySet()) {
      Object other = attrs.get(en.getKey());
      if (en.getValue() instanceof List<?> l1 && other instanceof List<?> l2) {
        LinkedHashSet<Object> u = new LinkedHashSet<>(l1);
        u.addAll(l2);
        attrs.put(en.getKey(), List.copyOf(u));
      } else {
        attrs.put(en.getKey(), en.getValue());
      }
    }
    List<Span> ev = new ArrayList<>(a.evidence());
    for (Span s : b.evidence()) {
      if (!ev.contains(s)) {
        ev.add(s);
      }
    }
    EventDate date = a.date() != null ? a.date() : b.date();
    return new Draft(a.type(), attrs, a.modality(), a.historical(), date, a.place() != null ? a.place() : b.place(),
        a.actor1() != null ? a.actor1() : b.actor1(), a.actor2() != null ? a.actor2() : b.actor2(),
        a.source() != null ? a.source() : b.source(), ev, a.ruleId(), Math.max(a.paragraph(), b.paragraph()),
        a.generic() && b.generic(), Math.min(a.sentence(), b.sentence()));
  }

  private static String placeId(Place p) {
    return p == null ? null : p.id();
  }

  private static String dateValue(EventDate d) {
    return d == null ? null : d.value();
  }

  /** Stable ids: the report id's prefix and the event's first evidence offset. */
  private static List<Event> finish(Analysis a, List<Draft> drafts) {
    drafts.sort(Comparator.comparing((Draft d) -> d.evidence().get(0)).thenComparing(d -> d.type().name())
        .thenComparing(d -> d.place() == null ? "" : d.place().id()));
    Set<String> used = new HashSet<>();
    String prefix = a.meta().id() == null ? "doc" : a.meta().id().substring(0, Math.min(12, a.meta().id().length()));
    List<Event> out = new ArrayList<>(drafts.size());
    for (Draft d : drafts) {
      String id = prefix + "-" + d.evidence().get(0).start() + "-" + d.type().name().toLowerCase(java.util.Locale.ROOT);
      if (!used.add(id)) {
        id = id + "-" + (d.place() == null ? used.size() : d.place().id()); // towns sharing one trigger
        used.add(id);
      }
      out.add(new Event(id, d.type(), d.attributes(), d.modality(), d.historical(), d.date(), d.place(), d.actor1(),
          d.actor2(), d.source(), d.evidence(), d.ruleId()));
    }
    return out;
  }
}
