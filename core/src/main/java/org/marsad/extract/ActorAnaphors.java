package org.marsad.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.marsad.lexicon.PhraseMatcher.Match;

/**
 * English words that refer back to a group the report named before ("the group", "the jihadists",
 * "the militants"): each becomes a mention of the last armed group named, so that a later act told
 * with the anaphor keeps its doer ("The Islamic State group stormed the town. The group also
 * shelled ..."). The words are data (cues-en: ACTOR_ANAPHOR); only non-state armed groups are
 * referred to, as "the group" never names an army.
 */
final class ActorAnaphors {
  /** Kinds a group anaphor can refer to. */
  private static final Set<String> GROUP_KINDS = Set.of("jihadist group", "rebel groups", "militia");

  private ActorAnaphors() {}

  /**
   * The actors with one mention added per anaphor that lies outside every name and has a group
   * named at most {@code reach} words before it; in word order.
   */
  static List<Match<Lexicons.ActorEntry>> resolve(Mentions m, List<Match<Lexicons.ActorEntry>> actors, int reach) {
    List<Match<Lexicons.Cue>> anaphors = m.cues(CueClass.ACTOR_ANAPHOR);
    if (anaphors.isEmpty()) {
      return actors;
    }
    List<Match<Lexicons.ActorEntry>> out = new ArrayList<>(actors);
    for (Match<Lexicons.Cue> an : anaphors) {
      Match<Lexicons.ActorEntry> antecedent = null;
      boolean inside = false;
      for (Match<Lexicons.ActorEntry> ac : actors) {
        if (ac.firstToken() < an.endToken() && ac.endToken() > an.firstToken()) {
          inside = true; // "the Islamic State group": a name, not an anaphor
          break;
        }
        if (ac.endToken() <= an.firstToken() && an.firstToken() - ac.endToken() <= reach
            && GROUP_KINDS.contains(ac.value().kind())) {
          antecedent = ac;
        }
      }
      if (!inside && antecedent != null) {
        out.add(new Match<>(an.firstToken(), an.endToken(), an.start(), an.end(), antecedent.value()));
      }
    }
    out.sort(Comparator.comparingInt((Match<Lexicons.ActorEntry> x) -> x.firstToken()).thenComparingInt(x -> -x.endToken()));
    return out;
  }
}
