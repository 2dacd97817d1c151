package org.marsad.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.clean.NormalizedText;
import org.marsad.lexicon.PhraseMatcher.Match;
import org.marsad.lexicon.PhraseMatcher;
import org.marsad.model.Actor;
import org.marsad.model.Place;

/** Who acts and who is acted on: the attachment rules for actor1 and actor2, in word distances. */
final class ActorRules {
  /** The placeholder actors-country.tsv resolves for a doer implied by an air arm. */
  static final String AIR_FORCE = "{air force}";
  /** Longer than any actor name in actors.tsv, in words: how far back a name holding another can start. */
  private static final int MAX_NAME_WORDS = 12;
  private final ExtractSettings s;

  ActorRules(ExtractSettings s) {
    this.s = s;
  }

  Match<Lexicons.ActorEntry> actor(Mentions m, Set<String> kinds, int f, int e,
      List<Match<Lexicons.ActorEntry>> actors, Match<Lexicons.ActorEntry> not, boolean english) {
    return actor(m, kinds, f, e, actors, not, english, Set.of(), false);
  }

  /**
   * As above, never choosing an actor of {@code excluded} (see {@link #besiegedSide}); for the act's doer
   * ({@code doer}), never one the act is aimed at ({@link #aimedAt}).
   */
  Match<Lexicons.ActorEntry> actor(Mentions m, Set<String> kinds, int f, int e,
      List<Match<Lexicons.ActorEntry>> actors, Match<Lexicons.ActorEntry> not, boolean english,
      Set<Match<Lexicons.ActorEntry>> excluded, boolean doer) {
    if (kinds.isEmpty()) {
      return null;
    }
    Match<Lexicons.ActorEntry> able = english ? null : ClauseDoers.ableSubject(m, kinds, f, actors, excluded, not);
    if (able != null) {
      return able;
    }
    Match<Lexicons.ActorEntry> best = null;
    int bestScore = Integer.MAX_VALUE;
    int end = m.sentenceEnd[f];
    for (int i = At.firstAt(actors, Match::firstToken, m.sentenceStart[f]); i < actors.size() && actors.get(i).firstToken() < end; i++) {
      Match<Lexicons.ActorEntry> ac = actors.get(i);
      if (ac == not || excluded.contains(ac) || !kinds.contains(ac.value().kind()) || !m.sameSentence(ac.firstToken(), f)
          || (not != null && ac.value().name().equals(not.value().name()))
          || (ac.firstToken() < e && ac.endToken() > f) || inner(actors, i)
          || !english && ClauseDoers.inSpeakersTitle(m, ac, f)
          || english && ac.firstToken() >= e && actBetween(m, e, ac.firstToken())) {
        continue;
      }
      int score;
      boolean agent = m.cueIn(CueClass.AGENT, ac.firstToken() - 2, ac.firstToken(), ac.firstToken()) != null && ac.firstToken() >= e
          && (!english || ownAgent(m, e, ac.firstToken()));
      if (agent && not == null) {
        score = 0; // "by X" names who acted
      } else if (ac.firstToken() >= e) {
        int d = ac.firstToken() - e;
        score = !english && d <= s.vsoSubjectWindow() ? 1 + d : 30 + d;
      } else {
        score = (english ? 1 : 10) + Math.min(f - ac.endToken(), s.far());
        if (english && prepositional(m, ac.firstToken())) {
          score += s.objectPenalty(); // "a group associated with the PKK concentrated": inside a phrase, not the subject
        }
        if (!english && ac.firstToken() - m.sentenceStart[f] <= s.topicWindow() && firstActorOfSentence(m, ac, actors)) {
          score -= s.topicBonus(); // the sentence's subject carries through its coordinated verbs
        }
      }
      if (m.barrierBetween(ac.firstToken(), f)) {
        score += s.barrierPenalty();
      }
      if (doer && !agent && ActorTargets.marked(m, actors, i)
          && !(!english && ac.endToken() <= f && ActorTargets.membersSubject(m, ac))) {
        if (ac.firstToken() >= e && ActorTargets.aimedAt(m, ac.firstToken())) {
          continue; // "هجوم على عناصر حزب الله", "an attack on government forces": whom it was aimed at, never its doer
        }
        score += s.objectPenalty(); // "لمليشيات الحوثي", "ضد قوات النظام": the target, not the doer
      }
      if (score < bestScore) {
        best = ac;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * Whether another act's words start between an English act's words and an actor after them: "gunmen attacked
   * Hezbollah fighters" names whom the attack struck, not the gunmen's side; the actor is that act's argument.
   */
  private static boolean actBetween(Mentions m, int e, int a) {
    int next = m.actStarts.nextSetBit(e);
    return next >= 0 && next < a;
  }

  /**
   * Whether an English "by X" after an act's words ending at {@code e} names that act's doer: close
   * after it, with no other act's words between ("its attack answered an offensive by the army", "a
   * bridge used by the jihadists" far on are another's agents).
   */
  private boolean ownAgent(Mentions m, int e, int a) {
    int next = m.actStarts.nextSetBit(e);
    return a - e <= s.agentAfter() && (next < 0 || next >= a);
  }

  /**
   * Whether actor {@code i} lies inside a longer name found before it ("داعش" in "تنظيم داعش"): the
   * longer one is the mention, and what marks it (a target noun before it) marks the inner one too.
   */
  static boolean inner(List<Match<Lexicons.ActorEntry>> actors, int i) {
    Match<Lexicons.ActorEntry> ac = actors.get(i);
    for (int j = i - 1; j >= 0 && actors.get(j).firstToken() >= ac.firstToken() - MAX_NAME_WORDS; j--) {
      Match<Lexicons.ActorEntry> o = actors.get(j);
      if (o.firstToken() < ac.firstToken() && o.endToken() >= ac.endToken()) {
        return true;
      }
    }
    return false;
  }

  static boolean firstActorOfSentence(Mentions m, Match<Lexicons.ActorEntry> ac, List<Match<Lexicons.ActorEntry>> actors) {
    for (Match<Lexicons.ActorEntry> o : actors) {
      if (o.firstToken() >= m.sentenceStart[ac.firstToken()] && o.firstToken() < ac.firstToken()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Actors of the sentence that the text marks as the besieged side of a siege, closure or supply
   * cut at word {@code f}, so never its doer: the holders named in a clause about the place
   * ("التي تسيطر عليها X", "الخاضعة لسيطرة X", "held by X", "defended by X"); the subject of a
   * passive participle ("مقاتلو المعارضة المحاصرون", "X, besieged by", "X have been encircled",
   * "X are under siege"); the noun an English "besieged" qualifies ("besieged opposition fighters").
   * An agent ("من قبل X", "by X") is never among them.
   */
  Set<Match<Lexicons.ActorEntry>> besiegedSide(Mentions m, int f, int e, List<Match<Lexicons.ActorEntry>> actors,
      boolean passiveParticiple, boolean english) {
    Set<Match<Lexicons.ActorEntry>> out = new HashSet<>();
    boolean passive;
    boolean adjacentOnly = false;
    if (english) {
      // "X have been encircled", "X are under siege", "X, besieged by Y"; not "X were besieging", "X besieged Y"
      String w = m.tokens.get(f).text().toLowerCase(java.util.Locale.ROOT);
      passiveParticiple = w.endsWith("ed");
      passive = m.cueIn(CueClass.PASSIVE_AUX, f - 2, f, f) != null && (passiveParticiple || w.equals("siege"))
          || passiveParticiple && m.cueIn(CueClass.AGENT, e, e + 1, f) != null;
    } else {
      // "البلدة المحاصرة" qualifies the word before it; "X في Y محاصرون" says it of X
      passive = passiveParticiple && !objectFollows(m, f, e);
      adjacentOnly = unclitic(m.tokens.get(f).text()).startsWith("ال");
    }
    List<Match<Lexicons.ActorEntry>> subjects = new ArrayList<>();
    for (Match<Lexicons.ActorEntry> ac : actors) {
      int a = ac.firstToken();
      if (!m.sameSentence(a, f) || (a < e && ac.endToken() > f)) {
        continue;
      }
      if (holds(m, ac)) {
        out.add(ac);
      } else if (passive && ac.endToken() <= f && f - ac.endToken() <= (adjacentOnly ? 1 : s.passiveSubjectWindow())
          && !m.barrierBetween(ac.endToken(), f) && m.cueIn(CueClass.AGENT, a - 2, a, a) == null) {
        subjects.add(ac);
      } else if (english && passiveParticiple && a == e) {
        out.add(ac); // "besieged opposition fighters", "besieged rebels"
      }
    }
    // the nearest before the participle, with the names it overlaps ("مقاتلو المعارضة", "المعارضة")
    int nearest = subjects.stream().mapToInt(Match::endToken).max().orElse(-1);
    subjects.stream().filter(ac -> ac.endToken() == nearest).forEach(out::add);
    return out;
  }

  /** Whether a clause about a place names the actor as its holder: "الخاضعة لسيطرة X", "held by X". */
  static boolean holds(Mentions m, Match<Lexicons.ActorEntry> ac) {
    int a = ac.firstToken();
    PhraseMatcher.Match<Lexicons.Cue> holder = m.cueIn(CueClass.HOLDER, a - 4, a, a);
    return holder != null && holder.endToken() >= a - 1;
  }

  /**
   * The holders of the sentence's places: "البلدة الخاضعة لسيطرة X تعرضت للقصف", "shelled the town held by
   * X". A holder is the place's owner, the target of an act on it, never its doer.
   */
  Set<Match<Lexicons.ActorEntry>> holders(Mentions m, int f, List<Match<Lexicons.ActorEntry>> actors) {
    Set<Match<Lexicons.ActorEntry>> out = new HashSet<>();
    for (Match<Lexicons.ActorEntry> ac : actors) {
      int a = ac.firstToken();
      // "خضعت البلدة لسيطرة X": a place that came under X's control names X as the taker, who may act on
      if (m.sameSentence(a, f) && holds(m, ac) && m.cueIn(CueClass.CHANGE, a - 4 - s.changeWindow(), a, a) == null) {
        out.add(ac);
      }
    }
    // "held by the Islamic State group [IS]": the short name bracketed right after a holder is the holder
    Set<Integer> holderEnds = new HashSet<>();
    out.forEach(h -> holderEnds.add(h.endToken()));
    for (Match<Lexicons.ActorEntry> ac : actors) {
      if (holderEnds.contains(ac.firstToken()) && bracketed(m, ac)) {
        out.add(ac);
      }
    }
    return out;
  }

  /** Whether the actor's name is written in brackets or parentheses right after the word before it. */
  private static boolean bracketed(Mentions m, Match<Lexicons.ActorEntry> ac) {
    int start = m.tokens.get(ac.firstToken()).start();
    int prevEnd = ac.firstToken() > 0 ? m.tokens.get(ac.firstToken() - 1).end() : 0;
    String between = m.norm.substring(prevEnd, start).strip();
    return between.equals("[") || between.equals("(");
  }

  /**
   * The fighters an expulsion frame (trigger words [f, e), arguments up to {@code reach}) names are expelled,
   * never its doers. English puts the doer before the verb, so every actor inside the frame is expelled;
   * Arabic may put it right after the verb ("طردت الفصائل عناصر التنظيم"), so only the one at the fighters' word is.
   */
  static List<Match<Lexicons.ActorEntry>> expelled(List<Match<Lexicons.ActorEntry>> actors, int e, int reach, boolean english) {
    return actors.stream().filter(ac -> english ? ac.firstToken() >= e && ac.firstToken() < reach
        : ac.firstToken() >= reach - 2 && ac.firstToken() <= reach).toList();
  }

  /** Irregular English participles of acts (the rest end in "-ed" or "-en"). */
  private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("shot", "hit", "struck", "held", "caught", "hurt", "cut", "fought", "led");
  /** Words before which an actor after an English verb is still a doer: "fighting between the army and rebels". */
  private static final Set<String> PAIR_WORDS = Set.of("between", "among", "amongst");
  static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being");
  private static final Set<String> ADVERBS = Set.of("almost", "nearly", "now", "already", "still", "also", "all", "since");

  /** "has been almost entirely surrounded", "was reportedly shelled": a form of "be" before up to two adverbs. */
  private static boolean beAcrossAdverbs(Mentions m, List<Match<Lexicons.ActorEntry>> actors, int f) {
    int j = f - 1;
    for (int k = 0; k < 2 && j > m.sentenceStart[f] && !actorAt(actors, j); k++, j--) {
      String w = m.tokens.get(j).text().toLowerCase(java.util.Locale.ROOT);
      if (!w.endsWith("ly") && !ADVERBS.contains(w)) {
        return false;
      }
      if (BE.contains(m.tokens.get(j - 1).text().toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Actors an English clause marks as not doing the act at {@code f}: after a passive verb ("were
   * killed", "has been driven out"), its subject, the nearest actor before it in the clause, and
   * every actor after it but the "by" agent; after an active verb ("has been encircling IS",
   * "attacked the SDF"), its object. A noun's actor after it ("an offensive by government forces",
   * "clashes between X and Y") is left to the scores. Before its noun ("the besieged town") a
   * participle has no doer in the clause but a "by" agent.
   */
  Set<Match<Lexicons.ActorEntry>> notDoers(Mentions m, int f, int e, List<Match<Lexicons.ActorEntry>> actors) {
    String w = m.tokens.get(f).text().toLowerCase(java.util.Locale.ROOT);
    String before = f > m.sentenceStart[f] && !actorAt(actors, f - 1) ? m.tokens.get(f - 1).text() : "";
    String before2 = f - 1 > m.sentenceStart[f] && !actorAt(actors, f - 2) ? m.tokens.get(f - 2).text() : "";
    boolean participle = w.endsWith("ed") || w.endsWith("en") || IRREGULAR_PARTICIPLES.contains(w);
    boolean passive = participle && (BE.contains(before) || beAcrossAdverbs(m, actors, f));
    // "17 strikes targeted the jihadists": an act's noun with its past verb right after it is the subject
    boolean nounThenVerb = e < m.tokens.size() && m.sameSentence(e, f) && m.tokens.get(e).text().endsWith("ed")
        && !Mentions.hasClauseBreak(m.norm, m.tokens.get(e - 1).end(), m.tokens.get(e).start());
    boolean active = !passive && (w.endsWith("ed") && !isDeterminer(before) || w.endsWith("ing") && BE.contains(before)
        || nounThenVerb && !participle);
    Set<Match<Lexicons.ActorEntry>> out = ActorTargets.victims(m, f, actors);
    if (participle && !passive && (isDeterminer(before.toLowerCase(java.util.Locale.ROOT))
        || isDeterminer(before2.toLowerCase(java.util.Locale.ROOT)) && !before.isEmpty() && !BE.contains(before))) {
      // "the army shelled the besieged town": a participle before its noun describes a state; the
      // clause's subject did the other verb, so only a "by" agent after it names the doer
      for (Match<Lexicons.ActorEntry> ac : actors) {
        if (m.sameSentence(ac.firstToken(), f) && m.cueIn(CueClass.AGENT, ac.firstToken() - 2, ac.firstToken(), ac.firstToken()) == null) {
          out.add(ac);
        }
      }
      return out;
    }
    if (!passive && !active) {
      return out;
    }
    Match<Lexicons.ActorEntry> subject = null;
    for (Match<Lexicons.ActorEntry> ac : actors) {
      int a = ac.firstToken();
      if (!m.sameSentence(a, f) || (a < e && ac.endToken() > f)) {
        continue;
      }
      boolean agent = m.cueIn(CueClass.AGENT, a - 2, a, a) != null;
      if (a >= e && !agent && !m.barrierBetween(e, a) && !Mentions.hasClauseBreak(m.norm, m.tokens.get(e - 1).end(), m.tokens.get(a).start())
          && (passive || !PAIR_WORDS.contains(m.tokens.get(a - 1).text().toLowerCase(java.util.Locale.ROOT)))) {
        out.add(ac); // the object of an active verb; after a passive, anyone but its agent
      } else if (passive && ac.endToken() <= f && !agent && !m.barrierBetween(ac.endToken(), f)
          && (subject == null || ac.endToken() >= subject.endToken())) {
        subject = ac;
      }
    }
    if (subject != null) {
      int end = subject.endToken();
      for (Match<Lexicons.ActorEntry> ac : actors) {
        if (ac.endToken() == end) {
          out.add(ac); // the passive's subject, with the names it holds ("forces of the regime")
        }
      }
    }
    return out;
  }

  /** English prepositions: an actor right after one (a determiner between) is inside a phrase, not a subject. */
  static final Set<String> PREPOSITIONS = Set.of("of", "with", "to", "from", "by", "for", "near", "against", "on", "at",
      "into", "in", "between", "among", "toward", "towards", "than", "like");

  private static boolean prepositional(Mentions m, int a) {
    int i = a - 1;
    if (i >= m.sentenceStart[a] && isDeterminer(m.tokens.get(i).text())) {
      i--;
    }
    return i >= m.sentenceStart[a] && PREPOSITIONS.contains(m.tokens.get(i).text());
  }

  /** Whether an actor's name starts at word {@code i}: "IS managed" is the group, not a be-verb. */
  private static boolean actorAt(List<Match<Lexicons.ActorEntry>> actors, int i) {
    for (Match<Lexicons.ActorEntry> ac : actors) {
      if (ac.firstToken() == i) {
        return true;
      }
    }
    return false;
  }

  static boolean isDeterminer(String w) {
    return w.equals("the") || w.equals("a") || w.equals("an") || w.equals("its") || w.equals("their");
  }

  /**
   * Whether an Arabic participle or verbal noun ending at {@code e} takes an object, so besieges
   * rather than is besieged: "المحاصرة لمدينة داريا", "تواصل محاصرة بلدة مضايا". Said of the
   * besieged, the indefinite participle is followed by a preposition or nothing ("محاصرة في",
   * "محاصرون من قبل", "محاصرة منذ"), the definite one by anything but a ل object.
   */
  private static boolean objectFollows(Mentions m, int f, int e) {
    if (e >= m.tokens.size() || !m.sameSentence(e, f)) {
      return false;
    }
    String next = m.tokens.get(e).text();
    if (next.length() > 2 && next.startsWith("ل") && !next.equals("لكن")) {
      return true; // "للبلدة", "لمدينة"
    }
    boolean definite = unclitic(m.tokens.get(e - 1).text()).startsWith("ال");
    PhraseMatcher.Match<Lexicons.Cue> follow = m.cueIn(CueClass.PASSIVE_FOLLOW, e, e + 3, f);
    return !definite && (follow == null || follow.firstToken() != e);
  }

  private static String unclitic(String w) {
    return w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف') ? w.substring(1) : w;
  }

  static Actor actor(Match<Lexicons.ActorEntry> a, Place p, String country, CountryActors byCountry, NormalizedText norm) {
    String name = byCountry.resolve(a.value().name(), country);
    if (CountryActors.NONE.equals(name)) {
      return null; // a generic noun that names nobody in this country ("قوات الاحتلال" outside Palestine)
    }
    return new Actor(named(name, p), byCountry.kind(name, a.value().kind()), norm.toRaw(a.start(), a.end()));
  }

  /**
   * The country an act happens in, for actors named by a generic noun: its place's, unless the
   * report names places of another country more than twice as often (a town name shared with
   * another country must not move the act there); without a place, the country the report names
   * most, ties going to the nearest before the act; null when the report names none.
   */
  static String country(Place p, List<At<Place>> places, int f) {
    Map<String, Integer> count = new HashMap<>();
    String nearest = null;
    for (At<Place> at : places) {
      if (at.value() == null || at.value().country() == null || at.value().country().isEmpty()) {
        continue;
      }
      count.merge(at.value().country(), 1, Integer::sum);
      if (at.first() < f || nearest == null) {
        nearest = at.value().country();
      }
    }
    // the report's country: a town name shared with another country must not move the act there
    String most = nearest;
    for (Map.Entry<String, Integer> c : count.entrySet()) {
      if (c.getValue() > count.get(most)) {
        most = c.getKey();
      }
    }
    String own = p == null || p.country() == null || p.country().isEmpty() ? null : p.country();
    // the act's own place decides unless its country is a lone mention (a town name shared with
    // another country: "الخالدية" in a report on Anbar) while the report is set elsewhere
    return own != null && (most == null || 2 * count.getOrDefault(own, 0) >= count.get(most)) ? own : most != null ? most : own;
  }

  /**
   * The nationality an act's own words give it ("الغارات التركية", "غارة جوية أميركية", "طائرة حربية
   * سورية"): an adjective right after the trigger, or after an air word that follows it.
   */
  static Match<Lexicons.ActorEntry> byAdjective(Mentions m, int f, int e, List<Match<Lexicons.ActorEntry>> adjectives) {
    for (int i = At.firstAt(adjectives, Match::firstToken, e); i < adjectives.size() && adjectives.get(i).firstToken() <= e + 1; i++) {
      Match<Lexicons.ActorEntry> adj = adjectives.get(i);
      if (!m.sameSentence(adj.firstToken(), f)) {
        continue;
      }
      if (adj.firstToken() == e) {
        return adj;
      }
      PhraseMatcher.Match<Lexicons.Cue> air = m.cueIn(CueClass.AIR_ARM, e, e + 1, f);
      if (air != null && air.firstToken() == e && air.endToken() == e + 1) {
        return adj;
      }
    }
    return null;
  }

  /** Words that stand between a force and a siege noun without qualifying the noun ("rebels under siege"). */
  private static final Set<String> NOT_MODIFIERS = Set.of("under", "and", "or", "after", "before", "since", "during");

  /**
   * English: the word a siege noun is named by names the besieger ("a government siege", "the Israeli
   * blockade", "an IS siege", "a suffocating army siege"): a force adjective (actors-adjective.tsv) or an
   * armed actor ending right before the noun, or one word (its adjective) before it. Only a one-word
   * trigger is a noun that such a modifier can qualify; civilians never besiege.
   */
  static Match<Lexicons.ActorEntry> byModifier(Mentions m, int f, int e, List<Match<Lexicons.ActorEntry>> adjectives,
      List<Match<Lexicons.ActorEntry>> actors) {
    if (e - f != 1) {
      return null;
    }
    String between = f > 0 ? m.tokens.get(f - 1).text().toLowerCase(java.util.Locale.ROOT) : "";
    // the one word allowed between is an adjective: no determiner, preposition ("rebels under siege"), verb or "and"
    boolean adjectiveBetween = !isDeterminer(between) && !PREPOSITIONS.contains(between) && !BE.contains(between)
        && !NOT_MODIFIERS.contains(between);
    for (List<Match<Lexicons.ActorEntry>> list : List.of(adjectives, actors)) {
      for (int i = At.firstAt(list, Match::firstToken, f - 4); i < list.size() && list.get(i).firstToken() < f; i++) {
        Match<Lexicons.ActorEntry> a = list.get(i);
        int gap = f - a.endToken();
        if (m.sameSentence(a.firstToken(), f) && !a.value().kind().equals("civilians")
            && (gap == 0 || gap == 1 && list == adjectives && adjectiveBetween)
            && !Mentions.hasClauseBreak(m.norm, m.tokens.get(a.endToken() - 1).end(), m.tokens.get(f).start())) {
          return a;
        }
      }
    }
    return null;
  }

  /**
   * The doer an act's arm implies when the report names none: "قصف الطيران المروحي", "غارات
   * بالبراميل المتفجرة", "barrel bombs" are flown or dropped only by the side that holds the air in
   * that country ("{air force}" in actors-country.tsv); null where no side can be implied.
   */
  Actor impliedByArm(Mentions m, int f, int e, String country, CountryActors byCountry, NormalizedText norm) {
    PhraseMatcher.Match<Lexicons.Cue> arm = m.cueIn(CueClass.AIR_ARM, f - s.armWindow(), e + s.armWindow(), f);
    if (arm == null) {
      return null;
    }
    String name = byCountry.resolve(AIR_FORCE, country);
    if (name == null || name.equals(CountryActors.NONE)) {
      return null;
    }
    return new Actor(name, byCountry.kind(name, "state forces"), norm.toRaw(arm.start(), arm.end()));
  }

  /**
   * Whether an Arabic actor chosen for the act at [f, e) stands in another clause: behind a clause
   * barrier, or after the act beyond the subject's place and not its agent ("قصف الطيران المروحي
   * للبلدة، بينما استهدفت الفصائل حاجزا"). The act's own arm then names its doer more surely.
   */
  boolean remote(Mentions m, Match<Lexicons.ActorEntry> ac, int f, int e) {
    int a = ac.firstToken();
    if (a >= e && (m.cueIn(CueClass.AGENT, a - 2, a, a) != null || m.cueIn(CueClass.BELONGING, a - 1, a, a) != null)) {
      return false; // "من قبل X", and "تابعة لـX": the arm's owner
    }
    return m.barrierBetween(Math.min(a, f), Math.max(a, f)) || a - e > s.vsoSubjectWindow();
  }

  static String named(String name, Place p) {
    if (!name.contains("{place}")) {
      return name;
    }
    return p == null ? name.replace(" of {place}", "").replace("{place}", "") : name.replace("{place}", p.name());
  }
}
