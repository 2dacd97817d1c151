package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.extract.EventExtractorTest.only;

import org.junit.jupiter.api.Test;
import org.marsad.model.Event;
import org.marsad.model.EventType;

/** Which time of its sentence dates an act (sentences written for these tests; published 2020-03-10). */
class DateRulesTest {
  private static String date(Event e) {
    return e.date() == null ? null : e.date().value();
  }

  @Test
  void aTimeInsideARelativeClauseOfAnotherNounDoesNotDateTheAct() {
    Event e = only("وقال مسؤول محلي إن المسلحين اختطفوا عشرة من أبناء القرية الذين عادوا إليها أمس.", EventType.ARREST);
    assertThat(date(e)).isNull();
  }

  @Test
  void aRelativeClauseRightAfterTheActTellsOfTheActItself() {
    Event e = only("أسفرت الغارة الجوية التي نفذها الطيران الحربي أمس على بلدة كفرنبل عن مقتل خمسة مدنيين.", EventType.ATTACK);
    assertThat(date(e)).isEqualTo("2020-03-09");
  }

  @Test
  void aTimeOfTheActsOwnClauseStillDatesIt() {
    Event e = only("اختطف المسلحون أمس عشرة من أبناء القرية الذين عادوا إليها.", EventType.ARREST);
    assertThat(date(e)).isEqualTo("2020-03-09");
  }

  @Test
  void aCommaClosesTheRelativeClause() {
    Event e = only("اختطف المسلحون عشرة من أبناء القرية التي يسيطر عليها التنظيم، حسب ما أفاد ناشطون أمس.", EventType.ARREST);
    assertThat(date(e)).isEqualTo("2020-03-09");
  }

  @Test
  void aSinceTimeAfterAnotherActsParticipleDescribesThePlaceNotTheNextAct() {
    Event e = only("أحكمت القوات يوم السبت الماضي الطوق على بلدة كفرنبل المحاصرة منذ يوليو الماضي، إذ أغلقت الطريق الوحيد إليها.",
        EventType.MOVEMENT_RESTRICTION);
    assertThat(date(e)).isEqualTo("2020-03-07");
  }
}
