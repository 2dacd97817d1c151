package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.extract.EventExtractorTest.only;

import org.junit.jupiter.api.Test;
import org.marsad.model.Event;
import org.marsad.model.EventType;

/** An undated act and the day its paragraph names just before it (sentences written for these tests; published 2020-03-10). */
class ParagraphDayTest {
  private static String date(String text) {
    Event e = only(text, EventType.ATTACK);
    return e.date() == null ? null : e.date().value();
  }

  @Test
  void anUndatedActTakesTheDayOfTheSentenceBefore() {
    assertThat(date("سيطرت قوات النظام أمس على بلدة كفرنبل في ريف إدلب. واستهدف الطيران الحربي بلدة حيش بالصواريخ."))
        .isEqualTo("2020-03-09");
  }

  @Test
  void anotherParagraphsDayIsNotIts() {
    assertThat(date("سيطرت قوات النظام أمس على بلدة كفرنبل في ريف إدلب.\nواستهدف الطيران الحربي بلدة حيش بالصواريخ."))
        .isNull();
  }

  @Test
  void aSinceTimeIsNoDay() {
    assertThat(date("تحاصر قوات النظام بلدة كفرنبل في ريف إدلب منذ الجمعة. واستهدف الطيران الحربي بلدة حيش بالصواريخ."))
        .isNull();
  }

  @Test
  void aDayNamedSentencesFurtherBackIsNotIts() {
    assertThat(date("سيطرت قوات النظام أمس على بلدة كفرنبل في ريف إدلب. وتقع البلدة على طريق دمشق حلب. "
        + "ويسكنها آلاف النازحين. واستهدف الطيران الحربي بلدة حيش بالصواريخ.")).isNull();
  }

  @Test
  void anEnglishTollToldTownByTownTakesTheLeadsDay() {
    Event saqba = EventExtractorTest.events("Government air strikes killed at least 20 civilians in Douma on Monday, a monitor said. "
        + "Five more civilians were killed in the town of Saqba.").stream()
        .filter(e -> e.type() == EventType.ATTACK && e.place() != null && e.place().name().contains("Saqba")).findFirst().orElseThrow();
    assertThat(saqba.date()).isNotNull();
    assertThat(saqba.date().value()).isEqualTo("2020-03-09");
  }

  @Test
  void anEnglishBuildUpToldAfterADayIsNewsOfItsOwn() {
    Event buildUp = only("Rebels seized the town of Kafranbel on Monday. Government troops massed near the town of Heish.",
        EventType.MILITARY_BUILDUP);
    assertThat(buildUp.date()).isNull();
  }
}
