package org.marsad.extract;

import java.util.LinkedHashMap;
import java.util.Map;
import org.marsad.lexicon.LexiconFile;

/**
 * Arabic display names of the canonical actors events carry (actor-labels-ar.tsv). Events keep the
 * canonical English name, as the codebook's JSON contract says; an Arabic reader is shown this label.
 * A name made from a "{place}" template ("Residents of X") gets the template's label with the
 * place's Arabic name.
 */
public final class ActorLabels {
  static final String FILE = Lexicons.DIR + "actor-labels-ar.tsv";
  private static final String PLACE = "{place}";

  private final Map<String, String> arabic;
  /** Templates as prefix and suffix around {place}, with their labels. */
  private final Map<String[], String> templates;

  private ActorLabels(Map<String, String> arabic) {
    this.arabic = Map.copyOf(arabic);
    Map<String[], String> t = new LinkedHashMap<>();
    arabic.forEach((name, label) -> {
      int i = name.indexOf(PLACE);
      if (i >= 0) {
        t.put(new String[] {name.substring(0, i), name.substring(i + PLACE.length())}, label);
      }
    });
    this.templates = t;
  }

  private static final class Holder {
    static final ActorLabels DEFAULT = load();
  }

  public static ActorLabels loadDefault() {
    return Holder.DEFAULT;
  }

  static ActorLabels load() {
    Map<String, String> m = new LinkedHashMap<>();
    for (LexiconFile.Row r : LexiconFile.read(FILE)) {
      if (r.col(0).isEmpty() || r.col(1).isEmpty()) {
        throw new IllegalStateException(r.id() + ": expected a canonical actor name and its Arabic label");
      }
      if (m.put(r.col(0), r.col(1)) != null) {
        throw new IllegalStateException(r.id() + ": " + r.col(0) + " is labelled twice");
      }
    }
    return new ActorLabels(m);
  }

  /** Whether canonical name or template {@code name} has a label. */
  boolean has(String name) {
    return arabic.containsKey(name);
  }

  /**
   * The Arabic label of canonical actor {@code name}; for a name made from a place template, the
   * template's label with {@code placeAr} (the place's Arabic name; the name's own place words when
   * null). Null for a name without a label (the reader is then shown the canonical name).
   */
  public String arabic(String name, String placeAr) {
    if (name == null) {
      return null;
    }
    String label = arabic.get(name);
    if (label != null) {
      return label;
    }
    for (Map.Entry<String[], String> t : templates.entrySet()) {
      String pre = t.getKey()[0];
      String suf = t.getKey()[1];
      if (name.length() > pre.length() + suf.length() && name.startsWith(pre) && name.endsWith(suf)) {
        String place = placeAr != null && !placeAr.isBlank() ? placeAr
            : name.substring(pre.length(), name.length() - suf.length());
        return t.getValue().replace(PLACE, place);
      }
    }
    return null;
  }
}
