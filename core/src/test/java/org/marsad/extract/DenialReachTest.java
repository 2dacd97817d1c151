package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.extract.EventExtractorTest.events;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Event;
import org.marsad.model.EventType;
import org.marsad.model.Modality;

/**
 * A denial reaches its act across the denier, a time, a verbal noun or a complementiser
 * (cues.tsv DENIAL_BRIDGE): a denied siege never makes a timeline's source. Sentences written for
 * this test.
 */
class DenialReachTest {
  private static List<Modality> modalities(String text, EventType type) {
    return events(text).stream().filter(e -> e.type() == type).map(Event::modality).toList();
  }

  @Test
  void aDenialAcrossTheDenierAndAVerbalNoun() {
    assertThat(modalities("نفت جماعة أنصار الله فرض أي حصار على مدينة تعز.", EventType.SIEGE))
        .containsExactly(Modality.DENIED);
    assertThat(modalities("نفت قوات الدعم السريع في بيان اليوم الاثنين فرض حصار على مدينة الفاشر.", EventType.SIEGE))
        .containsExactly(Modality.DENIED);
  }

  @Test
  void anEnglishDenialAcrossThatItWas() {
    assertThat(modalities("The Israeli military denied that it was blocking food from entering Jabalia on Tuesday.",
        EventType.SUPPLY_DENIAL)).isNotEmpty().containsOnly(Modality.DENIED);
  }

  @Test
  void aDeniedClauseIsOneDeniedAct() {
    // "denied that" is a verb of saying, not a denial of aid: one act, the clause's, denied
    assertThat(modalities("A government spokesman denied that Addis Ababa was blocking aid to the region.",
        EventType.SUPPLY_DENIAL)).containsExactly(Modality.DENIED);
  }

  @Test
  void aPresentVerbNegatedAtOnceIsDenied() {
    assertThat(modalities("وزعمت وكالة أعماق أن مقاتلي التنظيم لا يحاصرون المدنيين في مدينة هيت.", EventType.SIEGE))
        .containsExactly(Modality.DENIED);
    // "لا تزال" negates no act: the siege goes on
    assertThat(modalities("ولا تزال قوات النظام تحاصر مدينة داريا منذ عامين.", EventType.SIEGE)).containsExactly(Modality.ASSERTED);
  }

  @Test
  void aDenialDoesNotReachPastOtherWords() {
    // the denial is of the talks; the siege the sentence goes on to tell is asserted
    assertThat(modalities("نفى المتحدث وجود مفاوضات، وقال إن قوات النظام تفرض حصارا على مدينة داريا.", EventType.SIEGE))
        .containsExactly(Modality.ASSERTED);
    assertThat(modalities("لم يتمكن الأهالي من الخروج بسبب الحصار الذي تفرضه قوات النظام على مدينة داريا.", EventType.SIEGE))
        .doesNotContain(Modality.DENIED);
  }
}
