package org.marsad.extract;

import java.util.List;
import org.marsad.lexicon.PhraseMatcher.Match;
import org.marsad.model.EventDate;
import org.marsad.model.EventType;

/**
 * Whether a trigger is only the topic of a statement, an inquiry, a time reference or a delivery of
 * aid: "condemned the attack", "opened an investigation into the killing", "welcomed the truce",
 * "halted flights after the bombing", "sent food to families displaced by the fighting". The sentence
 * reports the judgement, the sanction or the aid (PLOVER's DISAPPROVE, INVESTIGATE, SUPPORT, SANCTION,
 * AID), which the codebook does not model; the act it names is an event only where the clause
 * dates it (CODEBOOK.md and issue 9, "Eventiveness"): a time between the cue and a few words after the
 * act ("condemned Monday's shelling", "over the raid on Tuesday") keeps it. A toll does not: "condemned
 * the bombing, which killed 30" names the act by what it did; the report tells it elsewhere if at all.
 * The cue words are data (cues-en: TOPIC_OF, ACT_REFERENCE, AID_TO).
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
    if (type == EventType.PROTEST && quotative(m, t)) {
      return true;
    }
    Match<Lexicons.Cue> judged = m.cueIn(CueClass.TOPIC_OF, f - s.statementTopicWindow(), f, f);
    if (judged != null && !m.barrierBetween(judged.firstToken(), f)) {
      return !anchored(m, t, judged.endToken(), times);
    }
    // "after the bombing", "in retaliation for the raid": an act named right after the phrase is when
    // or why something else happened, told as a happening only with its own time
    Match<Lexicons.Cue> after = m.cueIn(CueClass.ACT_REFERENCE, f - 4, f, f);
    if (after != null && after.endToken() == f) {
      Match<Lexicons.Cue> span = m.cueIn(CueClass.TIME_SPAN, after.firstToken() - 3, after.firstToken(), f);
      if (span != null && span.endToken() == after.firstToken()) {
        return false; // "a week after its recapture": the act referred to is told, a span before the sentence's time
      }
      return !anchored(m, t, after.endToken(), times);
    }
    // "delivered aid to families displaced by the fighting": the act says who receives the aid; a
    // besieged or starving community is the codebook's own news and stays
    if (type == EventType.ATTACK || type == EventType.DISPLACEMENT || type == EventType.ARREST
        || type == EventType.CONTROL_CHANGE) {
      Match<Lexicons.Cue> aid = m.cueIn(CueClass.AID_TO, f - s.aidRecipientWindow(), f, f);
      if (aid != null && !m.barrierBetween(aid.firstToken(), f)) {
        return !anchored(m, t, aid.endToken(), times);
      }
    }
    return false;
  }

  /** Whether a time stands between the cue's end and a few words after the act. */
  private boolean anchored(Mentions m, Match<Lexicons.Trigger> t, int from, List<At<EventDate>> times) {
    int f = t.firstToken();
    int anchorEnd = Math.min(m.sentenceEnd[f], t.endToken() + s.statementAnchorAfter());
    for (At<EventDate> d : times) {
      if (d.first() >= from && d.first() < anchorEnd) {
        return true;
      }
    }
    return false;
  }

  /** Words of the reported clause before ", X protested" at least: a statement, not a place or time phrase. */
  private static final int QUOTED_CLAUSE_WORDS = 6;
  /** Words of the subject between the comma and the verb at most ("a human rights group"). */
  private static final int QUOTATIVE_SUBJECT_WORDS = 6;
  /** Words after the verb at most ("here on Wednesday"). */
  private static final int QUOTATIVE_TAIL = 3;

  /**
   * "The refugees are denied their rights, a human rights group protested on Wednesday": a protest verb
   * put after the clause it reports, with only its subject between and a time after, is a verb of
   * saying (PLOVER's DISAPPROVE), not a demonstration.
   */
  static boolean quotative(Mentions m, Match<Lexicons.Trigger> t) {
    int f = t.firstToken();
    if (t.endToken() != f + 1 || !m.tokens.get(f).text().endsWith("ed") || m.sentenceEnd[f] - t.endToken() > QUOTATIVE_TAIL) {
      return false;
    }
    int start = m.sentenceStart[f];
    for (int k = f; k > start && f - k < QUOTATIVE_SUBJECT_WORDS; k--) {
      if (Mentions.hasClauseBreak(m.norm, m.tokens.get(k - 1).end(), m.tokens.get(k).start())) {
        return k - start >= QUOTED_CLAUSE_WORDS && k < f;
      }
    }
    return false;
  }
}
