package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.extract.EventExtractorTest.only;

import org.junit.jupiter.api.Test;
import org.marsad.model.Event;
import org.marsad.model.EventType;
import org.marsad.model.Modality;

/**
 * A siege's ending negated right before its verb is the siege held, asserted (SiegeSides.negatedEnding);
 * a siege "on" fighters besieges fighters, not a community. Sentences written for this test.
 */
class NegatedEndingsTest {
  @Test
  void anEndingNegatedBeforeItsVerbIsTheSiegeHeld() {
    assertThat(only("The army has not lifted the siege of Homs, residents said on Monday.", EventType.SIEGE)
        .attributes().get("phase")).isEqualTo("continued");
    assertThat(only("The militants have not said whether they are lifting the blockade of Homs.", EventType.SIEGE)
        .attributes().get("phase")).isEqualTo("continued");
    Event ar = only("لم يتم فك الحصار عن مدينة حمص رغم الاتفاق.", EventType.SIEGE);
    assertThat(ar.attributes().get("phase")).isEqualTo("continued");
    assertThat(ar.modality()).isEqualTo(Modality.ASSERTED);
  }

  @Test
  void aDenialVerbStillDeniesTheLifting() {
    Event e = only("نفى الجيش فك الحصار عن مدينة حمص.", EventType.SIEGE);
    assertThat(e.attributes().get("phase")).isEqualTo("lifted");
    assertThat(e.modality()).isEqualTo(Modality.DENIED);
    assertThat(only("The army lifted the siege of Homs on Monday.", EventType.SIEGE).attributes().get("phase"))
        .isEqualTo("lifted");
  }

  @Test
  void aSiegeOnFightersBesiegesFighters() {
    assertThat(only("شددت الوحدات الكردية الحصار على مقاتلي التنظيم في حي الزهور بمدينة الحسكة.", EventType.SIEGE)
        .attributes()).containsEntry("besieged", "combatants");
  }

  @Test
  void aWarningThatWhoeverComesWillBeTargetedIsAThreat() {
    assertThat(only("The militants warned that any truck heading to Homs will be targeted.", EventType.THREAT).modality())
        .isEqualTo(Modality.ASSERTED);
  }
}
