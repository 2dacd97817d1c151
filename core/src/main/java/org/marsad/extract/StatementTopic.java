package org.marsad.extract;

import java.util.List;
import org.marsad.lexicon.PhraseMatcher.Match;
import org.marsad.model.EventDate;
import org.marsad.model.EventType;

/**
 * Whether a trigger is only the topic of a statement or an inquiry: "condemned the attack",
 * "opened an investigation into the killing", "welcomed
 * the truce". The sentence reports the judgement (PLOVER's DISAPPROVE, INVESTIGATE, SUPPORT), which
 * the codebook does not model; the act it names is an event only where the clause anchors it
 * (CODEBOOK.md and issue 9, "Eventiveness"): a time or a toll between the judgement and the act's
 * words ("condemned Monday's shelling", "the strike that killed 12") keeps it.
 * The judgement verbs are data (cues: class TOPIC_OF).
 */
final class StatementTopic {
  private final ExtractSettings s;

  StatementTopic(ExtractSettings s) {
    this.s = s;
  }

  boolean topic(Mentions m, Match<Lexicons.Trigger> t, List<At<EventDate>> times) {
    EventType type = t.value().type();
    if (type == EventType.THREAT || type == EventType.DEMAND) {
      return false; // "condemned the threat" aside, a demand or threat is itself a statement the codebook models
    }
    int f = t.firstToken();
    Match<Lexicons.Cue> judged = m.cueIn(CueClass.TOPIC_OF, f - s.statementTopicWindow(), f, f);
    if (judged == null || m.barrierBetween(judged.firstToken(), f)) {
      return false;
    }
    int anchorEnd = Math.min(m.sentenceEnd[f], t.endToken() + s.statementAnchorAfter());
    for (At<EventDate> d : times) {
      if (d.first() >= judged.endToken() && d.first() < anchorEnd) {
        return false;
      }
    }
    return m.cueIn(CueClass.KILLED, judged.endToken(), anchorEnd, f) == null
        && m.cueIn(CueClass.INJURED, judged.endToken(), anchorEnd, f) == null;
  }
}
