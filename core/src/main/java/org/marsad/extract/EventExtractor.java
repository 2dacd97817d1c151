package org.marsad.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 *
 * <p>The stages live beside it, each with its own tests: {@link Frames} (predicate and argument
 * classes that combine into triggers), {@link Eventiveness} (states, aims and topics are not
 * events), {@link PlaceRules} and {@link ActorRules} (attachment), {@link Happenings} (mentions
 * joined into one event per happening).
 */
public final class EventExtractor {
  /** The actor kinds that bear arms: a demand's or a frame's doer must be one, and so must a name that qualifies "المسلحون". */
  static final Set<String> ARMED = Set.of(
      "state forces", "state security", "militia", "rebel groups", "jihadist group", "foreign forces");

  // modality cue classes in the order they are tried: on a tie in distance the first wins
  private final Lexicons lex;
  private final Genre genre;
  private final ExtractSettings settings;
  private final Eventiveness eventiveness;
  private final ModalityRules modalities;
  private final StatementTopic statementTopic;
  private final ObjectClass objectClass;
  private final PlaceRules placeRules;
  private final DateRules dateRules;
  private final ActorRules actorRules;
  private final Happenings happenings;

  private EventExtractor(Lexicons lex, Genre genre, ExtractSettings s) {
    this.lex = lex;
    this.genre = genre;
    this.settings = s;
    this.eventiveness = new Eventiveness(s);
    this.modalities = new ModalityRules(s);
    this.statementTopic = new StatementTopic(s);
    this.objectClass = new ObjectClass(s);
    this.placeRules = new PlaceRules(s);
    this.dateRules = new DateRules(s);
    this.actorRules = new ActorRules(s);
    this.happenings = new Happenings(s);
  }

