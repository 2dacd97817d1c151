package org.marsad.extract;

import java.util.HashMap;
import java.util.Map;
import org.marsad.clean.Quotations;
import org.marsad.lexicon.LexiconFile;

/**
 * Whether a report reads as news, commentary or opinion, from counts of reporting signals and of
 * the writer's own voice (thresholds in genre.tsv). Opinion pieces give no events; commentary keeps
 * only events the text dates, so a column's narrative of 1990 stays while its musings go.
 */
final class Genre {
  enum Kind { NEWS, COMMENTARY, OPINION }

  private final double rhetoricMin;
  private final double opinionNewsMax;
  private final double commentaryWordsMin;
  private final double commentaryNewsMax;
  private final double fieldTownsMin;

  private Genre(Map<String, Double> s) {
    rhetoricMin = s.get("opinion_rhetoric_min");
    opinionNewsMax = s.get("opinion_news_per_100_max");
    commentaryWordsMin = s.get("commentary_words_min");
    commentaryNewsMax = s.get("commentary_news_per_100_max");
    fieldTownsMin = s.get("field_report_towns_per_100_min");
  }

  static Genre load() {
    Map<String, Double> s = new HashMap<>();
    for (LexiconFile.Row r : LexiconFile.read(Lexicons.DIR + "genre.tsv")) {
      try {
        s.put(r.col(0), Double.parseDouble(r.col(1)));
      } catch (NumberFormatException e) {
        throw new IllegalStateException(r.id() + ": not a number: \"" + r.col(1) + "\"", e);
      }
    }
    for (String k : new String[] {"opinion_rhetoric_min", "opinion_news_per_100_max", "commentary_words_min", "commentary_news_per_100_max",
        "field_report_towns_per_100_min"}) {
      if (!s.containsKey(k)) {
        throw new IllegalStateException(Lexicons.DIR + "genre.tsv has no setting " + k);
      }
    }
    return new Genre(s);
  }

  /** @param towns the distinct towns, villages and neighbourhoods (geo precision 1) the report names */
  Kind classify(Mentions m, String norm, int towns) {
    int words = m.tokens.size();
    if (words == 0) {
      return Kind.NEWS;
    }
    // A quotation is a speaker's voice: its questions and its "we" are not the writer's.
    boolean[] quoted = Quotations.inside(norm);
    int marks = 0;
    for (int i = 0; i < norm.length(); i++) {
      char c = norm.charAt(i);
      if ((c == '؟' || c == '?' || c == '!') && !quoted[i]) {
        marks++;
      }
    }
    double newsPer100 = 100.0 * m.cues(CueClass.NEWS).size() / words;
    long firstPerson = m.cues(CueClass.FIRST_PERSON).stream().filter(c -> c.start() >= quoted.length || !quoted[c.start()]).count();
    if (firstPerson + marks >= rhetoricMin && newsPer100 < opinionNewsMax) {
      return Kind.OPINION;
    }
    // a monitor's round-up names no speaker but village after village: a field report, not commentary
    boolean field = 100.0 * towns / words >= fieldTownsMin && firstPerson == 0 && marks == 0;
    if (words >= commentaryWordsMin && newsPer100 < commentaryNewsMax && !field) {
      return Kind.COMMENTARY;
    }
    return Kind.NEWS;
  }
}
