package org.marsad.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.clean.ArabicNormalizer;

/** A relation adjective (nisba) is not a form of the noun it derives from; the noun's forms stay. */
class RelationAdjectiveTest {
  private static boolean adjective(String word, String lemma) {
    return Morphology.relationAdjective(ArabicNormalizer.fold(word), ArabicNormalizer.fold(lemma));
  }

  @Test
  void nisbaFormsAreAdjectives() {
    assertThat(adjective("التفاوضي", "تفاوض")).isTrue();
    assertThat(adjective("الهجومية", "هجوم")).isTrue();
    assertThat(adjective("هجومية", "هجوم")).isTrue();
    assertThat(adjective("الاحتجاجيين", "احتجاج")).isTrue();
  }

  @Test
  void theNounsOwnFormsAreNot() {
    assertThat(adjective("الهجمات", "هجوم")).isFalse();
    assertThat(adjective("المحاصرين", "محاصر")).isFalse();
    assertThat(adjective("اعتقالي", "اعتقال")).isFalse(); // "my arrest": no article, the pronoun reading stays
    assertThat(adjective("محاميه", "محامي")).isFalse(); // "his lawyer": a lemma ending in ي
    assertThat(Morphology.arabic().lemmas(ArabicNormalizer.fold("والاعتقالات"))).isNotEmpty();
  }
}
