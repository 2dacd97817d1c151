package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marsad.clean.ArabicNormalizer;
import org.marsad.lexicon.LexiconFile;
import org.marsad.lexicon.Morphology;

/** Review aids for the extraction lexicons: every file loads with its source header, and no line repeats another. */
class LexiconFilesTest {
  @ParameterizedTest
  @ValueSource(strings = {"triggers.tsv", "cues.tsv", "actors.tsv", "attributes.tsv", "types.tsv", "genre.tsv", "triggers-en.tsv", "cues-en.tsv", "actors-en.tsv", "verbs-en.tsv"})
  void noPhraseIsListedTwiceForTheSameMeaning(String file) {
    List<LexiconFile.Row> rows = LexiconFile.read(Lexicons.DIR + file);
    assertThat(rows).isNotEmpty();
    Set<String> seen = new HashSet<>();
    List<String> repeated = new ArrayList<>();
    for (LexiconFile.Row r : rows) {
      // the same folded phrase with the same meaning columns is a copy-paste slip
      String key = ArabicNormalizer.fold(r.col(0)) + "\t" + String.join("\t", r.cols().subList(1, r.cols().size()));
      if (file.startsWith("cues")) {
        key = r.col(0) + "\t" + ArabicNormalizer.fold(r.col(1));
      }
      if (!seen.add(key)) {
        repeated.add(r.id());
      }
    }
    assertThat(repeated).as("lines repeating an earlier line").isEmpty();
  }

  /** A lemma the analyser does not know would silently match nothing: each must be a lemma of itself. */
  @ParameterizedTest
  @ValueSource(strings = {"triggers.tsv", "cues.tsv", "actors.tsv", "attributes.tsv", "wordclasses.tsv"})
  void everyLemmaIsKnownToTheAnalyser(String file) {
    int phraseColumn = file.equals("cues.tsv") || file.equals("wordclasses.tsv") ? 1 : 0;
    List<String> unknown = new ArrayList<>();
    for (LexiconFile.Row r : LexiconFile.read(Lexicons.DIR + file)) {
      java.util.regex.Matcher m = LEMMA.matcher(r.col(phraseColumn));
      while (m.find()) {
        if (!Morphology.arabic().knows(m.group(1))) {
          unknown.add(r.id() + " {" + m.group(1) + "}");
        }
      }
    }
    assertThat(unknown).as("lemmas the dictionary does not give for themselves").isEmpty();
  }

  private static final java.util.regex.Pattern LEMMA = java.util.regex.Pattern.compile("\\{([^}]*)}");
}
