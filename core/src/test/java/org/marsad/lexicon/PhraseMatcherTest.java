package org.marsad.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.clean.ArabicNormalizer;
import org.marsad.clean.Tokenizer;

class PhraseMatcherTest {
  private static List<PhraseMatcher.Match<String>> find(PhraseMatcher<String> m, String text) {
    return m.findAll(Tokenizer.tokenize(ArabicNormalizer.fold(text)));
  }

  @Test
  void longestPhraseWinsAtAStart() {
    PhraseMatcher<String> m = PhraseMatcher.<String>builder().add("قوات النظام", "forces").add("قوات النظام السوري", "syrian").build();
    assertThat(find(m, "قالت قوات النظام السوري إن")).extracting(PhraseMatcher.Match::value).containsExactly("syrian");
  }

  @Test
  void procliticsOnTheFirstWord() {
    PhraseMatcher<String> m = PhraseMatcher.<String>builder().add("حصار", "siege").add("النظام", "regime").build();
    assertThat(find(m, "وبالحصار")).extracting(PhraseMatcher.Match::value).containsExactly("siege");
    assertThat(find(m, "للنظام")).extracting(PhraseMatcher.Match::value).containsExactly("regime");
    assertThat(find(m, "فالنظام")).extracting(PhraseMatcher.Match::value).containsExactly("regime");
  }

  @Test
  void stemEntriesTakeSuffixes() {
    PhraseMatcher<String> m = PhraseMatcher.<String>builder().add("حصار*", "siege").build();
    assertThat(find(m, "شددت حصارها")).extracting(PhraseMatcher.Match::value).containsExactly("siege");
    assertThat(find(m, "حص")).isEmpty();
  }

  @Test
  void entriesAreFoldedLikeTheText() {
    PhraseMatcher<String> m = PhraseMatcher.<String>builder().add("المحاصَرة", "besieged").build();
    assertThat(find(m, "البلدة المحاصرة")).extracting(PhraseMatcher.Match::value).containsExactly("besieged");
  }

  @Test
  void offsetsCoverTheMatchedWords() {
    PhraseMatcher<String> m = PhraseMatcher.<String>builder().add("الدخول والخروج", "in-out").build();
    String text = "منعت الدخول والخروج كليا";
    var match = find(m, text).get(0);
    assertThat(text.substring(match.start(), match.end())).isEqualTo("الدخول والخروج");
    assertThat(match.firstToken()).isEqualTo(1);
    assertThat(match.endToken()).isEqualTo(3);
  }

  @Test
  void latinWordsAreNotStripped() {
    PhraseMatcher<String> m = PhraseMatcher.<String>builder().add("siege", "s").add("besieg*", "b").build();
    assertThat(find(m, "The Besieged town")).extracting(PhraseMatcher.Match::value).containsExactly("b");
    assertThat(find(m, "asiege")).isEmpty();
  }
}