  public static EventExtractor loadDefault() {
    return new EventExtractor(Lexicons.load(), Genre.load(), ExtractSettings.load());
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
    List<Match<Lexicons.Cue>> cues = new ArrayList<>(lex.cues.findAll(words));
    cues.addAll(lex.classes.findAll(words)); // classes of their own: each class's list stays in word order
    Mentions m = new Mentions(norm.text(), tokens, a.paragraphs(), rawStart, cues, settings.maxSentence());
    java.util.BitSet tags = TagLists.of(tokens, norm, m.sentenceEnd); // a page's subject tags tell nothing
    List<Match<Lexicons.ActorEntry>> actors = ActorMentions.of(m, lex.actors.findAll(words), tags);
    if ("en".equals(a.meta().language())) {
      actors = Acronyms.standard().addTo(actors, tokens, norm); // "IS" as written, not "is"
      actors = ActorAnaphors.resolve(m, actors, settings.anaphorReach()); // "the group": the group named before
    }
    List<Match<Lexicons.ActorEntry>> adjectives = lex.adjectives.findAll(words);
    boolean english = "en".equals(a.meta().language());
    List<Match<Lexicons.AttrEntry>> attrs = lex.attributes.findAll(words);
    List<At<Place>> places = new ArrayList<>();
    int qualifierEnd = -1; // end of the last place dropped as saying where another lies
    for (PlaceMention p : a.places()) {
      if (placeRules.insideActor(p, actors)) {
        continue; // "فرع سعسع": a place name inside an actor's name is not where the event is
      }
      int first = m.tokenAt(p.start());
      if (tags.get(first)) {
        continue;
      }
      if (PlaceRules.whereABodyIsBased(m, first, Math.max(first + 1, m.tokenAt(p.end() - 1) + 1))
          || PlaceRules.dateline(norm, p) || english && PlaceRules.namesADoer(m, norm.text(), p, m.tokenAt(p.end() - 1) + 1)) {
        continue; // "the Britain-based Observatory", "MOSCOW (Sputnik)", "the Iran-brokered deal": not where an act is
      }
      Match<Lexicons.Cue> unit = m.cueIn(CueClass.UNIT_NAMED_FOR, first - 2, first, first);
      if (unit != null && unit.endToken() == first) {
        continue; // "قيادة عمليات بغداد": a command named for a place is an actor, not where the act is
      }
      if (((!places.isEmpty() && places.get(places.size() - 1).end() == first) || qualifierEnd == first)
          && first < tokens.size() && tokens.get(first).text().startsWith("ل")) {
        continue; // "الغوطة الشرقية لدمشق": the name after ل holds the one before; the part is the place
      }
      if (PlaceRules.qualifiesPrevious(norm.text(), p)) {
        continue; // "نبل والزهراء (في حلب)": a bracketed place says where the one before lies
      }
      PhraseMatcher.Match<Lexicons.Cue> bearing = m.cueIn(CueClass.DIRECTION_WORD, first - 3, first, first);
      boolean aside = bearing != null && bearing.endToken() >= first - 1 && !Geocoder.isOffset(p.place());
      At<Place> at = new At<>(first, Math.max(first + 1, m.tokenAt(p.end() - 1) + 1), p.place(), p.level(), aside);
      if (!places.isEmpty() && PlaceRules.qualifiesNext(m, places.get(places.size() - 1), first)) {
        places.remove(places.size() - 1); // "the Damascus suburb of Jaramana": Damascus says where Jaramana lies
      }
      if (!places.isEmpty() && PlaceRules.locates(m, norm.text(), places.get(places.size() - 1), at)) {
        qualifierEnd = at.end();
        continue; // "بلدة X الواقعة في ريف دمشق": where the town lies, not where the event is
      }
      places.add(at);
    }
    List<At<EventDate>> times = new ArrayList<>();
    for (TimeMention t : a.times()) {
      times.add(new At<>(m.tokenAt(t.start()), Math.max(m.tokenAt(t.start()) + 1, m.tokenAt(t.end() - 1) + 1), t.date(), null));
    }
    List<At<EventDate>> stamps = english ? DateRules.takeStamps(m, times) : List.of(); // the report's own date line

    List<Match<Lexicons.Trigger>> triggers =
        keepOutermost(Frames.combine(lex.triggers.findAll(words), lex.frames.find(m, actors)), actors);
    triggers.removeIf(t -> tags.get(t.firstToken()));
    triggers.forEach(t -> m.actStarts.set(t.firstToken()));
    List<Draft> drafts = new ArrayList<>();
    List<Match<Lexicons.Trigger>> emitted = new ArrayList<>();
    Map<String, Draft> told = new HashMap<>();
    for (Match<Lexicons.Trigger> t : triggers) {
      Lexicons.Trigger row = t.value();
      int f = t.firstToken();
      // "بهدف فك الحصار عن البلدة": an aim to break a siege is not a lifting, but it says the siege holds
      boolean siegeAim = row.type() == EventType.SIEGE && "lifted".equals(row.attrs().get("phase"))
          && (aimed(m, f) || Eventiveness.aim(m, t));
      if (row.type() == null || m.duplicate[f] || !required(m, t) || (suppressed(m, t) && !siegeAim) || absorbed(m, t, emitted)
          || !eventiveness.eventive(m, t, ClauseTimes.dated(times, m, f, false), ClauseTimes.sinceInClause(times, m, t))
          || statementTopic.topic(m, t, times) || objectClass.outsideCodebook(m, t)
          || ObjectClass.patientOfAnother(m, t, triggers)) {
        continue;
      }
      Draft d = draft(a, m, t, actors, adjectives, attrs, places, times, stamps, english);
      if (row.armedDoer() && (d.actor1() == null || !ARMED.contains(d.actor1().kind()))) {
        continue; // "نفذ الأطباء عملية", "نفذت الوزارة عملية": an operation is an attack only when a force carries it out
      }
      emitted.add(t);
      if (siegeAim) {
        d = SiegeSides.heldByAim(d, norm.toRaw(m.tokens.get(f).start(), m.tokens.get(f).end()).start());
      }
      d = happenings.marked(d, m, f, t.endToken(), english); // "a second car bomb", "the end of the siege"
      d = english ? Happenings.restated(d, m, f, told) : d; // "the airstrikes ripped through": the airstrikes told before
      int at = drafts.size();
      drafts.add(d);
      if ((d.type() == EventType.SIEGE || d.type() == EventType.ATTACK || d.type() == EventType.CONTROL_CHANGE) && d.place() != null
          && "sentence".equals(d.attributes().get("place_basis"))) {
        boolean split = false;
        for (At<Place> sibling : PlaceLists.coordinated(m, places, d.place())) {
          Place s = sibling.value();
          if (d.type() == EventType.ATTACK && (d.attributes().containsKey("fatalities")
              || Geocoder.km(s.lat(), s.lon(), d.place().lat(), d.place().lon()) < settings.separateAttacksKm())) {
            // "قصف على قرى X وY وZ": neighbouring villages under one barrage are one attack, and a
            // toll over several towns ("مقتل 20 ... في حلب وإدلب وحماة") is one count
            continue;
          }
          // towns of one list each get the event ("نبل والزهراء المحاصرتين", "ضربات قرب الرقة ودير الزور",
          // "restored security to A and B")
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
    List<Draft> events = SiegeSides.qualifiedLiftings(m, happenings.inheritDates(happenings.join(happenings.merge(drafts))));
    events.replaceAll(d -> dateRules.lastResort(d, a.meta().published())); // undated by any mention: the statement's day
    events.replaceAll(d -> dateRules.paragraphDay(d, m, times, a.meta().published(), english));
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
      int from = At.firstAt(found, Match::firstToken, t.firstToken() - longest);
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
      from = At.firstAt(actors, Match::firstToken, t.firstToken() - longest);
      for (int i = from; !inner && i < actors.size() && actors.get(i).firstToken() <= t.firstToken(); i++) {
        inner = actors.get(i).endToken() >= t.endToken();
      }
      if (!inner) {
        out.add(t);
      }
    }
    return out;
  }

  private boolean required(Mentions m, Match<Lexicons.Trigger> t) {
    String req = t.value().requires();
    if (req == null) {
      return true;
    }
    PhraseMatcher.Match<Lexicons.Cue> cue = m.cueIn(req, t.firstToken() - settings.requiresBefore(), t.endToken() + settings.requiresAfter(), t.firstToken());
    return cue != null && !(t.value().type() == EventType.THREAT && ModalityRules.dangerBetween(m, t.endToken(), cue.firstToken(), t.firstToken()));
  }

  /**
   * Whether a purpose cue ("بهدف") earlier in the sentence makes the word at {@code f} an aim, or a
   * conditional ("وإذا انتزعت الفصائل السيطرة على المدينة") a condition: neither is told as done.
   */
  private static boolean aimed(Mentions m, int f) {
    PhraseMatcher.Match<Lexicons.Cue> purpose = m.cueIn(CueClass.PURPOSE, m.sentenceStart[f], f, f);
    if (purpose != null) {
      return !m.barrierBetween(purpose.firstToken(), f);
    }
    // a condition reaches to the end of its clause: "ما إذا كان الضحايا مدنيين"، مشيرا إلى "اشتباكات" is told
    PhraseMatcher.Match<Lexicons.Cue> condition = m.cueIn(CueClass.CONDITIONAL, m.sentenceStart[f], f, f);
    return condition != null && !m.barrierBetween(condition.firstToken(), f)
        && !Mentions.hasClauseBreak(m.norm, m.tokens.get(condition.endToken() - 1).end(), m.tokens.get(f).start());
  }

  private static boolean suppressed(Mentions m, Match<Lexicons.Trigger> t) {
    int f = t.firstToken();
    if (aimed(m, f)) {
      return true;
    }
    PhraseMatcher.Match<Lexicons.Cue> anchor = m.cueIn(CueClass.TEMPORAL_REF, f - 4, f, f);
    if (anchor != null && anchor.endToken() == f) {
      return true; // "hours before the attack": the attack is a time anchor here
    }
    PhraseMatcher.Match<Lexicons.Cue> stop = m.cueIn(CueClass.CESSATION, f - 3, f, f);
    return stop != null && f - stop.endToken() <= 1;
  }

  private static boolean absorbed(Mentions m, Match<Lexicons.Trigger> t, List<Match<Lexicons.Trigger>> emitted) {
    for (int i = emitted.size() - 1; i >= 0 && m.sameSentence(emitted.get(i).firstToken(), t.firstToken()); i--) {
      Match<Lexicons.Trigger> e = emitted.get(i);
      if (e.firstToken() < t.firstToken() && e.value().absorbs().contains(t.value().type())) {
        // "vowed revenge for Tuesday's strike": the act avenged is a past one, not the act announced
        // ("for the" is an ACT_REFERENCE phrase, which hides the single word)
        int at = t.firstToken();
        PhraseMatcher.Match<Lexicons.Cue> reason = m.cueIn(CueClass.REASON, e.firstToken() + 1, at, at);
        PhraseMatcher.Match<Lexicons.Cue> ref = m.cueIn(CueClass.ACT_REFERENCE, e.firstToken() + 1, at, at);
        return (reason == null || at - reason.endToken() > 1) && (ref == null || at - ref.endToken() > 1);
      }
    }
    return false;
  }

  private Draft draft(Analysis a, Mentions m, Match<Lexicons.Trigger> t, List<Match<Lexicons.ActorEntry>> actors,
      List<Match<Lexicons.ActorEntry>> adjectives, List<Match<Lexicons.AttrEntry>> attrs, List<At<Place>> places, List<At<EventDate>> times,
      List<At<EventDate>> stamps, boolean english) {
    Lexicons.Trigger row = t.value();
    EventType type = row.type();
    int f = t.firstToken();
    int e = t.endToken();
    Map<String, Object> attributes = new LinkedHashMap<>(row.attrs());
    Modality modality = modalities.of(m, f, type, actors, times);

    DateRules.Dated dated = dateRules.dated(m, type, row.passive(), f, e, times, stamps, english); // its sentence only
    EventDate date = dated.date();
    modality = ModalityRules.coming(m, f, e, modality, date, a.meta().published());
    switch (type) {
      case SIEGE -> {
        String cued = firstCue(m, f - settings.phaseWindow(), e + 2, f, CueClass.PHASE_LIFTED, CueClass.PHASE_EASED,
            CueClass.PHASE_TIGHTENED, CueClass.PHASE_IMPOSED, CueClass.PHASE_CONTINUED);
        Object rowPhase = row.attrs().get("phase");
        String phase = "lifted".equals(rowPhase) || "eased".equals(rowPhase) ? (String) rowPhase
            : cued != null ? cued : rowPhase != null ? (String) rowPhase
            : date != null && date.since() ? "imposed" : "continued";
        PhraseMatcher.Match<Lexicons.Cue> not = Draft.endRank(phase) > 0 ? SiegeSides.negatedEnding(m, f) : null;
        if (not != null) {
          phase = "continued"; // "has not lifted the siege": the siege holds
          if (modality == Modality.DENIED && SiegeSides.deniedOnlyBy(m, f, not)) {
            modality = Modality.ASSERTED; // "لم يتم فك الحصار" asserts the siege, it denies no act
          }
        }
        attributes.put("phase", phase);
        if (Draft.endRank(phase) > 0 && date != null && date.since()) {
          // "ending a closure that had been in place since October 11": the since-time dates the ended
          // siege's start, not its end; the end takes the sentence's other time, or none
          List<At<EventDate>> points = times.stream().filter(x -> !x.value().since()).toList();
          dated = dateRules.dated(m, type, row.passive(), f, e, points, stamps, english);
          date = dated.date();
        }
        if (row.passive() && Draft.endRank(phase) == 0) {
          attributes.put(Draft.DESCRIBED, "yes");
        }
        if (SiegeSides.fighters(m, row, f, e, actors, english)) {
          attributes.put("besieged", "combatants");
        }
        if (Draft.endRank(phase) == 0 && !attributes.containsKey("scope") && scoped(m, CueClass.FULL, f, e)
            && !scoped(m, CueClass.PARTIAL, f, e)) {
          attributes.put("scope", "full"); // "fully encircled", "محاصرة بشكل كامل": airtight
        }
      }
      case MOVEMENT_RESTRICTION -> {
        if (!attributes.containsKey("scope")) {
          attributes.put("scope", scoped(m, CueClass.PARTIAL, f, e) && !scoped(m, CueClass.FULL, f, e) ? "partial" : "full");
        }
      }
      case NEGOTIATION -> {
        String outcome = firstCue(m, f - 3, f, f, CueClass.REFUSED, CueClass.FAILED, CueClass.AGREED);
        if (outcome != null) {
          attributes.put("outcome", outcome);
        }
      }
      default -> { }
    }
    readAttributes(m, type, f, e, attrs, attributes);
    Quantities.read(m, type, f, attributes);

    At<Place> place = placeRules.place(m, type, f, e, places, attributes, actors);
    Place p = place == null ? null : place.value();
    if (p != null) {
      // whether the sentence names the place, or it was taken from what came before ("البلدة")
      attributes.put("place_basis", place.first() < m.tokens.size() && m.sameSentence(place.first(), f) ? "sentence" : "context");
    }
    Lexicons.TypeRule rule = lex.types.get(type);
    Match<Lexicons.ActorEntry> a1;
    Match<Lexicons.ActorEntry> a2;
    Match<Lexicons.ActorEntry> object = row.noun() && rule.objectAfterNoun() ? ActorTargets.objectOf(m, e, actors, rule.actor2Kinds(),
        type == EventType.ATTACK) : null;
    // the place's holders and a passive's subject are the besieged, never the besieger (issue 12)
    Set<Match<Lexicons.ActorEntry>> besieged = type == EventType.SIEGE || type == EventType.MOVEMENT_RESTRICTION
        || type == EventType.SUPPLY_DENIAL ? actorRules.besiegedSide(m, f, e, actors, row.passive(), english) : Set.of();
    // (wt-en3) an English passive's subject and an active verb's object are acted on, not doers
    Set<Match<Lexicons.ActorEntry>> notDoer = english ? actorRules.notDoers(m, f, e, actors) : new HashSet<>();
    notDoer.addAll(besieged);
    if (type == EventType.SIEGE || type == EventType.MOVEMENT_RESTRICTION || type == EventType.SUPPLY_DENIAL) {
      // "حصار على قوات النظام", "برفقة القوات الأمنية": a side marked as the target or as escort never besieges
      ClauseDoers.markedIn(m, f, actors, notDoer);
    }
    notDoer.addAll(ClauseDoers.inCharge(m, f, actors));
    if (!english) {
      notDoer.addAll(ClauseDoers.undergoers(m, f, actors)); // "تعرضت قوات النظام لهجوم": what the act befell
    }
    if (type == EventType.CONTROL_CHANGE && row.reach() > e) {
      notDoer.addAll(ActorRules.expelled(actors, e, row.reach(), english)); // "طرد عناصر التنظيم", "drove out IS fighters"
    }
    if (type != EventType.CONTROL_CHANGE) {
      notDoer.addAll(actorRules.holders(m, f, actors)); // "سيطرة X على" names the taker of a control change
    }
    // "الغارات التركية": the act's own nationality names its doer
    // "a government siege", "the Israeli blockade": the siege noun's own modifier names its doer
    Match<Lexicons.ActorEntry> national = type == EventType.ATTACK && !english ? ActorRules.byAdjective(m, f, e, adjectives)
        : type == EventType.SIEGE && english ? ActorRules.byModifier(m, f, e, adjectives, actors) : null;
    if (object != null) {
      a2 = object; // "تهجير المعارضين": the genitive after a verbal noun is who undergoes it
      a1 = national != null ? national : actorRules.actor(m, rule.actor1Kinds(), f, e, actors, a2, english, notDoer, true);
    } else {
      a1 = national != null ? national : actorRules.actor(m, rule.actor1Kinds(), f, e, actors, null, english, notDoer, true);
      a2 = actorRules.actor(m, rule.actor2Kinds(), f, e, actors, a1, english);
    }
    if (a2 == null && type == EventType.SIEGE) {
      a2 = besieged.stream().filter(b -> a1 == null || !b.value().name().equals(a1.value().name()))
          .min(java.util.Comparator.comparingInt(b -> Math.abs(b.firstToken() - f))).orElse(null);
    }
    NormalizedText norm = a.text();
    String country = ActorRules.country(p, places, f);
    // "تعرضت البلدة لقصف جوي، في حين استهدفت الفصائل حاجزا": the act's own arm names its doer before
    // an actor of another clause
    // "استهدف الطيران الحربي مقرات لحركة أحرار الشام": before a target, too
    Actor armed = type == EventType.ATTACK && !english && national == null && a1 != null
        && (actorRules.remote(m, a1, f, e) || ActorTargets.objectMarked(m, a1))
        ? actorRules.impliedByArm(m, f, e, country, lex.countryActors, norm) : null;
    Actor actor1 = armed != null ? armed
        : a1 != null ? ActorRules.actor(a1, p, country, lex.countryActors, norm)
        : type == EventType.ATTACK ? actorRules.impliedByArm(m, f, e, country, lex.countryActors, norm)
        : rule.defaultActor1() == null ? null : new Actor(ActorRules.named(rule.defaultActor1(), p), "civilians", null);
    // "فرضت إسرائيل حصارا", "Russia bombed": a country as the act's subject, before an actor named after the act
    Actor state = type == EventType.HUMANITARIAN_CONDITION || type == EventType.DISPLACEMENT || type == EventType.PROTEST
        || armed != null || national != null || a1 != null && a1.firstToken() < f ? null : CountryDoers.of(m, norm, places, f);
    if (state != null) {
      actor1 = state;
    }
    Actor actor2 = a2 == null ? null : ActorRules.actor(a2, p, country, lex.countryActors, norm);
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
    boolean historical = m.cueIn(CueClass.HISTORICAL, m.sentenceStart[f], e + 3, f) != null
        || (date != null && !date.since() && before(date, a.meta().published(), settings.historicalDays()));
    // a topic stands only if a specific mention joins it
    boolean generic = eventiveness.topic(m, type, f, e, date != null,
        attributes.containsKey("fatalities") || attributes.containsKey("injuries"),
        p == null || !"sentence".equals(attributes.get("place_basis")) ? null : place.level()); // a place from before anchors no topic
    return new Draft(type, attributes, modality, historical, date, p, actor1, actor2, Attribution.source(m, norm, f),
        List.of(row.reach() > e ? norm.toRaw(m.tokens.get(f).start(), m.tokens.get(row.reach() - 1).end())
            : evidence(m, norm, f, e)), row.ruleId(), m.paragraph[f], generic, m.sentence[f], dated.said());
  }

  /** Whether a scope cue (FULL, PARTIAL: "بشكل كامل", "only") stands around the act's words [f, e). */
  private static boolean scoped(Mentions m, CueClass scope, int f, int e) {
    return m.cueIn(scope, f - 3, e + 4, f) != null;
  }

  /** The nearest cue among the classes, as the lower-case word after the class's '_' (e.g. "tightened"). */
  private static String firstCue(Mentions m, int from, int to, int anchor, CueClass... classes) {
    String best = null;
    int bestDist = Integer.MAX_VALUE;
    for (CueClass c : classes) {
      PhraseMatcher.Match<Lexicons.Cue> cue = m.cueIn(c, from, to, anchor);
      if (cue != null && Math.abs(cue.firstToken() - anchor) < bestDist) {
        bestDist = Math.abs(cue.firstToken() - anchor);
        best = c.name().substring(c.name().indexOf('_') + 1).toLowerCase(java.util.Locale.ROOT);
        if (c == CueClass.REFUSED || c == CueClass.FAILED || c == CueClass.AGREED) {
          best = c.name().toLowerCase(java.util.Locale.ROOT);
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

  /** True when the date lies wholly before the publication date by more than the background margin. */
  static boolean before(EventDate d, LocalDate published, int historicalDays) {
    if (d == null || d.range() == null || published == null) {
      return false;
    }
    return d.range().end().isBefore(published.minusDays(historicalDays));
  }

  /** The trigger and up to three following words of its clause, as a raw span (a frame cites itself). */
  private static Span evidence(Mentions m, NormalizedText norm, int f, int e) {
    int end = e;
    int stop = Math.min(m.sentenceEnd[f], e + 3);
    String text = norm.text();
    while (end < stop && !Mentions.hasClauseBreak(text, m.tokens.get(end - 1).end(), m.tokens.get(end).start())) {
      end++;
    }
    return norm.toRaw(m.tokens.get(f).start(), m.tokens.get(end - 1).end());
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
      Map<String, Object> attributes = new LinkedHashMap<>(d.attributes());
      attributes.keySet().removeIf(k -> k.startsWith("_")); // internal marks (Draft.DESCRIBED)
      out.add(new Event(id, d.type(), attributes, d.modality(), d.historical(), d.date(), d.place(), d.actor1(),
          d.actor2(), d.source(), d.evidence(), d.ruleId()));
    }
    return out;
  }
}
