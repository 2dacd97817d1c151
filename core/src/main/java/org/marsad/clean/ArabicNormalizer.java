package org.marsad.clean;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Folds Arabic (and Latin) text for matching, keeping an offset map to the raw text.
 *
 * <p>Rules: presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFE) are decomposed with NFKC, e.g. the
 * lam-alef ligature becomes lam + alef; diacritics (harakat, tanween, shadda, sukun, dagger alef,
 * Quranic marks), tatweel, zero-width and bidi controls, the soft hyphen and the BOM are deleted;
 * alef with hamza/madda and alef wasla become bare alef, waw and yeh with hamza become waw and yeh;
 * ta marbuta becomes heh; alef maqsura and Farsi yeh become yeh, keheh becomes kaf; Arabic-Indic
 * and Persian digits become ASCII digits; unusual spaces become a plain space; Latin letters are
 * lower-cased.
 *
 * <p>Order matters only once: a presentation form is expanded first, so its base letters then go
 * through the same folds as ordinary letters (ﻷ → لأ → لا). Every fold maps into characters that
 * no rule changes again, so the result is idempotent. Each output character comes from exactly
 * one raw code point, which is what keeps the offset map simple and monotone. Never throws:
 * unpaired surrogates and unassigned code points pass through unchanged.
 */
public final class ArabicNormalizer {
  /** What {@link #fold(char)} returns for a character that is deleted. */
  static final int DELETE = -1;

  private static final int PRES_A_START = 0xFB50;
  private static final int PRES_A_END = 0xFDFF;
  private static final int PRES_B_START = 0xFE70;
  private static final int PRES_B_END = 0xFEFE;

  /**
   * Folds of U+0000–U+06FF (Latin, Latin-1 and the Arabic block: nearly every character of an
   * Arabic or English report), so the common case is one array read, without the Unicode case
   * tables that {@link #foldOther(char)} consults.
   */
  private static final int[] LOW = new int[0x700];

  static {
    for (char c = 0; c < LOW.length; c++) {
      LOW[c] = foldOther(c);
    }
  }

  /** Folded expansions of the presentation forms, computed once: no NFKC call per character. */
  private static final String[] PRES_A = new String[PRES_A_END - PRES_A_START + 1];
  private static final String[] PRES_B = new String[PRES_B_END - PRES_B_START + 1];

  static {
    for (int cp = PRES_A_START; cp <= PRES_A_END; cp++) {
      PRES_A[cp - PRES_A_START] = foldExpansion(cp);
    }
    for (int cp = PRES_B_START; cp <= PRES_B_END; cp++) {
      PRES_B[cp - PRES_B_START] = foldExpansion(cp);
    }
  }

  private ArabicNormalizer() {}

  /** The normalised text with its map back to {@code raw}. A null raw is treated as empty. */
  public static NormalizedText normalize(String raw) {
    String r = raw == null ? "" : raw;
    Builder b = new Builder(r, true);
    b.run();
    return b.result();
  }

  /** The normalised form of a string (a lexicon entry, a name, a line), without an offset map. */
  public static String fold(String s) {
    if (s == null) {
      return "";
    }
    Builder b = new Builder(s, false);
    b.run();
    return b.text();
  }

  static boolean isPresentationForm(int cp) {
    return (cp >= PRES_A_START && cp <= PRES_A_END) || (cp >= PRES_B_START && cp <= PRES_B_END);
  }

  /** Accumulates output characters and, when asked, the raw start of each. */
  private static final class Builder {
    private final String raw;
    private final boolean keepOffsets;
    private char[] out;
    private int n;
    /** Null while output index == raw index for every character so far (the common case). */
    private int[] starts;
    private boolean changed;

    Builder(String raw, boolean keepOffsets) {
      this.raw = raw;
      this.keepOffsets = keepOffsets;
      this.out = new char[raw.length() + 16];
    }

    void run() {
      int len = raw.length();
      int i = 0;
      while (i < len) {
        char c = raw.charAt(i);
        if (c < LOW.length) { // fast path: Latin and the Arabic block, one table read and no expansion
          int f = LOW[c];
          if (f == DELETE) {
            changed = true;
            breakIdentity();
          } else {
            changed |= f != c;
            if (n == out.length) {
              out = Arrays.copyOf(out, out.length * 2 + 16);
            }
            if (starts != null) { // else output and raw positions still coincide
              if (n == starts.length) {
                starts = Arrays.copyOf(starts, starts.length * 2 + 16);
              }
              starts[n] = i;
            }
            out[n++] = (char) f;
          }
          i++;
          continue;
        }
        if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(raw.charAt(i + 1))) {
          // Supplementary characters are kept; both halves map to the whole pair.
          emit(c, i, true);
          emit(raw.charAt(i + 1), i, true);
          i += 2;
          continue;
        }
        if (c >= PRES_A_START && c <= PRES_B_END && isPresentationForm(c)) {
          String e = c <= PRES_A_END ? PRES_A[c - PRES_A_START] : PRES_B[c - PRES_B_START];
          if (e.length() != 1 || e.charAt(0) != c) {
            changed = true;
            for (int k = 0; k < e.length(); k++) {
              emit(e.charAt(k), i, k > 0);
            }
            if (e.isEmpty()) {
              breakIdentity();
            }
            i++;
            continue;
          }
        }
        int f = fold(c);
        if (f == DELETE) {
          changed = true;
          breakIdentity();
        } else {
          if (f != c) {
            changed = true;
          }
          emit((char) f, i, false);
        }
        i++;
      }
    }

