package org.marsad.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.marsad.model.Span;

/** One test per normalisation rule, with Arabic literals. */
class ArabicNormalizerTest {
  private static String fold(String s) {
    return ArabicNormalizer.fold(s);
  }

  @Test
  void tatweelIsDeleted() {
    assertThat(fold("حصـــار")).isEqualTo("حصار");
  }

  @Test
  void harakatTanweenShaddaSukunAreDeleted() {
    assertThat(fold("حِصَارٌ مُشَدَّدٌ")).isEqualTo("حصار مشدد");
    assertThat(fold("قَصْفًا")).isEqualTo("قصفا");
  }

  @Test
  void daggerAlefAndQuranicMarksAreDeleted() {
    assertThat(fold("هٰذا")).isEqualTo("هذا");
    assertThat(fold("الرَّحِيمِۖ")).isEqualTo("الرحيم");
  }

  @Test
  void alefWithHamzaOrMaddaAndWaslaBecomeBareAlef() {
    assertThat(fold("أعلنت إدارة آخر ٱلمعبر")).isEqualTo("اعلنت اداره اخر المعبر");
  }

  @Test
  void wawAndYehWithHamzaLoseTheHamza() {
    assertThat(fold("مؤتمر")).isEqualTo("موتمر");
    assertThat(fold("رئيس")).isEqualTo("رييس");
  }

  @Test
  void taMarbutaBecomesHeh() {
    assertThat(fold("بلدة محاصرة")).isEqualTo("بلده محاصره");
  }

  @Test
  void alefMaqsuraBecomesYeh() {
    assertThat(fold("على مستشفى")).isEqualTo("علي مستشفي");
  }

  @Test
  void persianLettersBecomeArabic() {
    assertThat(fold("کردستان")).isEqualTo("كردستان"); // keheh -> kaf
    assertThat(fold("ایران")).isEqualTo("ايران"); // Farsi yeh -> yeh
  }

  @Test
  void lamAlefLigatureBecomesTwoLetters() {
    assertThat(fold("ﻻ")).isEqualTo("لا");
    assertThat(fold("ﻷ")).isEqualTo("لا"); // lam + alef with hamza, then the alef fold
  }

  @Test
  void presentationFormsBecomeTheirLetters() {
    assertThat(fold("ﺑﻠﺪﺓ")).isEqualTo("بلده");
    assertThat(fold("ﷲ")).isEqualTo("الله");
  }

  @Test
  void isolatedHarakatFormsAreDeletedWithoutLeavingASpace() {
    assertThat(fold("ب\uFE76ت")).isEqualTo("بت"); // fatha isolated form
  }

  @Test
  void arabicIndicDigitsBecomeAscii() {
    assertThat(fold("٢٠٢٠")).isEqualTo("2020");
    assertThat(fold("٣٫٥")).isEqualTo("3.5"); // Arabic decimal separator
  }

  @Test
  void persianDigitsBecomeAscii() {
    assertThat(fold("۱۳۹۹")).isEqualTo("1399");
  }

  @Test
  void zeroWidthCharactersAreDeleted() {
    assertThat(fold("كنا\u200Bكر\u200C\u200D\u2060\uFEFF")).isEqualTo("كناكر");
  }

  @Test
  void bidiControlsAreDeleted() {
    assertThat(fold("\u202Bقرية\u202C \u2067درعا\u2069\u200F \u061Cحمص\u200E \u202Eabc\u202C"))
        .isEqualTo("قريه درعا حمص abc");
  }

  @Test
  void softHyphenIsDeleted() {
    assertThat(fold("check\u00ADpoint")).isEqualTo("checkpoint");
  }

  @Test
  void unusualSpacesBecomePlainSpaces() {
    assertThat(fold("ريف\u00A0دمشق\u2009الغربي\u202Fاليوم")).isEqualTo("ريف دمشق الغربي اليوم");
  }

  @Test
  void latinIsLowerCased() {
    assertThat(fold("Siege of KANAKER, Rural Damascus")).isEqualTo("siege of kanaker, rural damascus");
    assertThat(fold("ÉTAT")).isEqualTo("état");
  }

  @Test
  void newlinesAndPunctuationAreKept() {
    assertThat(fold("قال: \"لا\"،\nثم؟")).isEqualTo("قال: \"لا\"،\nثم؟");
  }

