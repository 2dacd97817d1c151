package org.marsad.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marsad.clean.NormalizedText;
import org.marsad.clean.Token;
import org.marsad.lexicon.LexiconFile;
import org.marsad.lexicon.PhraseMatcher.Match;

/**
 * Actors that English reports name by a capitalised acronym which is also a common word ("IS
 * fighters seized the field" against "the field is lost"). The phrase matcher folds case, so these
 * are read from the report's own letters: an exact-case acronym, not inside an actor already found,
 * and not in a run of capitals (a headline in capitals says "IS" for "is").
 */
final class Acronyms {
  private static final Acronyms STANDARD = load(Lexicons.DIR + "actors-acronyms.tsv");

  /** An acronym as written ("IS") and the actor it names. */
  private record Acronym(String written, Lexicons.ActorEntry actor) {}

  private final Map<String, Acronym> byAcronym; // by the folded word the tokenizer gives: "is" for "IS"

  private Acronyms(Map<String, Acronym> byAcronym) {
    this.byAcronym = Map.copyOf(byAcronym);
  }

  static Acronyms standard() {
    return STANDARD;
  }

  static Acronyms load(String resource) {
    Map<String, Acronym> out = new HashMap<>();
    for (LexiconFile.Row r : LexiconFile.read(resource)) {
      String acronym = r.col(0);
      if (acronym.chars().anyMatch(Character::isLowerCase)) {
        throw new IllegalStateException(r.file() + ":" + r.line() + ": an acronym is written in capitals, not '" + acronym + "'");
      }
      String folded = acronym.toLowerCase(Locale.ROOT);
      out.put(folded, new Acronym(acronym, new Lexicons.ActorEntry(r.col(1), r.col(2), folded)));
    }
    return new Acronyms(out);
  }

  /** {@code actors} with the acronyms of the report added, in token order. */
  List<Match<Lexicons.ActorEntry>> addTo(List<Match<Lexicons.ActorEntry>> actors, List<Token> tokens, NormalizedText norm) {
    List<Match<Lexicons.ActorEntry>> out = null;
    for (int i = 0; i < tokens.size(); i++) {
      // the folded word first ("is"), so the raw letters are cut out only for the few words that may be one
      Acronym a = byAcronym.get(tokens.get(i).text());
      if (a == null || !raw(tokens.get(i), norm).equals(a.written())
          || inside(actors, i) || capitals(tokens, i - 1, norm) || capitals(tokens, i + 1, norm)) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(actors);
      }
      Token t = tokens.get(i);
      out.add(new Match<>(i, i + 1, t.start(), t.end(), a.actor()));
    }
    if (out == null) {
      return actors;
    }
    out.sort(Comparator.comparingInt(Match::firstToken));
    return out;
  }

  private static String raw(Token t, NormalizedText norm) {
    return norm.raw().substring(norm.toRawStart(t.start()), norm.toRawEnd(t.end()));
  }

  private static boolean inside(List<Match<Lexicons.ActorEntry>> actors, int i) {
    return actors.stream().anyMatch(a -> a.firstToken() <= i && i < a.endToken());
  }

  /** Whether token {@code i} is a word of two or more letters all in capitals. */
  private static boolean capitals(List<Token> tokens, int i, NormalizedText norm) {
    if (i < 0 || i >= tokens.size()) {
      return false;
    }
    String w = raw(tokens.get(i), norm);
    return w.length() > 1 && w.chars().allMatch(Character::isUpperCase);
  }
}
