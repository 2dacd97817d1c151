package org.marsad.extract;

import java.util.List;
import org.marsad.lexicon.PhraseMatcher.Match;
import org.marsad.model.EventDate;

/** Times of a trigger's sentence and clause, as the candidate filters read them. */
final class ClauseTimes {
  private ClauseTimes() {}

  /** Whether the sentence of word {@code f} names a time ({@code since}: a time a state runs from). */
  static boolean dated(List<At<EventDate>> times, Mentions m, int f, boolean since) {
    for (int i = At.firstAt(times, At::first, m.sentenceStart[f]); i < times.size() && times.get(i).first() < m.sentenceEnd[f]; i++) {
      if (!since || times.get(i).value().since()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a time a state runs from stands in the trigger's own clause ("تسيطر عليها منذ الربيع"): no
   * comma or clause barrier between them. "البلدة الخاضعة لسيطرة النظام، وذلك لليوم السابع" dates another verb.
   */
  static boolean sinceInClause(List<At<EventDate>> times, Mentions m, Match<Lexicons.Trigger> t) {
    int f = t.firstToken();
    for (int i = At.firstAt(times, At::first, m.sentenceStart[f]); i < times.size() && times.get(i).first() < m.sentenceEnd[f]; i++) {
      At<EventDate> time = times.get(i);
      if (!time.value().since()) {
        continue;
      }
      int from = time.first() < f ? time.first() : t.endToken() - 1;
      int to = time.first() < f ? f : time.first();
      if (!m.barrierBetween(from, to)
          && !Mentions.hasClauseBreak(m.norm, m.tokens.get(from).end(), m.tokens.get(to).start())) {
        return true;
      }
    }
    return false;
  }
}