  @Test
  void supplementaryCharactersAndLoneSurrogatesPassThrough() {
    assertThat(fold("حصار 😀")).isEqualTo("حصار 😀");
    assertThat(fold("a\uD800b\uDC00")).isEqualTo("a\uD800b\uDC00");
  }

  @Test
  void isIdempotent() {
    String once = fold("إنَّ ﻷهالي بلدةِ «كناكر» ٢٠٢٠ KANAKER\u200Fـــ");
    assertThat(fold(once)).isEqualTo(once);
  }

  @Test
  void nullAndEmptyAreEmpty() {
    assertThat(fold(null)).isEmpty();
    assertThat(ArabicNormalizer.normalize(null).text()).isEmpty();
    assertThat(ArabicNormalizer.normalize("").toRaw(0, 0)).isEqualTo(new Span(0, 0));
  }

  @Test
  void unchangedTextIsReturnedAsIs() {
    String s = "checkpoint closed";
    NormalizedText n = ArabicNormalizer.normalize(s);
    assertThat(n.text()).isSameAs(s);
    assertThat(n.toRaw(11, 17)).isEqualTo(new Span(11, 17));
  }

  // Offset map.

  @Test
  void toRawGivesTheRawSpanOfANormalisedMatch() {
    String raw = "قالت المصادر: حِصـارُ البلدة مستمر";
    NormalizedText n = ArabicNormalizer.normalize(raw);
    int at = n.text().indexOf("حصار");
    Span s = n.toRaw(at, at + "حصار".length());
    assertThat(s.of(raw)).isEqualTo("حِصـار"); // the damma after the last letter is outside
    int b = n.text().indexOf("البلده");
    assertThat(n.toRaw(b, b + "البلده".length()).of(raw)).isEqualTo("البلدة");
  }

  @Test
  void deletedCharactersAtTheEdgesAreLeftOut() {
    String raw = "ــحصارــ";
    NormalizedText n = ArabicNormalizer.normalize(raw);
    assertThat(n.text()).isEqualTo("حصار");
    assertThat(n.toRaw(0, 4)).isEqualTo(new Span(2, 6));
  }

  @Test
  void ligatureCharactersMapToTheWholeLigature() {
    String raw = "ﻻ بد";
    NormalizedText n = ArabicNormalizer.normalize(raw);
    assertThat(n.text()).isEqualTo("لا بد");
    assertThat(n.toRaw(0, 1)).isEqualTo(new Span(0, 1));
    assertThat(n.toRaw(1, 2)).isEqualTo(new Span(0, 1));
    assertThat(n.toRaw(3, 5)).isEqualTo(new Span(2, 4));
  }

  @Test
  void surrogatePairHalvesMapToThePair() {
    String raw = "x😀y";
    NormalizedText n = ArabicNormalizer.normalize(raw);
    assertThat(n.toRaw(1, 2)).isEqualTo(new Span(1, 3));
    assertThat(n.toRaw(2, 3)).isEqualTo(new Span(1, 3));
    assertThat(n.toRaw(3, 4)).isEqualTo(new Span(3, 4));
  }

  @Test
  void emptyRangeIsAnEmptySpanAtItsStart() {
    NormalizedText n = ArabicNormalizer.normalize("بَلَد");
    assertThat(n.toRaw(1, 1)).isEqualTo(new Span(2, 2));
    assertThat(n.toRaw(3, 3)).isEqualTo(new Span(5, 5));
  }

  @Test
  void fromRawFindsTheNormalisedOffset() {
    NormalizedText n = ArabicNormalizer.normalize("ـحَصار");
    assertThat(n.fromRaw(0)).isEqualTo(0);
    assertThat(n.fromRaw(1)).isEqualTo(0);
    assertThat(n.fromRaw(2)).isEqualTo(1);
    assertThat(n.fromRaw(3)).isEqualTo(1); // the fatha was deleted: next kept character
    assertThat(n.fromRaw(6)).isEqualTo(4);
  }

  @Test
  void outOfRangeOffsetsAreRefusedWithTheirValues() {
    NormalizedText n = ArabicNormalizer.normalize("حصار");
    assertThatThrownBy(() -> n.toRaw(0, 5)).isInstanceOf(IndexOutOfBoundsException.class).hasMessageContaining("5");
    assertThatThrownBy(() -> n.toRaw(3, 1)).isInstanceOf(IllegalArgumentException.class);
  }
}
