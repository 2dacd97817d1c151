package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.extract.EventExtractorTest.events;
import static org.marsad.extract.EventExtractorTest.only;
import static org.marsad.extract.EventExtractorTest.types;

import org.junit.jupiter.api.Test;
import org.marsad.model.EventType;

/**
 * A since-time after a superlative measures a comparison and dates nothing; a delegation alone is no
 * talks, meeting one is; a ceasefire line is a place; surrounding a village is a siege; a topic noun
 * whose place comes only from an earlier sentence stays a topic. Sentences written for this test.
 */
class ComparisonsAndDelegationsTest {
  @Test
  void aSinceTimeAfterASuperlativeDatesNothing() {
    assertThat(only("اتهمت الحكومة المسلحين باستهداف مواقعها بأعنف قصف مدفعي منذ ستة أشهر في مدينة حلب.", EventType.ATTACK)
        .date()).isNull();
    assertThat(events("Government forces shelled Douma on Sunday in the worst attack since February.")
        .stream().filter(e -> e.type() == EventType.ATTACK).map(e -> e.date().value()))
        .containsExactly("2020-03-08");
    // the act compared with keeps its own time; the one compared takes none from it
    assertThat(events("ووصف قصف المسلحين في الساعات الأخيرة بأنه الأعنف منذ معركة السيطرة على بلدة داريا في فبراير الماضي.")
        .stream().filter(e -> e.type() == EventType.ATTACK).map(e -> e.date() == null ? "none" : e.date().value()))
        .contains("2020-02");
    // a since-time without a superlative still dates a siege's start
    assertThat(only("The army has besieged Douma since February.", EventType.SIEGE).date().value()).isEqualTo("2020-02");
  }

  @Test
  void aDelegationAloneIsNoTalksButMeetingOneIs() {
    assertThat(types("وأشار وفد البنك الدولي إلى دور عالمي لنشر التعليم.")).doesNotContain(EventType.NEGOTIATION);
    assertThat(types("رفض الضابط مقابلة وفد من وجهاء البلدة أمس.")).contains(EventType.NEGOTIATION);
    assertThat(types("التقى وفد من أهالي بلدة التل بضباط النظام أمس.")).contains(EventType.NEGOTIATION);
  }

  @Test
  void aCeasefireLineIsAPlaceNotAnAgreement() {
    assertThat(types("Two soldiers were wounded near the ceasefire line with Syria on Monday.")).doesNotContain(EventType.AGREEMENT);
    assertThat(types("جرح جنديان قرب خط وقف إطلاق النار مع سوريا يوم الاثنين.")).doesNotContain(EventType.AGREEMENT);
    assertThat(types("The two sides agreed a ceasefire in Aleppo on Monday.")).contains(EventType.AGREEMENT);
  }

  @Test
  void surroundingAVillageIsASiege() {
    assertThat(only("Rebel fighters surrounded the village of Nubl on Monday.", EventType.SIEGE).attributes().get("phase"))
        .isEqualTo("imposed");
  }

  @Test
  void aTopicNounPlacedOnlyByAnEarlierSentenceStaysATopic() {
    assertThat(types("عقد المنتدى في مدينة حلب. ويهدف البرنامج إلى تعليم الأطفال في مناطق الحروب والاشتباكات."))
        .doesNotContain(EventType.ATTACK);
  }
}
