package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.extract.EventExtractorTest.types;

import org.junit.jupiter.api.Test;
import org.marsad.model.EventType;

/** Families of synonyms of known acts (issue 9 item 3), on sentences written for these tests. */
class ArabicFamiliesTest {
  @Test
  void aMeetingWithACounterpartIsTalks() {
    assertThat(types("التقى وزير الخارجية نظيره الروسي في موسكو أمس.")).contains(EventType.NEGOTIATION);
    assertThat(types("وعقد الوزير لقاء مع نظيره الإيراني في طهران أمس.")).contains(EventType.NEGOTIATION);
    assertThat(types("وصل المبعوث إلى دمشق للاجتماع مع وفد الحكومة.")).contains(EventType.NEGOTIATION);
    assertThat(types("والتقت رئيسة البعثة الطرفين في جنيف أمس.")).contains(EventType.NEGOTIATION);
  }

  @Test
  void aMeetingWithoutACounterpartIsNoTalks() {
    assertThat(types("عقد مجلس الوزراء اجتماعه الأسبوعي أمس.")).doesNotContain(EventType.NEGOTIATION);
    assertThat(types("التقى الطلاب في ساحة الجامعة أمس.")).doesNotContain(EventType.NEGOTIATION);
    // the verb's letters after the article are no meeting: "في" stays a preposition
    assertThat(types("وقال الوزير في مؤتمر صحافي أمس إن الحكومة تدرس الخطة.")).doesNotContain(EventType.NEGOTIATION);
  }

  @Test
  void slaughterIsAnExecution() {
    assertThat(types("ذبح مسلحو التنظيم ثلاثة رهائن في بلدة مضايا أمس.")).contains(EventType.ATTACK);
    assertThat(types("وبث التنظيم شريطا يظهر عناصره وهم يذبحون أسيرا في دير الزور.")).contains(EventType.ATTACK);
  }

  @Test
  void aSourceAskingNotToBeNamedMakesNoDemand() {
    assertThat(EventExtractorTest.types("وقال أحد السكان، طالبا عدم ذكر اسمه، إن المسلحين نهبوا السوق.")).doesNotContain(EventType.DEMAND);
    assertThat(EventExtractorTest.types("وطالب المسلحون الأهالي بتسليم أسلحتهم خلال 48 ساعة.")).contains(EventType.DEMAND);
  }
}
