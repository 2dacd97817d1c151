package org.marsad.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.marsad.BadInputException;

/**
 * Decodes a report's bytes to text, detecting the encoding: a byte-order mark (UTF-8, UTF-16,
 * UTF-32) wins; otherwise UTF-8 if the bytes are valid UTF-8 (or nearly so); otherwise a
 * single-byte code page, Windows-1256 when that reads as Arabic words, else Windows-1252. The text
 * is returned as decoded (BOM dropped, nothing else changed), because every span points into it.
 *
 * <p>Refuses, with a {@link BadInputException} naming the input: empty input, input over the size
 * limit, and binary data (NUL bytes outside UTF-16/32, a known binary signature, or many control
 * characters). HTML is decoded like any text: stripping markup is a later stage's job.
 */
public final class TextDecoder {
  /** Default size limit: 20 MB, far above any news report. */
  public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

  static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");
  private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
  private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

  /** Binary when more than 1 in this many characters is a control character (tab, CR, LF aside). */
  private static final int CONTROL_RATIO = 20;

  private TextDecoder() {}

  /** Decodes with the default 20 MB limit. */
  public static DecodedText decode(byte[] bytes, String name) {
    return decode(bytes, name, DEFAULT_MAX_BYTES);
  }

  /** Decodes, refusing input longer than {@code maxBytes}. */
  public static DecodedText decode(byte[] bytes, String name, long maxBytes) {
    return decode(bytes, name, maxBytes, null);
  }

  /**
   * Decodes with a charset the input declares (an HTTP Content-Type, an HTML meta charset), or
   * null. A byte-order mark still wins, as in browsers; a declared UTF-8 that is not valid UTF-8,
   * or a charset Java does not know, is ignored with a warning and the encoding is detected.
   */
  public static DecodedText decode(byte[] bytes, String name, long maxBytes, String declared) {
    String who = name == null || name.isBlank() ? "input" : name;
    if (bytes == null || bytes.length == 0) {
      throw new BadInputException(who + ": empty input");
    }
    if (bytes.length > maxBytes) {
      throw new BadInputException(
          who + ": input is " + bytes.length + " bytes, over the limit of " + maxBytes + " bytes");
    }
    List<String> warnings = new ArrayList<>();
    Decoded d = declared == null || hasBom(bytes) ? null : decodeDeclared(bytes, declared, warnings);
    if (d == null) {
      d = detectAndDecode(bytes, who, warnings);
    }
    if (d.text.isEmpty()) {
      throw new BadInputException(who + ": empty input (only a byte-order mark)");
    }
    checkControls(d.text, who, warnings);
    if (d.text.isBlank()) {
      warnings.add("only whitespace");
    }
    if (looksLikeHtml(d.text)) {
      warnings.add("looks like HTML: markup is not stripped by the decoder");
    }
    int bidi = countBidiControls(d.text);
    if (bidi > 0) {
      warnings.add(bidi + " bidirectional control character(s) (embedding/override/isolate)");
    }
    return new DecodedText(d.text, d.charset, warnings);
  }

  private record Decoded(String text, String charset) {}

  private static boolean hasBom(byte[] b) {
    return (b.length >= 3 && u(b[0]) == 0xEF && u(b[1]) == 0xBB && u(b[2]) == 0xBF)
        || (b.length >= 2 && ((u(b[0]) == 0xFF && u(b[1]) == 0xFE) || (u(b[0]) == 0xFE && u(b[1]) == 0xFF)));
  }

  /** The declared charset's reading, or null to detect instead. */
  private static Decoded decodeDeclared(byte[] b, String declared, List<String> warnings) {
    Charset cs;
    try {
      cs = Charset.forName(declared.strip());
    } catch (IllegalArgumentException e) {
      warnings.add("declared charset \"" + declared + "\" is unknown: detected instead");
      return null;
    }
    if (cs.equals(StandardCharsets.UTF_16LE) || cs.equals(StandardCharsets.UTF_16BE)) {
      return new Decoded(utf16(b, 0, cs, cs.name(), warnings), cs.name());
    }
    if (cs.equals(StandardCharsets.UTF_16)) {
      return null; // without a BOM the byte order is detected
    }
    if (cs.equals(StandardCharsets.US_ASCII) || cs.equals(StandardCharsets.ISO_8859_1)) {
      return null; // pages often declare these while sending something else: detect
    }
    String s = strict(b, 0, cs);
    if (s == null) {
      warnings.add("not valid " + cs.name() + " as declared: detected instead");
      return null;
    }
    return new Decoded(s, cs.name());
  }

