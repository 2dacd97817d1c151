package org.marsad.geocode;

import java.util.regex.Pattern;
import org.marsad.clean.NormalizedText;
import org.marsad.model.Span;

/**
 * Datelines: "BEIRUT (Reuters) -", "NAIROBI, Kenya (AP)", "<outlet> – <city>". The place of a dateline
 * says where the report was filed, so it is neither where the report's acts are (extract.PlaceRules)
 * nor context for reading its other names (ReadingResolver: a Beirut dateline does not make a report
 * on Kobani a Lebanese one).
 */
public final class Datelines {
  private Datelines() {}

  /**
   * "MOSCOW (Sputnik) An explosion occurred ...", "BEIRUT, Lebanon (AP)": a dateline in capitals says
   * where the report was filed, not where its acts are.
   */
  public static boolean at(NormalizedText norm, int start, int end) {
    Span r = norm.toRaw(start, end);
    String raw = norm.raw();
    if (arabicDateline(raw, r)) {
      return true;
    }
    if (DATELINE_COUNTRY.matcher(raw.substring(lineStart(raw, r.start()), r.start())).matches()) {
      return true; // "NAIROBI, Kenya (AP)": the country after the capitals' city is the dateline's too
    }
    String name = raw.substring(r.start(), r.end());
    long letters = name.chars().filter(Character::isLetter).count();
    if (letters < 4 || name.chars().anyMatch(Character::isLowerCase) || !name.chars().anyMatch(Character::isUpperCase)) {
      return false;
    }
    int i = r.end();
    while (i < raw.length() && raw.charAt(i) == ' ') {
      i++;
    }
    // "BEIRUT/MURSITPINAR, Turkey": a report filed from two cities joins them with a slash
    return i < raw.length() && "(,-/\u2013\u2014".indexOf(raw.charAt(i)) >= 0;
  }

  /** A line opening with a dateline's city (or cities) in capitals and a comma: "NAIROBI, ", "BEIRUT/AMMAN, ". */
  private static final Pattern DATELINE_COUNTRY = Pattern.compile("\\s*[A-Z][A-Z .'/\\-]{2,40},\\s*");

  private static int lineStart(String raw, int at) {
    int nl = raw.lastIndexOf('\n', Math.max(0, at - 1));
    return nl < 0 ? 0 : nl + 1;
  }

  /** How far into a report an Arabic dateline may reach ("<outlet> – <city>", "<city> - <outlet>:"). */
  private static final int DATELINE_CHARS = 40;

  /**
   * "<outlet> – <city> أفاد الجيش", "<city> - أفاد", "<city> (<outlet>) -": a place at the very start
   * of the report beside a dash (after an outlet's name or before it) is where the report was filed,
   * not where its acts are.
   */
  static boolean arabicDateline(String raw, Span r) {
    if (r.start() > DATELINE_CHARS || raw.substring(0, r.start()).indexOf('\n') >= 0) {
      return false;
    }
    int after = r.end();
    while (after < raw.length() && raw.charAt(after) == ' ') {
      after++;
    }
    int before = r.start() - 1;
    while (before >= 0 && raw.charAt(before) == ' ') {
      before--;
    }
    String dashes = "-\u2013\u2014";
    if (before < 0) {
      // "<city> - ...", "<city> (<outlet>) - ..."
      return after < raw.length() && (dashes.indexOf(raw.charAt(after)) >= 0 || raw.charAt(after) == '(');
    }
    // "<outlet> – <city>": an outlet's name of a few words, a dash, the place
    String outlet = raw.substring(0, before).strip();
    return dashes.indexOf(raw.charAt(before)) >= 0 && !outlet.isEmpty() && outlet.split("\\s+").length <= 3;
  }
}
