package org.marsad.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.marsad.clean.NormalizedText;
import org.marsad.clean.Token;
import org.marsad.lexicon.Words;
import org.marsad.model.EventDate;
import org.marsad.model.Span;

/**
 * The token view the time grammar reads: each token's lexicon readings (looked up once), the
 * separators allowed between the words of one expression, and the expression found ({@link Hit}).
 * The grammar rules ({@link CalendarGrammar}, {@link TimeParser}) ask it questions in tokens.
 */
abstract class TimeScan {
  // What may stand between two words of one expression besides blanks.
  static final int SPACE = 0;

  static final int PAREN = 1; // ( ) [ ] / - : "يونيو (حزيران)", "كانون الثاني/يناير", "mid-May"

  static final int COMMA = 2; // , ، : "September 21, 2020", "Monday, 21 September"

  static final int DOT = 4; // after an abbreviation: "Sept. 21"

  static final int MAX_GAP = 8;

  static final int PLAIN = 0;

  static final int ANAPHOR = 1; // "منذ ذلك الوقت": the previous mention of the sentence

  static final int SAME_YEAR = 2; // "من العام ذاته": the year mentioned last

  static final int YEARLESS = 3; // "في 11 سبتمبر": the sentence's year if it names one

  static final int NIGHT = 1; // a daypart's value for a night ("ليل", "ليلة")

  static final int DUAL = 2; // a dayword's value for "يومي"

  /** An expression found, before the post-pass resolves anaphora. month/day serve SAME_YEAR. */
  record Hit(int start, int endTok, String value, int precision, EventDate.Kind kind, int flag, int month, int day) {
    Hit(int start, int endTok, String value, int precision) {
      this(start, endTok, value, precision, EventDate.Kind.ON, PLAIN, 0, 0);
    }

    Hit from(int s) {
      return new Hit(s, endTok, value, precision, kind, flag, month, day);
    }

    Hit since(int s) {
      return new Hit(s, endTok, value, precision, EventDate.Kind.SINCE, flag, month, day);
    }
  }

  final NormalizedText norm;

  final String text;

  final List<Token> toks;

  final int n;

  final LexMatch[][] at;

  final LocalDate pub;

  TimeScan(TimeLexicon lexicon, NormalizedText norm, Words words, LocalDate pub) {
    this.norm = norm;
    this.text = norm.text();
    this.toks = words.tokens();
    this.n = toks.size();
    this.pub = pub;
    this.at = new LexMatch[n][];
    List<LexMatch> buf = new ArrayList<>(4);
    for (int i = 0; i < n; i++) {
      if (!lexicon.mayMatch(words, i)) {
        Entry slip = i > 0 && toks.get(i - 1).numeric() ? lexicon.monthSlip(toks.get(i).text()) : null;
        if (slip != null) { // "11 سبتمر": a month name missing one letter after a day number
          at[i] = new LexMatch[] {new LexMatch(slip, toks.get(i).start(), i + 1, toks.get(i).end())};
        }
        continue; // most words: no time form begins with any reading of it
      }
      buf.clear();
      lexicon.match(text, toks, i, buf);
      if (!buf.isEmpty()) {
        at[i] = buf.toArray(new LexMatch[0]);
      }
    }
  }

  // ---- helpers ------------------------------------------------------------------------------

  int end(Hit h) {
    return toks.get(h.endTok() - 1).end();
  }

  Hit longer(Hit a, Hit b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return end(b) > end(a) ? b : a;
  }

  /** Whether licensed by a preposition just before token i ("في 2003", "in May", "خلال يوليو"). */
  boolean licensed(int i) {
    if (i == 0 || at[i - 1] == null) {
      return false;
    }
    for (LexMatch m : at[i - 1]) {
      if (m.e().cat() == Cat.PREP && m.endTok() == i && gap(m.end(), i, SPACE)) {
        return true;
      }
    }
    return false;
  }

  /** The longest entry of a category starting at token i, or null. */
  LexMatch get(int i, Cat cat) {
    if (i >= n || at[i] == null) {
      return null;
    }
    LexMatch best = null;
    for (LexMatch m : at[i]) {
      if (m.e().cat() == cat && (best == null || m.end() > best.end())) {
        best = m;
      }
    }
    return best;
  }

  LexMatch next(int end, int tok, Cat cat, int mode) {
    return gap(end, tok, mode) ? get(tok, cat) : null;
  }

  /** Whether only blanks (and what {@code mode} allows) separate offset {@code from} and token tok. */
  boolean gap(int from, int tok, int mode) {
    if (tok >= n) {
      return false;
    }
    int to = toks.get(tok).start();
    if (to - from > MAX_GAP) {
      return false;
    }
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c == ' ' || c == '\t'
          || ((mode & PAREN) != 0 && "()[]/-\u2013\u2014".indexOf(c) >= 0)
          || ((mode & COMMA) != 0 && (c == ',' || c == '\u060C'))
          || ((mode & DOT) != 0 && c == '.')) {
        continue;
      }
      return false;
    }
    return true;
  }

  /** Blanks and exactly one hyphen or en dash: a day range "24-25". */
  boolean dash(int from, int to) {
    int dashes = 0;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c == '-' || c == '\u2013') {
        dashes++;
      } else if (c != ' ') {
        return false;
      }
    }
    return dashes == 1;
  }

  boolean sameSentence(int from, int to) {
    for (int k = from; k < to; k++) {
      switch (text.charAt(k)) {
        case '.':
        case '!':
        case '?':
        case ';':
        case '\n':
        case '\r':
        case '\u061F': // Arabic question mark
        case '\u061B': // Arabic semicolon
        case '\u06D4': // Arabic full stop
          return false;
        default:
          break;
      }
    }
    return true;
  }

  /**
   * The raw span of [start, end), widened over marks the normaliser deleted after the last letter
   * (tanween in "غداً", a final kasra, tatweel) so that evidence quotes whole written words.
   */
  Span rawSpan(int start, int end) {
    Span s = norm.toRaw(start, end);
    String raw = norm.raw();
    int e = s.end();
    while (e < raw.length() && isMark(raw.charAt(e))) {
      e++;
    }
    return e == s.end() ? s : new Span(s.start(), e);
  }

  static boolean isMark(char c) {
    return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640';
  }
}