  private static Decoded detectAndDecode(byte[] b, String who, List<String> warnings) {
    int n = b.length;
    // UTF-32 BOMs first: FF FE 00 00 would otherwise read as a UTF-16LE BOM.
    if (n >= 4 && u(b[0]) == 0xFF && u(b[1]) == 0xFE && b[2] == 0 && b[3] == 0) {
      return new Decoded(lenient(b, 4, UTF_32LE, "UTF-32LE", warnings), "UTF-32LE");
    }
    if (n >= 4 && b[0] == 0 && b[1] == 0 && u(b[2]) == 0xFE && u(b[3]) == 0xFF) {
      return new Decoded(lenient(b, 4, UTF_32BE, "UTF-32BE", warnings), "UTF-32BE");
    }
    if (n >= 3 && u(b[0]) == 0xEF && u(b[1]) == 0xBB && u(b[2]) == 0xBF) {
      return new Decoded(lenient(b, 3, StandardCharsets.UTF_8, "UTF-8", warnings), "UTF-8");
    }
    if (n >= 2 && u(b[0]) == 0xFF && u(b[1]) == 0xFE) {
      return new Decoded(utf16(b, 2, StandardCharsets.UTF_16LE, "UTF-16LE", warnings), "UTF-16LE");
    }
    if (n >= 2 && u(b[0]) == 0xFE && u(b[1]) == 0xFF) {
      return new Decoded(utf16(b, 2, StandardCharsets.UTF_16BE, "UTF-16BE", warnings), "UTF-16BE");
    }
    String magic = binarySignature(b);
    if (magic != null) {
      throw new BadInputException(who + ": looks like binary data (" + magic + " signature)");
    }
    int nuls = 0;
    for (byte x : b) {
      if (x == 0) {
        nuls++;
      }
    }
    if (nuls > 0) {
      Charset c16 = bomlessUtf16(b);
      if (c16 != null) {
        warnings.add("no byte-order mark: read as " + c16.name() + " from its byte pattern");
        return new Decoded(utf16(b, 0, c16, c16.name(), warnings), c16.name());
      }
      throw new BadInputException(who + ": looks like binary data (" + nuls + " NUL bytes)");
    }
    String s = strict(b, 0, StandardCharsets.UTF_8);
    if (s != null) {
      return new Decoded(s, "UTF-8");
    }
    return decodeNotUtf8(b, warnings);
  }

  /**
   * Bytes that are not valid UTF-8. When no line with non-ASCII bytes is valid UTF-8, the whole
   * input is one single-byte code page. Otherwise it is mixed (files concatenated, a truncated or
   * stray byte): each line is decoded on its own, since mixing happens at line granularity and a
   * newline byte means the same in all these encodings.
   */
  private static Decoded decodeNotUtf8(byte[] b, List<String> warnings) {
    List<int[]> lines = new ArrayList<>();
    boolean anyUtf8 = false;
    int start = 0;
    for (int i = 0; i <= b.length; i++) {
      if (i == b.length || b[i] == '\n') {
        int end = i == b.length ? i : i + 1;
        if (end > start) {
          int kind = lineKind(b, start, end);
          anyUtf8 |= kind == UTF8_LINE || kind == BROKEN_UTF8_LINE;
          lines.add(new int[] {start, end, kind});
        }
        start = end;
      }
    }
    if (!anyUtf8) {
      // ISO-8859-6 leaves many bytes unassigned, among them Windows-1256's ghain, feh, qaf and
      // kaf (0xDB-0xDF): Arabic text that is valid ISO-8859-6 is almost surely that encoding.
      String iso = strict(b, 0, ISO_8859_6);
      if (iso != null && readsAsArabic(iso)) {
        warnings.add("not valid UTF-8: read as ISO-8859-6 (Arabic)");
        return new Decoded(iso, "ISO-8859-6");
      }
      String ar = new String(b, WINDOWS_1256);
      if (readsAsArabic(ar)) {
        warnings.add("not valid UTF-8: read as windows-1256 (Arabic)");
        return new Decoded(ar, "windows-1256");
      }
      warnings.add("not valid UTF-8: read as windows-1252 (Latin)");
      return new Decoded(new String(b, WINDOWS_1252), "windows-1252");
    }
    StringBuilder sb = new StringBuilder(b.length);
    int replacedLines = 0;
    int arabicLines = 0;
    int latinLines = 0;
    for (int[] l : lines) {
      int from = l[0];
      int len = l[1] - l[0];
      if (l[2] == ASCII_LINE || l[2] == UTF8_LINE) {
        sb.append(new String(b, from, len, StandardCharsets.UTF_8));
        continue;
      }
      if (l[2] == BROKEN_UTF8_LINE) {
        // Keep UTF-8; the broken bytes become U+FFFD.
        sb.append(new String(b, from, len, StandardCharsets.UTF_8));
        replacedLines++;
        continue;
      }
      String ar = new String(b, from, len, WINDOWS_1256);
      if (readsAsArabic(ar)) {
        sb.append(ar);
        arabicLines++;
      } else {
        sb.append(new String(b, from, len, WINDOWS_1252));
        latinLines++;
      }
    }
    if (replacedLines > 0) {
      warnings.add("malformed UTF-8 sequences replaced with U+FFFD on " + replacedLines + " line(s)");
    }
    String charset = "UTF-8";
    if (arabicLines > 0) {
      warnings.add("mixed encodings: " + arabicLines + " line(s) read as windows-1256");
      charset += "+windows-1256";
    }
    if (latinLines > 0) {
      warnings.add("mixed encodings: " + latinLines + " line(s) read as windows-1252");
      charset += "+windows-1252";
    }
    return new Decoded(sb.toString(), charset);
  }

