package org.marsad.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.marsad.model.Span;

/**
 * Seeded random inputs mixing Arabic letters, diacritics, tatweel, presentation forms, zero-width
 * and bidi controls, surrogate pairs and lone surrogates, Latin, three digit sets, spaces and
 * arbitrary BMP characters. A failing seed reproduces exactly.
 */
class ArabicNormalizerRandomTest {
  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  static String randomText(Random r) {
    int len = r.nextInt(120);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < len; i++) {
      switch (r.nextInt(14)) {
        case 0, 1, 2 -> sb.append((char) (0x0621 + r.nextInt(0x064A - 0x0621 + 1))); // Arabic letters
        case 3 -> sb.append((char) (0x064B + r.nextInt(0x0670 - 0x064B + 1))); // marks, dagger alef
        case 4 -> sb.append('\u0640');
        case 5 -> sb.append((char) (r.nextBoolean() ? 0xFB50 + r.nextInt(0xFDFF - 0xFB50 + 1) : 0xFE70 + r.nextInt(0xFEFF - 0xFE70 + 1)));
        case 6 -> { String z = "\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u061C\uFEFF\u00AD"; sb.append(z.charAt(r.nextInt(z.length()))); }
        case 7 -> sb.appendCodePoint(0x10000 + r.nextInt(0x10FFFF - 0x10000 + 1)); // surrogate pair
        case 8 -> sb.append((char) (0xD800 + r.nextInt(0x800))); // lone surrogate
        case 9 -> sb.append((char) ((r.nextBoolean() ? 'A' : 'a') + r.nextInt(26)));
        case 10 -> sb.append((char) (new char[] {'0', '\u0660', '\u06F0'}[r.nextInt(3)] + r.nextInt(10)));
        case 11 -> { String p = " \n\r\t\u00A0\u2009.،\"«»"; sb.append(p.charAt(r.nextInt(p.length()))); }
        case 12 -> sb.append((char) (0x0600 + r.nextInt(0x100))); // the whole Arabic block
        default -> sb.append((char) r.nextInt(0x10000)); // anything in the BMP
      }
    }
    return sb.toString();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void neverThrowsIsIdempotentAndKeepsAMonotoneMap(long seed) {
    String raw = randomText(new Random(seed));
    NormalizedText n = ArabicNormalizer.normalize(raw);
    String text = n.text();

    assertThat(ArabicNormalizer.fold(text)).as("idempotent, seed %d", seed).isEqualTo(text);
    assertThat(ArabicNormalizer.fold(raw)).isEqualTo(text);

    int prevStart = 0;
    int prevEnd = 0;
    for (int i = 0; i <= n.length(); i++) {
      int s = n.toRawStart(i);
      int e = n.toRawEnd(i);
      assertThat(s).as("start %d, seed %d", i, seed).isBetween(prevStart, raw.length());
      assertThat(e).as("end %d, seed %d", i, seed).isBetween(prevEnd, raw.length());
      if (i < n.length()) {
        assertThat(n.toRawEnd(i + 1)).as("char %d maps to a non-empty raw span", i).isGreaterThan(s);
      }
      prevStart = s;
      prevEnd = e;
    }

    // Normalisation is per code point: folding each raw code point alone and concatenating
    // gives the text, and each output character maps to the code point it came from.
    StringBuilder expected = new StringBuilder();
    int firstKept = -1;
    int endOfLastKept = -1;
    for (int p = 0; p < raw.length(); ) {
      int cp = raw.codePointAt(p);
      int next = p + Character.charCount(cp);
      String f = ArabicNormalizer.fold(raw.substring(p, next));
      for (int k = 0; k < f.length(); k++) {
        int i = expected.length() + k;
        assertThat(n.toRaw(i, i + 1)).as("char %d, seed %d", i, seed).isEqualTo(new Span(p, next));
      }
      expected.append(f);
      if (!f.isEmpty()) {
        firstKept = firstKept < 0 ? p : firstKept;
        endOfLastKept = next;
      }
      p = next;
    }
    assertThat(text).isEqualTo(expected.toString());

    // toRaw of the whole text covers exactly the raw text minus deleted characters at the edges.
    Span all = n.toRaw(0, n.length());
    if (text.isEmpty()) {
      assertThat(all.length()).isZero();
    } else {
      assertThat(all).isEqualTo(new Span(firstKept, endOfLastKept));
    }
    for (int i = 0; i < n.length(); i++) {
      assertThat(n.fromRaw(n.toRawStart(i))).isLessThanOrEqualTo(i);
    }
  }
}
