package org.marsad.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.marsad.lexicon.PhraseMatcher.Match;

/**
 * The actor mentions of a report that can name a doer or a target: a page's subject tags, a phrase that
 * names a thing ("القاعدة العسكرية": a base, not Al-Qaeda) are left out, and a generic noun that a name
 * right after it qualifies ("المسلحون الحوثيون": the Houthis' gunmen) is read with it as that name.
 */
final class ActorMentions {
  private ActorMentions() {}

  static List<Match<Lexicons.ActorEntry>> of(Mentions m, List<Match<Lexicons.ActorEntry>> found, BitSet tags) {
    List<Match<Lexicons.ActorEntry>> out = new ArrayList<>(found.size());
    for (int i = 0; i < found.size(); i++) {
      Match<Lexicons.ActorEntry> x = found.get(i);
      if (tags.get(x.firstToken()) || thing(m, x)) {
        continue;
      }
      Match<Lexicons.ActorEntry> name = nameAfter(m, found, i);
      // the whole phrase is the named actor's mention, so what marks its first word ("والمسلحين") marks it
      out.add(name == null ? x : new Match<>(x.firstToken(), name.endToken(), x.start(), name.end(), name.value()));
    }
    return out;
  }

  /** Whether an actor's name starts a phrase that names a thing ("القاعدة العسكرية": a base, not Al-Qaeda). */
  private static boolean thing(Mentions m, Match<Lexicons.ActorEntry> x) {
    Match<Lexicons.Cue> c = m.cueIn(CueClass.NOT_ACTOR, x.firstToken(), x.endToken() + 1, x.firstToken());
    return c != null && c.firstToken() == x.firstToken();
  }

  /**
   * The named actor right after a generic noun ("{gunmen}", "{opposition}"), nothing between, or null:
   * "المسلحون الحوثيون", "مسلحي داعش" name the Houthis and IS, not unknown gunmen.
   */
  private static Match<Lexicons.ActorEntry> nameAfter(Mentions m, List<Match<Lexicons.ActorEntry>> found, int i) {
    Match<Lexicons.ActorEntry> x = found.get(i);
    if (!x.value().name().startsWith("{")) {
      return null;
    }
    for (int j = i + 1; j < found.size() && found.get(j).firstToken() <= x.endToken(); j++) {
      Match<Lexicons.ActorEntry> y = found.get(j);
      // an armed name as written, no proclitic: "قوات النظام وحزب الله" joins two actors, it qualifies neither;
      // "المسلحون الأهالي" names gunmen and their object
      if (y.firstToken() == x.endToken() && !y.value().name().startsWith("{") && EventExtractor.ARMED.contains(y.value().kind())
          && m.sameSentence(x.firstToken(), y.firstToken())
          && m.tokens.get(y.firstToken()).text().equals(y.value().firstWord())
          && !Mentions.hasClauseBreak(m.norm, m.tokens.get(x.endToken() - 1).end(), m.tokens.get(y.firstToken()).start())) {
        return y;
      }
    }
    return null;
  }
}