  private static final int ASCII_LINE = 0;
  private static final int UTF8_LINE = 1;
  /** Mostly UTF-8 with a broken sequence or two (truncated, a stray byte). */
  private static final int BROKEN_UTF8_LINE = 2;
  private static final int BAD_LINE = 3;

  private static int lineKind(byte[] b, int from, int to) {
    boolean ascii = true;
    for (int i = from; i < to; i++) {
      if (b[i] < 0) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return ASCII_LINE;
    }
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b, from, to - from));
      return UTF8_LINE;
    } catch (CharacterCodingException e) {
      // Single-byte text almost never forms valid multi-byte sequences, so their share tells
      // broken UTF-8 from a code page.
      int[] c = utf8Counts(b, from, to);
      return c[0] >= 4 * c[1] ? BROKEN_UTF8_LINE : BAD_LINE;
    }
  }

  private static int u(byte x) {
    return x & 0xFF;
  }

  /** The strict decode, or null when the bytes are not valid in {@code cs}. */
  private static String strict(byte[] b, int off, Charset cs) {
    try {
      return cs.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b, off, b.length - off))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** Decodes replacing bad sequences with U+FFFD; warns when any were replaced. */
  private static String lenient(byte[] b, int off, Charset cs, String label, List<String> warnings) {
    String s = strict(b, off, cs);
    if (s != null) {
      return s;
    }
    try {
      s = cs.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(b, off, b.length - off))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("a REPLACE decoder reported an error", e);
    }
    warnings.add("malformed " + label + " replaced with U+FFFD");
    return s;
  }

  /**
   * UTF-16 decoded by hand: Java's decoders also swallow the unit after a lone high surrogate,
   * losing a real character. Each unpaired surrogate becomes one U+FFFD.
   */
  private static String utf16(byte[] b, int off, Charset cs, String label, List<String> warnings) {
    boolean be = cs.equals(StandardCharsets.UTF_16BE);
    int units = (b.length - off) / 2;
    if ((b.length - off) % 2 != 0) {
      warnings.add("odd number of " + label + " bytes: the last byte is dropped");
    }
    char[] c = new char[units];
    for (int k = 0; k < units; k++) {
      int hi = u(b[off + 2 * k + (be ? 0 : 1)]);
      int lo = u(b[off + 2 * k + (be ? 1 : 0)]);
      c[k] = (char) (hi << 8 | lo);
    }
    int lone = 0;
    for (int k = 0; k < units; k++) {
      if (Character.isHighSurrogate(c[k]) && k + 1 < units && Character.isLowSurrogate(c[k + 1])) {
        k++;
      } else if (Character.isSurrogate(c[k])) {
        c[k] = '\uFFFD';
        lone++;
      }
    }
    if (lone > 0) {
      warnings.add(lone + " unpaired " + label + " surrogate(s) replaced with U+FFFD");
    }
    return new String(c);
  }

  /** {valid multi-byte sequences, malformed sequences} in a UTF-8 scan. */
  static int[] utf8Counts(byte[] b, int from, int to) {
    int valid = 0;
    int bad = 0;
    int i = from;
    while (i < to) {
      int c = u(b[i]);
      if (c < 0x80) {
        i++;
        continue;
      }
      int len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
      if (len == 0 || i + len > to) {
        bad++;
        i++;
        continue;
      }
      boolean ok = true;
      for (int k = 1; k < len; k++) {
        if ((u(b[i + k]) & 0xC0) != 0x80) {
          ok = false;
          break;
        }
      }
      if (ok) {
        valid++;
        i += len;
      } else {
        bad++;
        i++;
      }
    }
    return new int[] {valid, bad};
  }

  /**
   * True when the Windows-1256 reading of the non-ASCII bytes is mostly Arabic words: at least 60%
   * of non-ASCII characters are Arabic letters or marks standing next to another Arabic character.
   * Latin text with accents read as 1256 gives Arabic letters isolated inside Latin words instead.
   */
  static boolean readsAsArabic(String s) {
    int high = 0;
    int inWords = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        continue;
      }
      high++;
      if (isArabic(c) && ((i > 0 && isArabic(s.charAt(i - 1))) || (i + 1 < s.length() && isArabic(s.charAt(i + 1))))) {
        inWords++;
      }
    }
    return high > 0 && inWords * 10 >= high * 6;
  }

  private static boolean isArabic(char c) {
    return c >= '\u0600' && c <= '\u06FF' && c != '\u060C' && c != '\u061B' && c != '\u061F';
  }

  /** UTF-16 without a BOM: NULs only at one parity, where bytes are mostly 00 (ASCII) or 06 (Arabic). */
  static Charset bomlessUtf16(byte[] b) {
    if (b.length < 4 || b.length % 2 != 0) {
      return null;
    }
    int[] zeros = new int[2];
    int[] highish = new int[2];
    for (int i = 0; i < b.length; i++) {
      int c = u(b[i]);
      if (c == 0) {
        zeros[i & 1]++;
      }
      if (c == 0x00 || c == 0x06 || c == 0x20 || c == 0xFE || c == 0xFB) {
        highish[i & 1]++;
      }
    }
    int half = b.length / 2;
    for (int p = 0; p < 2; p++) {
      if (zeros[1 - p] == 0 && zeros[p] > 0 && highish[p] * 100 >= half * 95) {
        // High bytes at even offsets: big-endian.
        return p == 0 ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
      }
    }
    return null;
  }

  /** A well-known binary file signature at the start, or null. */
  static String binarySignature(byte[] b) {
    if (startsWith(b, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
      return "PDF";
    }
    if (startsWith(b, 0x50, 0x4B, 0x03, 0x04) || startsWith(b, 0x50, 0x4B, 0x05, 0x06)) {
      return "ZIP";
    }
    if (startsWith(b, 0x1F, 0x8B)) {
      return "gzip";
    }
    if (startsWith(b, 0x89, 0x50, 0x4E, 0x47)) {
      return "PNG";
    }
    if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
      return "JPEG";
    }
    if (startsWith(b, 0x47, 0x49, 0x46, 0x38)) {
      return "GIF";
    }
    if (startsWith(b, 0x7F, 0x45, 0x4C, 0x46)) {
      return "ELF";
    }
    if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
      return "OLE (old Office)";
    }
    return null;
  }

  private static boolean startsWith(byte[] b, int... sig) {
    if (b.length < sig.length) {
      return false;
    }
    for (int i = 0; i < sig.length; i++) {
      if (u(b[i]) != sig[i]) {
        return false;
      }
    }
    return true;
  }

  /** Refuses text with NULs or many control characters; warns about a few. */
  private static void checkControls(String s, String who, List<String> warnings) {
    int controls = 0;
    int nuls = 0;
    int replaced = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\uFFFD') {
        replaced++;
      } else if (c == 0) {
        nuls++;
      } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || (c >= 0x7F && c <= 0x9F)) {
        controls++;
      }
    }
    if (nuls > 0) {
      throw new BadInputException(who + ": looks like binary data (" + nuls + " NUL characters)");
    }
    // Replacement characters count as noise too: a decoder fed binary makes many of them.
    int noise = controls + replaced;
    if (noise > 0 && (long) noise * CONTROL_RATIO > s.length()) {
      throw new BadInputException(
          who + ": looks like binary data (" + controls + " control and " + replaced
              + " undecodable characters in " + s.length() + ")");
    }
    if (controls > 0) {
      warnings.add(controls + " control character(s)");
    }
  }

  private static int countBidiControls(String s) {
    int k = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
        k++;
      }
    }
    return k;
  }

  /** Starts with a doctype or html tag, or has at least 10 tags and one per 200 characters. */
  static boolean looksLikeHtml(String s) {
    int i = 0;
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    String head = s.substring(i, Math.min(s.length(), i + 15)).toLowerCase(Locale.ROOT);
    if (head.startsWith("<!doctype") || head.startsWith("<html")) {
      return true;
    }
    int tags = 0;
    for (int k = 0; k + 1 < s.length(); k++) {
      if (s.charAt(k) == '<') {
        char c = s.charAt(k + 1);
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '/' || c == '!') {
          tags++;
        }
      }
    }
    return tags >= 10 && tags * 200L >= s.length();
  }
}
