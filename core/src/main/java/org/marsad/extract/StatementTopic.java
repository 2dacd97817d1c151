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
  // "condemned what it called a cowardly and senseless attack": the act stands a few words after the judgement
  static final int WINDOW = 7;
  // a time or a toll right after the act's words anchors it ("the raid on Monday", "killing 12")
  static final int ANCHOR_AFTER = 4;

  private StatementTopic() {}

  static boolean topic(Mentions m, Match<Lexicons.Trigger> t, List<At<EventDate>> times) {
    EventType type = t.value().type();
    if (type == EventType.THREAT || type == EventType.DEMAND) {
      return false; // "condemned the threat" aside, a demand or threat is itself a statement the codebook models
    }
    int f = t.firstToken();
    Match<Lexicons.Cue> judged = m.cueIn("TOPIC_OF", f - WINDOW, f, f);
    if (judged == null || m.barrierBetween(judged.firstToken(), f)) {
      return false;
    }
    int anchorEnd = Math.min(m.sentenceEnd[f], t.endToken() + ANCHOR_AFTER);
    for (At<EventDate> d : times) {
      if (d.first() >= judged.endToken() && d.first() < anchorEnd) {
        return false;
      }
    }
    return m.cueIn("KILLED", judged.endToken(), anchorEnd, f) == null
        && m.cueIn("INJURED", judged.endToken(), anchorEnd, f) == null;
  }
}
