package org.marsad.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.clean.ArabicNormalizer;

/** One test per paradigm, with Arabic literals: every form listed must have the lemma among its candidates. */
class MorphologyTest {
  private static final Morphology M = Morphology.arabic();

  private static void allHaveLemma(String lemma, String... forms) {
    String l = ArabicNormalizer.fold(lemma);
    for (String f : forms) {
      assertThat(M.lemmas(ArabicNormalizer.fold(f))).as("lemmas of %s", f).contains(l);
    }
  }

  @Test
  void soundVerbInEveryPersonTenseAndNumber() {
    allHaveLemma("منع", "منع", "منعت", "منعوا", "يمنع", "يمنعون", "تمنع", "نمنع", "منعنا", "يمنعان", "منعتا");
  }

  @Test
  void verbalNounWithArticleAndProclitics() {
    allHaveLemma("منع", "المنع", "والمنع", "بالمنع", "لمنع");
    allHaveLemma("اعتقال", "اعتقال", "الاعتقال", "وبالاعتقال", "اعتقالات", "الاعتقالات", "وللاعتقالات", "اعتقاله");
  }

  @Test
  void derivedVerbFormEight() {
    allHaveLemma("اعتقل", "اعتقلت", "اعتقلوا", "يعتقل", "تعتقل", "يعتقلون", "اعتقلته", "يعتقلونهم");
  }

  @Test
  void hamzatedVerbWithConjunction() {
    allHaveLemma("أوقف", "وأوقفت", "أوقفوا", "يوقف", "اوقفت");
  }

  @Test
  void futureParticleOnVerbs() {
    allHaveLemma("حاصر", "سيحاصر", "وسيحاصرون", "فسيحاصرون", "حاصروا", "تحاصر");
  }

  @Test
  void pronounSuffixes() {
    allHaveLemma("قصف", "قصفها", "قصفوها", "وقصفوها", "قصفته");
    allHaveLemma("حصار", "حصارها", "بحصارهم", "وبحصارها", "للحصار", "كالحصار");
  }

  @Test
  void procliticChainsTheDictionaryStripsItself() {
    // conjunction + preposition + article, conjunction + future, lam of purpose: nothing to add as data
    allHaveLemma("حصار", "فبالحصار", "وللحصار", "فلحصارهم", "وكالحصار", "حصارنا", "بحصاركم", "وحصارهما");
    allHaveLemma("حاصر", "فسيحاصرونهم", "وليحاصروا", "ولتحاصر", "فحاصروها", "وحاصرناهم", "يحاصرونها", "حاصرتهم");
    allHaveLemma("اعتقل", "فاعتقلوه", "سيعتقلون");
    allHaveLemma("قذيفة", "وقذائفهم", "والقذائف", "وبقذائف");
  }

  @Test
  void hollowVerb() {
    allHaveLemma("طوق", "طوق", "طوقت", "طوقوا", "يطوقون", "تطوق");
  }

  @Test
  void participlesAndSoundPlurals() {
    allHaveLemma("محاصر", "محاصر", "محاصرة", "المحاصرة", "المحاصرين", "محاصرون");
    allHaveLemma("متظاهر", "المتظاهرين", "متظاهرون", "متظاهرا");
    allHaveLemma("مظاهرة", "مظاهرة", "مظاهرات", "المظاهرات");
  }

  @Test
  void brokenPluralsFromTheDataFile() {
    allHaveLemma("حاجز", "حاجز", "حواجز", "الحواجز", "والحواجز");
    allHaveLemma("معركة", "معركة", "معارك", "المعارك");
    allHaveLemma("قذيفة", "قذيفة", "قذائف", "بالقذائف");
  }

  @Test
  void unknownWordsHaveNoLemma() {
    assertThat(M.lemmas("زخزخزخ")).isEmpty();
    assertThat(M.lemmas("siege")).isEmpty();
    assertThat(M.lemmas("")).isEmpty();
  }

  @Test
  void lemmasAreFoldedLikeTheText() {
    List<String> l = M.lemmas(ArabicNormalizer.fold("وأوقفت"));
    assertThat(l).allSatisfy(x -> assertThat(ArabicNormalizer.fold(x)).isEqualTo(x));
    assertThat(M.knows("أوقف")).isTrue();
    assertThat(M.knows("منعع")).isFalse();
  }

  @Test
  void everyFormContainsACoreOfItsLemma() {
    // the filter of LemmaLookup may skip no true reading: each form contains a core of its lemma's entries
    String[][] pairs = {{"طوق", "طوقوا"}, {"حاجز", "حواجز"}, {"مظاهرة", "مظاهرات"}, {"أوقف", "يوقف"}, {"اعتقل", "يعتقلونهم"},
        {"منع", "يمنعون"}, {"حاصر", "فسيحاصرونهم"}, {"قذيفة", "وقذائفهم"}};
    java.util.Set<String> all = M.cores(java.util.Arrays.stream(pairs).map(p -> ArabicNormalizer.fold(p[0])).toList());
    for (String[] p : pairs) {
      String lemma = ArabicNormalizer.fold(p[0]);
      java.util.Set<String> cores = all;
      assertThat(cores).as(p[0]).isNotEmpty();
      LemmaLookup one = new LemmaLookup(java.util.Map.of(lemma, 0), cores, M::lemmas);
      assertThat(one.of(ArabicNormalizer.fold(p[1]))).as(p[1]).containsExactly(0);
      assertThat(one.mayHave("قال")).as("a word without the core of %s", p[0]).isFalse();
    }
  }

  @Test
  void coresDropTheLettersAffixRulesStrip() {
    assertThat(Morphology.core("اعتقل")).isEqualTo("عتقل");
    assertThat(Morphology.core("تصدي")).isEqualTo("تصد");
    assertThat(Morphology.core("مظاهره")).isEqualTo("مظاهر");
  }
}
