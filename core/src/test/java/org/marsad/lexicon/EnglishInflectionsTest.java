package org.marsad.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One test per English verb paradigm of {@link EnglishInflections}. */
class EnglishInflectionsTest {
  final EnglishInflections en = EnglishInflections.standard();

  @Test
  void regularVerbTakesSEdIng() {
    assertThat(en.forms("attack")).containsExactly("attack", "attacks", "attacked", "attacking");
  }

  @Test
  void silentEIsDroppedBeforeIngAndTakesD() {
    assertThat(en.forms("seize")).containsExactly("seize", "seizes", "seized", "seizing");
    assertThat(en.forms("agree")).containsExactly("agree", "agrees", "agreed", "agreeing");
  }

  @Test
  void sibilantsAndOTakeEs() {
    assertThat(en.forms("clash")).contains("clashes", "clashed", "clashing");
    assertThat(en.forms("march")).contains("marches");
    assertThat(en.forms("veto")).contains("vetoes");
  }

  @Test
  void consonantYBecomesIes() {
    assertThat(en.forms("occupy")).containsExactly("occupy", "occupies", "occupied", "occupying");
    assertThat(en.forms("deploy")).containsExactly("deploy", "deploys", "deployed", "deploying");
  }

  @Test
  void oneSyllableCvcDoublesItsLastConsonant() {
    assertThat(en.forms("ban")).containsExactly("ban", "bans", "banned", "banning");
    assertThat(en.forms("stop")).contains("stopped", "stopping");
    assertThat(en.forms("shell")).contains("shelled", "shelling");
  }

  @Test
  void longerVerbsDoubleOnlyWhenListed() {
    assertThat(en.forms("kidnap")).contains("kidnapped", "kidnapping");
    assertThat(en.forms("expel")).contains("expelled", "expelling");
    assertThat(en.forms("visit")).contains("visited", "visiting");
    assertThat(en.forms("threaten")).contains("threatened", "threatening");
  }

  @Test
  void aFinalLAfterOneVowelIsDoubledInBritishSpellingToo() {
    assertThat(en.forms("cancel")).contains("canceled", "cancelled", "canceling", "cancelling");
    assertThat(en.forms("shell")).doesNotContain("shellled");
  }

  @Test
  void ieBecomesYing() {
    assertThat(en.forms("die")).contains("died", "dying");
  }

  @Test
  void irregularPastAndParticipleComeFromTheDataFile() {
    assertThat(en.forms("take")).containsExactly("take", "takes", "took", "taken", "taking");
    assertThat(en.forms("flee")).containsExactly("flee", "flees", "fled", "fleeing");
    assertThat(en.forms("strike")).contains("struck", "stricken", "striking");
    assertThat(en.forms("withdraw")).contains("withdrew", "withdrawn", "withdraws");
  }

  @Test
  void aPhraseExpandsEachLemmaWord() {
    assertThat(en.expand("<hold> talks")).containsExactly("hold talks", "holds talks", "held talks", "holding talks");
    assertThat(en.expand("siege")).containsExactly("siege");
    assertThat(en.expand("<pull> out of")).contains("pulled out of", "pulling out of");
  }
}
