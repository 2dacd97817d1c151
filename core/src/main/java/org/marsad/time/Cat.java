package org.marsad.time;

import java.util.Locale;

/** Word categories of the time lexicon; words.tsv names them in lower case (see its header). */
enum Cat {
  MONTH,
  WEEKDAY,
  NUMBER,
  ORDINAL,
  RELDAY,
  NOTDAY,
  NOTWEEKDAY,
  SINCE,
  AGO_BEFORE,
  AGO_AFTER,
  AGO_BLOCK,
  CUE_AFTER,
  CUE_BEFORE,
  DAYPART,
  AFTER_MIDNIGHT,
  DAYPART_AFTER,
  DAYWORD,
  MONTHWORD,
  YEARWORD,
  YEAR_CE,
  YEAR_HIJRI,
  MONTHPART,
  PERIOD,
  UNIT,
  APPROX,
  PREP,
  CONNECTOR,
  DAYSUFFIX,
  ANAPHOR,
  SAMEYEAR;

  /**
   * Whether a bare preposition (ب ل ك) may be stripped from a word of this category when no
   * article follows it: "لعام 2018", "ليوم الجمعة", but not "لامس" (touched) read as "ل + أمس".
   */
  boolean takesBarePreposition() {
    return this == DAYWORD || this == YEARWORD || this == MONTHWORD || this == MONTH;
  }

  static Cat parse(String name, String where) {
    try {
      return valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(where + ": unknown category '" + name + "'", e);
    }
  }
}
