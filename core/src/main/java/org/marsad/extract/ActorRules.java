package org.marsad.extract;

import java.util.List;
import java.util.Set;
import org.marsad.clean.NormalizedText;
import org.marsad.lexicon.PhraseMatcher.Match;
import org.marsad.lexicon.PhraseMatcher;
import org.marsad.model.Actor;
import org.marsad.model.Place;

/** Who acts and who is acted on: the attachment rules for actor1 and actor2, in word distances. */
final class ActorRules {
  private final ExtractSettings s;

  ActorRules(ExtractSettings s) {
    this.s = s;
  }

  Match<Lexicons.ActorEntry> actor(Mentions m, Set<String> kinds, int f, int e,
      List<Match<Lexicons.ActorEntry>> actors, Match<Lexicons.ActorEntry> not, boolean english) {
    if (kinds.isEmpty()) {
      return null;
    }
    Match<Lexicons.ActorEntry> best = null;
    int bestScore = Integer.MAX_VALUE;
    int end = m.sentenceEnd[f];
    for (int i = At.firstAt(actors, Match::firstToken, m.sentenceStart[f]); i < actors.size() && actors.get(i).firstToken() < end; i++) {
      Match<Lexicons.ActorEntry> ac = actors.get(i);
      if (ac == not || !kinds.contains(ac.value().kind()) || !m.sameSentence(ac.firstToken(), f)
          || (not != null && ac.value().name().equals(not.value().name()))
          || (ac.firstToken() < e && ac.endToken() > f)) {
        continue;
      }
      int score;
      boolean agent = m.cueIn(CueClass.AGENT, ac.firstToken() - 2, ac.firstToken(), ac.firstToken()) != null && ac.firstToken() >= e;
      if (agent && not == null) {
        score = 0; // "by X" names who acted
      } else if (ac.firstToken() >= e) {
        int d = ac.firstToken() - e;
        score = !english && d <= s.vsoSubjectWindow() ? 1 + d : 30 + d;
      } else {
        score = (english ? 1 : 10) + Math.min(f - ac.endToken(), s.far());
        if (!english && ac.firstToken() - m.sentenceStart[f] <= s.topicWindow() && firstActorOfSentence(m, ac, actors)) {
          score -= s.topicBonus(); // the sentence's subject carries through its coordinated verbs
        }
      }
      if (m.barrierBetween(ac.firstToken(), f)) {
        score += s.barrierPenalty();
      }
      if (not == null && !agent && objectMarked(m, ac)) {
        score += s.objectPenalty(); // "لمليشيات الحوثي", "ضد قوات النظام": the target, not the doer
      }
      if (score < bestScore) {
        best = ac;
        bestScore = score;
      }
    }
    return best;
  }

  static boolean firstActorOfSentence(Mentions m, Match<Lexicons.ActorEntry> ac, List<Match<Lexicons.ActorEntry>> actors) {
    for (Match<Lexicons.ActorEntry> o : actors) {
      if (o.firstToken() >= m.sentenceStart[ac.firstToken()] && o.firstToken() < ac.firstToken()) {
        return false;
      }
    }
    return true;
  }

  /** Whether a preposition (a separate word, or a ل/ب proclitic on the name) marks the actor as a target. */
  static boolean objectMarked(Mentions m, Match<Lexicons.ActorEntry> ac) {
    PhraseMatcher.Match<Lexicons.Cue> mark = m.cueIn(CueClass.OBJECT_MARK, ac.firstToken() - 2, ac.firstToken(), ac.firstToken());
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

  static Match<Lexicons.ActorEntry> objectOf(int e, List<Match<Lexicons.ActorEntry>> actors, Set<String> kinds) {
    for (Match<Lexicons.ActorEntry> ac : actors) {
      if (ac.firstToken() == e && kinds.contains(ac.value().kind())) {
        return ac;
      }
    }
    return null;
  }

  static Actor actor(Match<Lexicons.ActorEntry> a, Place p, NormalizedText norm) {
    return new Actor(named(a.value().name(), p), a.value().kind(), norm.toRaw(a.start(), a.end()));
  }

  static String named(String name, Place p) {
    if (!name.contains("{place}")) {
      return name;
    }
    return p == null ? name.replace(" of {place}", "").replace("{place}", "") : name.replace("{place}", p.name());
  }
}
