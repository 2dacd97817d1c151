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

  @Test
  void lemmaEntriesMatchEveryFormOfTheLemma() {
    PhraseMatcher<String> m = PhraseMatcher.<String>builder().add("{منع}", "deny").add("{اعتقل}", "arrest").build();
    for (String w : List.of("يمنعون", "منعت", "منعوا", "يمنع", "منع", "المنع", "ومنعوهم")) {
      assertThat(find(m, "قال إن القوات " + w + " الناس")).as(w).extracting(PhraseMatcher.Match::value).containsExactly("deny");
    }
    assertThat(find(m, "واعتقلت القوات")).extracting(PhraseMatcher.Match::value).containsExactly("arrest");
    assertThat(find(m, "مانع")).isEmpty();
  }

  @Test
  void lemmaAsAnyWordOfAPhrase() {
    PhraseMatcher<String> m = PhraseMatcher.<String>builder().add("{منع} دخول", "deny entry").add("إغلاق {طريق}", "close").build();
    assertThat(find(m, "ويمنعون دخول القوافل")).extracting(PhraseMatcher.Match::value).containsExactly("deny entry");
    assertThat(find(m, "إغلاق الطرقات")).extracting(PhraseMatcher.Match::value).containsExactly("close");
    assertThat(find(m, "ويمنعون خروج")).isEmpty();
  }

  @Test
  void longerPhraseBeatsALemmaAlone() {
    PhraseMatcher<String> m = PhraseMatcher.<String>builder().add("{طوق}", "siege").add("طوق النجاة", "none").build();
    assertThat(find(m, "طوق النجاة")).extracting(PhraseMatcher.Match::value).containsExactly("none");
    assertThat(find(m, "طوقوا البلدة")).extracting(PhraseMatcher.Match::value).containsExactly("siege");
  }

  @Test
  void aLemmaMustBeOneWord() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> PhraseMatcher.<String>builder().add("{منع دخول}", "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aMatcherBuiltLaterWithNewLemmasIsNotServedStaleAnswers() {
    PhraseMatcher<String> first = PhraseMatcher.<String>builder().add("{قصف}", "shell").build();
    Words w = Words.of(Tokenizer.tokenize(ArabicNormalizer.fold("قصفوا البلدة ثم اجتاحوها")));
    assertThat(first.findAll(w)).extracting(PhraseMatcher.Match::value).containsExactly("shell");
    PhraseMatcher<String> second = PhraseMatcher.<String>builder().add("{اجتاح}", "invade").build();
    assertThat(second.findAll(w)).extracting(PhraseMatcher.Match::value).containsExactly("invade");
    assertThat(first.findAll(w)).extracting(PhraseMatcher.Match::value).containsExactly("shell");
  }
}
