package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.extract.EventExtractorTest.only;
import static org.marsad.extract.EventExtractorTest.types;

import org.junit.jupiter.api.Test;
import org.marsad.model.Event;
import org.marsad.model.EventType;

/**
 * Fire as a weapon's noun and verb, killings of captives, and the figures that are no act: a relation
 * adjective of an act's noun ("المسار التفاوضي"), an abstract good as an attack's object ("سيادة"),
 * criticism ("came under fire for"). Sentences written for this test.
 */
class FireAndFiguresTest {
  @Test
  void fireIsAnAttack() {
    assertThat(only("Artillery fire hit the town of Talbiseh on Monday.", EventType.ATTACK).attributes())
        .containsEntry("subtype", "shelling");
    assertThat(only("The district of Handarat came under fire on Monday.", EventType.ATTACK).attributes())
        .containsEntry("subtype", "shooting");
    assertThat(only("Militiamen summarily executed six men in the town of Salqin on Friday.", EventType.ATTACK).attributes())
        .containsEntry("subtype", "execution");
  }

  @Test
  void fireThatIsNoAttack() {
    assertThat(types("The company fired at least 40 workers in Aleppo on Monday.")).isEmpty();
    assertThat(types("The minister came under fire from critics in Damascus on Monday.")).isEmpty();
    assertThat(types("The minister came under fire for his remarks in Damascus on Monday.")).isEmpty();
  }

  @Test
  void aRelationAdjectiveOfAnActIsNoAct() {
    assertThat(types("وقال إن المسار التفاوضي متعثر في دمشق.")).isEmpty();
    assertThat(types("وتحدث عن الأسلحة الهجومية التي يملكها الجيش في حلب.")).isEmpty();
    assertThat(types("وتوسعت الحركة الاحتجاجية في درعا.")).isEmpty();
    // the act itself stays: "احتجاجا على الحصار", "هجوما على بلدة"
    assertThat(types("شنت قوات النظام هجوما على بلدة داريا يوم الاثنين.")).contains(EventType.ATTACK);
  }

  @Test
  void anAttackOnAnAbstractGoodIsAFigure() {
    assertThat(types("واعتبر البيان التصريحات اعتداءً صارخاً على سيادة البحرين.")).isEmpty();
    Event e = only("شن مسلحون هجوما على دورية للشرطة في بلدة داعل يوم الاثنين.", EventType.ATTACK);
    assertThat(e.place().nameAr()).isEqualTo("داعل");
  }
}
