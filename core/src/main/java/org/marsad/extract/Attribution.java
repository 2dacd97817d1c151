package org.marsad.extract;

import org.marsad.clean.NormalizedText;
import org.marsad.clean.Token;
import org.marsad.lexicon.PhraseMatcher;
import org.marsad.model.Span;

/** Who a report attributes a sentence to ("مصادر لـ«العربي الجديد»", "activists said"). */
final class Attribution {
  private Attribution() {}

  /**
   * Who the report attributes the sentence to: the attribution cue and up to four words after it,
   * stopping at "أن/إن" or at a comma not followed by "لـ" ("مصادر، لـ«العربي الجديد»، إن").
   */
  static String source(Mentions m, NormalizedText norm, int f) {
    PhraseMatcher.Match<Lexicons.Cue> cue = m.cueIn(CueClass.SOURCE, m.sentenceStart[f], m.sentenceEnd[f], f);
    if (cue == null) {
      return null;
    }
    int end = cue.endToken();
    int stop = Math.min(m.sentenceEnd[f], end + 4);
    String text = norm.text();
    while (end < stop) {
      Token next = m.tokens.get(end);
      if (next.text().equals("ان") || (Mentions.hasClauseBreak(text, m.tokens.get(end - 1).end(), next.start()) && !next.text().startsWith("ل"))) {
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
}
