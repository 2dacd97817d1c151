package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.extract.EventExtractorTest.only;

import org.junit.jupiter.api.Test;
import org.marsad.model.Event;
import org.marsad.model.EventType;

/** An undated Arabic act and the day its paragraph names just before it (sentences written for these tests; published 2020-03-10). */
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
}
