package org.marsad.clean;

import java.text.Normalizer;

/**
 * Folds Arabic (and Latin) text for matching, keeping an offset map to the raw text. Rules, in
 * order: presentation forms are decomposed (NFKC) first so that their base letters go through the
 * same folds; then diacritics, tatweel and invisible controls are deleted; alef, hamza carriers,
 * ta marbuta and alef maqsura are folded; Persian letters and Eastern digits become their Arabic
 * and ASCII counterparts; Latin letters are lower-cased. The result is idempotent.
 */
public final class ArabicNormalizer {
  private static final int DELETE = -1;

  private ArabicNormalizer() {}

  public static NormalizedText normalize(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    int[] starts = new int[raw.length() + 8];
    int[] ends = new int[raw.length() + 8];
    int n = 0;
    for (int i = 0; i < raw.length(); ) {
      int cp = raw.codePointAt(i);
      int next = i + Character.charCount(cp);
      String expanded = isPresentationForm(cp) ? Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKC) : null;
      if (expanded == null) {
        int f = Character.isBmpCodePoint(cp) ? fold((char) cp) : cp;
        if (f != DELETE) {
          if (Character.isBmpCodePoint(f)) {
            if (n + 1 >= starts.length) {
              starts = grow(starts);
              ends = grow(ends);
            }
            out.append((char) f);
            starts[n] = i;
            ends[n] = next;
            n++;
          } else {
            for (char c : Character.toChars(f)) {
              if (n + 1 >= starts.length) {
                starts = grow(starts);
                ends = grow(ends);
              }
              out.append(c);
              starts[n] = i;
              ends[n] = next;
              n++;
            }
          }
        }
      } else {
        for (int k = 0; k < expanded.length(); k++) {
          int f = fold(expanded.charAt(k));
          if (f == DELETE) {
            continue;
          }
          if (n + 1 >= starts.length) {
            starts = grow(starts);
            ends = grow(ends);
          }
          out.append((char) f);
          starts[n] = i;
          ends[n] = next;
          n++;
        }
      }
      i = next;
    }
    return new NormalizedText(raw, out.toString(), starts, ends);
  }

  /** The normalised form of a short string (a lexicon entry, a name): no offsets kept. */
  public static String fold(String s) {
    return normalize(s).text();
  }

  private static int[] grow(int[] a) {
    int[] b = new int[a.length * 2 + 16];
    System.arraycopy(a, 0, b, 0, a.length);
    return b;
  }

  static boolean isPresentationForm(int cp) {
    return (cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFF && cp != 0xFEFF);
  }

  /** One character's fold: the replacement, or DELETE. */
  static int fold(char c) {
    switch (c) {
      case '\u0640': // tatweel
      case '\u200B': case '\u200C': case '\u200D': case '\u200E': case '\u200F': // zero-width, LRM/RLM
      case '\u202A': case '\u202B': case '\u202C': case '\u202D': case '\u202E': // bidi embeddings
      case '\u2066': case '\u2067': case '\u2068': case '\u2069': // bidi isolates
      case '\u061C': // Arabic letter mark
      case '\uFEFF': // BOM / zero-width no-break space
      case '\u00AD': // soft hyphen
        return DELETE;
      case '\u0622': case '\u0623': case '\u0625': case '\u0671': case '\u0672': case '\u0673':
        return '\u0627'; // alef with madda / hamza above / below, wasla -> bare alef
      case '\u0624':
        return '\u0648'; // waw with hamza -> waw
      case '\u0626':
        return '\u064A'; // yeh with hamza -> yeh
      case '\u0629':
        return '\u0647'; // ta marbuta -> heh
      case '\u0649': case '\u06CC': case '\u06D0':
        return '\u064A'; // alef maqsura, Farsi yeh -> yeh
      case '\u06A9': case '\u06AA':
        return '\u0643'; // keheh -> kaf
      case '\u06C0': case '\u06C1': case '\u06D5':
        return '\u0647'; // heh with yeh above, heh goal, ae -> heh
      case '\u00A0': case '\u2000': case '\u2001': case '\u2002': case '\u2003': case '\u2009':
      case '\u202F': case '\u3000':
        return ' ';
      default:
        break;
    }
    if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || (c >= '\u06D6' && c <= '\u06ED')) {
      return DELETE; // harakat, tanween, shadda, sukun, dagger alef, Quranic marks
    }
    if (c >= '\u0660' && c <= '\u0669') {
      return '0' + (c - '\u0660'); // Arabic-Indic digits
    }
    if (c >= '\u06F0' && c <= '\u06F9') {
      return '0' + (c - '\u06F0'); // Persian digits
    }
    if (c >= 'A' && c <= 'Z') {
      return c + ('a' - 'A');
    }
    if (c > 0x7F && Character.isUpperCase(c)) {
      return Character.toLowerCase(c);
    }
    return c;
  }
}