    /** Appends {@code c} taken from raw offset {@code rawAt}; {@code shared} when it shares that offset. */
    private void emit(char c, int rawAt, boolean shared) {
      if (n == out.length) {
        out = Arrays.copyOf(out, out.length * 2 + 16);
      }
      if (keepOffsets) {
        if (starts == null && (n != rawAt || shared)) {
          startMap();
        }
        if (starts != null) {
          if (n == starts.length) {
            starts = Arrays.copyOf(starts, starts.length * 2 + 16);
          }
          starts[n] = rawAt;
        }
      }
      out[n++] = c;
    }

    /** After a deletion or expansion the positions no longer line up: start the explicit map. */
    private void breakIdentity() {
      if (keepOffsets && starts == null) {
        startMap();
      }
    }

    private void startMap() {
      starts = new int[Math.max(out.length, n + 16)];
      for (int k = 0; k < n; k++) {
        starts[k] = k;
      }
    }

    String text() {
      return changed ? new String(out, 0, n) : raw;
    }

    NormalizedText result() {
      int[] map = starts;
      if (map != null && map.length != n) {
        map = Arrays.copyOf(map, n);
      }
      return new NormalizedText(raw, text(), map);
    }
  }

  /** NFKC of one presentation form, each resulting character folded. */
  private static String foldExpansion(int cp) {
    if (cp >= 0xFE70 && cp <= 0xFE7F) {
      // Isolated and medial harakat (with a space or a tatweel in their NFKC): delete outright
      // rather than leave a stray space.
      return Character.isDefined(cp) ? "" : Character.toString(cp);
    }
    String e = Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKC);
    StringBuilder sb = new StringBuilder(e.length());
    for (int k = 0; k < e.length(); k++) {
      int f = fold(e.charAt(k));
      if (f != DELETE) {
        sb.append((char) f);
      }
    }
    return sb.toString();
  }

  /** One character's fold: the replacement, or {@link #DELETE}. */
  static int fold(char c) {
    return c < 0x700 ? LOW[c] : foldOther(c);
  }

  private static int foldOther(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }
    switch (c) {
      case '\u0640': // tatweel
      case '\u00AD': // soft hyphen
      case '\u061C': // Arabic letter mark
      case '\u180E': // Mongolian vowel separator (an old zero-width space)
      case '\uFEFF': // BOM / zero-width no-break space
        return DELETE;
      case '\u0622': case '\u0623': case '\u0625': case '\u0671': case '\u0672': case '\u0673': case '\u0675':
        return '\u0627'; // alef with madda / hamza above / hamza below, wasla -> bare alef
      case '\u0624':
        return '\u0648'; // waw with hamza -> waw
      case '\u0626':
        return '\u064A'; // yeh with hamza -> yeh
      case '\u0629':
        return '\u0647'; // ta marbuta -> heh
      case '\u0649': case '\u06CC': case '\u06D0':
        return '\u064A'; // alef maqsura, Farsi yeh, yeh with two dots below -> yeh
      case '\u06A9': case '\u06AA':
        return '\u0643'; // keheh, swash kaf -> kaf
      case '\u06BE': case '\u06C0': case '\u06C1': case '\u06C2': case '\u06C3': case '\u06D5':
        return '\u0647'; // heh variants (doachashmee, with yeh above, goal, ta marbuta goal, ae) -> heh
      case '\u066B':
        return '.'; // Arabic decimal separator
      case '\u066C':
        return ','; // Arabic thousands separator
      case '\u00A0': case '\u1680': case '\u202F': case '\u205F': case '\u3000':
        return ' ';
      default:
        break;
    }
    if ((c >= '\u200B' && c <= '\u200F') // zero-width space/joiners, LRM, RLM
        || (c >= '\u202A' && c <= '\u202E') // bidi embeddings and overrides
        || (c >= '\u2060' && c <= '\u2064') // word joiner, invisible operators
        || (c >= '\u2066' && c <= '\u206F')) { // bidi isolates, deprecated format controls
      return DELETE;
    }
    if (c >= '\u2000' && c <= '\u200A') {
      return ' '; // en/em/thin/hair spaces
    }
    if ((c >= '\u064B' && c <= '\u065F') // harakat, tanween, shadda, sukun, hamza marks
        || c == '\u0670' // dagger alef
        || (c >= '\u0610' && c <= '\u061A') // honorific and small Quranic signs
        || (c >= '\u0600' && c <= '\u0605') // number signs (prepended format characters)
        || (c >= '\u06D6' && c <= '\u06ED') // Quranic annotation marks
        || (c >= '\u08D3' && c <= '\u08FF')) { // extended Quranic marks
      return DELETE;
    }
    if (c >= '\u0660' && c <= '\u0669') {
      return '0' + (c - '\u0660'); // Arabic-Indic digits
    }
    if (c >= '\u06F0' && c <= '\u06F9') {
      return '0' + (c - '\u06F0'); // Persian (Eastern Arabic-Indic) digits
    }
    if (Character.isUpperCase(c)) {
      char l = Character.toLowerCase(c);
      return Character.isUpperCase(l) ? c : l;
    }
    return c;
  }
}
