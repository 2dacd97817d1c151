package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.extract.EventExtractorTest.events;
import static org.marsad.extract.EventExtractorTest.only;

import org.junit.jupiter.api.Test;
import org.marsad.model.Event;
import org.marsad.model.EventType;

/** Who did it when the text says it indirectly; sentences written for these tests. */
class ActorRolesTest {
  @Test
  void anAirArmImpliesTheSideThatHoldsTheAir() {
    assertThat(only("قصف الطيران المروحي بلدة كفرنبل في ريف إدلب أمس.", EventType.ATTACK).actor1().name())
        .isEqualTo("Syrian Government Forces");
  }

  @Test
  void anActorNamedInAChargeIsNotWhoArrested() {
    assertThat(only("اعتقلت عناصر تنظيم داعش شابين في مدينة الرقة أمس بتهمة التعاون مع الجيش الحر.", EventType.ARREST)
        .actor1().name()).isEqualTo("Islamic State");
    assertThat(only("Islamic State fighters detained two men in Raqqa on Monday, accused of spying for the Free Syrian Army.",
        EventType.ARREST).actor1().name()).isEqualTo("Islamic State");
    assertThat(only("احتجز مسلحون شابين في مدينة الرقة أمس بتهمة التعاون مع الجيش الحر.", EventType.ARREST).actor1()).isNull();
  }

  @Test
  void aHoldersBracketedShortNameIsTheHolderToo() {
    assertThat(only("Monitors said the strikes on Raqqa, a city held by the Islamic State group [IS], killed 17 people on Monday.",
        EventType.ATTACK).actor1()).isNull();
  }

  @Test
  void theSubjectOfAVerbOfManagingDoesTheActItGoverns() {
    assertThat(only("وتمكنت الفصائل المقاتلة بعد سلسلة هجمات مضادة من قوات النظام في سهل الغاب من السيطرة على بلدة قلعة المضيق أمس.",
        EventType.CONTROL_CHANGE).actor1().name()).isEqualTo("Opposition Factions");
    assertThat(only("وقال المرصد إن الفصائل المقاتلة في المدينة تمكنت من أسر العشرات من قوات النظام والسيطرة على بلدة قلعة المضيق أمس.",
        EventType.CONTROL_CHANGE).actor1().name()).isEqualTo("Opposition Factions");
  }

  @Test
  void theArmOfAnActBeforeItsTargetNamesTheDoer() {
    // the group after "مقرات لـ" owns the headquarters struck; the air arm names who struck them
    assertThat(only("واستهدف الطيران الحربي مقرات لحركة أحرار الشام في بلدة سرمين اليوم.", EventType.ATTACK).actor1().name())
        .isEqualTo("Syrian Government Forces");
  }

  @Test
  void theOwnerOfTheArmAfterBelongingToIsTheDoer() {
    assertThat(only("وقصفت طائرات حربية يعتقد أنها تابعة للتحالف الذي تقوده الولايات المتحدة مواقع في بلدة أعزاز اليوم.",
        EventType.ATTACK).actor1().name()).isEqualTo("US-led Coalition");
    // "the coalition" alone is the coalition of the event's country
    assertThat(only("وشنت طائرات تابعة للتحالف غارات على مواقع الحوثيين في مدينة زنجبار أمس.", EventType.ATTACK).actor1().name())
        .isEqualTo("Saudi-led Coalition");
  }

  @Test
  void aBodyInTheTitleOfWhoSpeaksIsTheSourceNotTheDoer() {
    assertThat(only("وقال الناطق باسم الجيش السوري الحر إن مسلحين مجهولين يحاصرون بلدة الحراك منذ أيام.", EventType.SIEGE)
        .actor1()).isNull();
    // its own forces after what it says: the body is their doer
    assertThat(only("وقال الجيش العراقي إن قواته قصفت مواقع في مدينة هيت أمس.", EventType.ATTACK).actor1().name())
        .isEqualTo("Iraqi Security Forces");
  }

  @Test
  void anEscortIsNoBesieger() {
    assertThat(only("وقال مصدر إن مسلحين يطوقون بلدة الحراك من ثلاث جهات فيما يقتصر التنقل على طريق لا تسلكه سوى العائلات برفقة قوات النظام.",
        EventType.SIEGE).actor1()).isNull();
  }

  @Test
  void theAntecedentOfTheActsRelativeClauseIsItsDoer() {
    assertThat(only("وأثار مقتل القادة استياء كبيرا لعناصر تنظيم داعش الذي فرض حظرا للتجوال في مدينة الموصل أمس.",
        EventType.MOVEMENT_RESTRICTION).actor1().name()).isEqualTo("Islamic State");
  }

  @Test
  void aMilitaryBaseIsNotAlQaeda() {
    assertThat(only("وقال شهود إن غارات مكثفة شنتها الطائرات على القاعدة العسكرية في محافظة لحج أمس.", EventType.ATTACK).actor1())
        .satisfiesAnyOf(a -> assertThat(a).isNull(), a -> assertThat(a.name()).isNotEqualTo("Al-Qaeda"));
    assertThat(only("وقال تنظيم القاعدة إنه هاجم مواقع للجيش في مدينة المكلا أمس.", EventType.ATTACK).actor1().name())
        .isEqualTo("Al-Qaeda");
  }

  @Test
  void noSideIsImpliedWhereNoneHoldsTheAir() {
    assertThat(only("قصف الطيران المروحي مواقع في مدينة الموصل أمس.", EventType.ATTACK).actor1()).isNull();
  }

  @Test
  void theFightersOfAGroupThatAnActBefellAreTheTarget() {
    assertThat(only("واصلت قوات النظام في مدينة حمص أمس استهداف عناصر تنظيم داعش.", EventType.ATTACK).actor1().name())
        .isEqualTo("Syrian Government Forces");
    assertThat(only("واصلت القوات الأمنية في مدينة الرمادي أمس استهداف مسلحين من تنظيم داعش.", EventType.ATTACK)
        .actor1().name()).isEqualTo("Iraqi Security Forces");
  }

  @Test
  void aGroupJoinedToATargetIsATargetToo() {
    assertThat(only("واصلت قوات النظام في مدينة حمص أمس استهداف عناصر داعش والمعارضة.", EventType.ATTACK).actor1().name())
        .isEqualTo("Syrian Government Forces");
  }

  @Test
  void aVerbWithThePronounOfTheActNamesItsDoerNext() {
    String text = "قتل خمسة من مقاتلي المعارضة في غارة شنها أمس طيران التحالف على مدينة الرقة.";
    assertThat(only(text, EventType.ATTACK).actor1().name()).isEqualTo("US-led Coalition");
  }

  @Test
  void theActsOwnNationalityNamesItsDoer() {
    assertThat(only("استمرت الغارات التركية على مواقع لتنظيم داعش في ريف حلب أمس.", EventType.ATTACK).actor1().name())
        .isEqualTo("Turkish Armed Forces");
    assertThat(only("قتل عشرة مسلحين من تنظيم داعش في غارة جوية أميركية على ريف حلب أمس.", EventType.ATTACK).actor1().name())
        .isEqualTo("United States");
  }

  @Test
  void theActsOwnArmNamesItsDoerBeforeAnActorOfAnotherClause() {
    String text = "تعرضت بلدة كفرنبل في ريف إدلب لقصف جوي عنيف أمس، في حين استهدفت الفصائل المقاتلة حاجزا في المنطقة.";
    assertThat(events(text).stream().filter(e -> e.type() == EventType.ATTACK).findFirst().orElseThrow().actor1().name())
        .isEqualTo("Syrian Government Forces");
    // a doer named as the act's subject keeps it
    assertThat(only("شن طيران التحالف غارات جوية على مدينة الرقة أمس.", EventType.ATTACK).actor1().name())
        .isEqualTo("US-led Coalition");
  }

  @Test
  void aGenericNounBeforeANameIsThatNamesFighters() {
    assertThat(only("قصف المسلحون الحوثيون أمس حي المسبح في مدينة تعز.", EventType.ATTACK).actor1().name()).isEqualTo("Houthis");
    // joined by "و", the name is another actor of the pair, not a qualifier
    assertThat(only("قصفت قوات النظام وحزب الله أمس بلدة الزبداني في ريف دمشق.", EventType.ATTACK).actor1().name())
        .isEqualTo("Syrian Government Forces");
  }

  @Test
  void theActorAfterAnAttacksVerbalNounIsItsTarget() {
    Event e = only("تواصل المقاومة الشعبية استهداف الحوثيين في محافظة تعز.", EventType.ATTACK);
    assertThat(e.actor1().name()).isEqualTo("Popular Resistance");
    assertThat(e.actor2().name()).isEqualTo("Houthis");
    // a target's noun may stand between: "مهاجمة عناصر حزب الله"
    assertThat(only("ورد مقاتلو المعارضة بمهاجمة عناصر حزب الله في مدينة تدمر.", EventType.ATTACK).actor1().name())
        .isEqualTo("Opposition Factions");
    // with a ل object after it, the genitive is the subject: "اقتحام قوات النظام لبلدة"
    assertThat(only("أدى اقتحام قوات النظام لبلدة كفرنبل أمس إلى مقتل عشرة مدنيين.", EventType.ATTACK).actor1().name())
        .isEqualTo("Syrian Government Forces");
  }

  @Test
  void anActorAimedAtIsNeverTheDoerEvenWhenAlone() {
    Event ar = only("شن مسلحون هجوما على عناصر حزب الله في مدينة تدمر.", EventType.ATTACK);
    assertThat(ar.actor1()).isNull();
    assertThat(ar.actor2().name()).isEqualTo("Hezbollah");
    Event en = only("Activists reported an attack on government forces in Palmyra on Monday.", EventType.ATTACK);
    assertThat(en.actor1()).isNull();
    assertThat(en.actor2().name()).isEqualTo("Syrian Government Forces");
  }

  @Test
  void whoUndergoesAnActIsNotItsDoer() {
    Event ar = only("وقال ناشطون إن عناصر من قوات النظام تعرضوا لهجوم في مدينة الرقة أمس.", EventType.ATTACK);
    assertThat(ar.actor1()).isNull();
    assertThat(ar.actor2().name()).isEqualTo("Syrian Government Forces");
    assertThat(only("Syrian army soldiers came under attack in Raqqa on Monday.", EventType.ATTACK).actor1()).isNull();
  }

  @Test
  void anEnglishActorAfterAnotherActsVerbIsThatActsArgument() {
    // "gunmen" is an act's word of its own; Hezbollah is whom "attacked" struck
    assertThat(only("Gunmen attacked Hezbollah fighters in Palmyra on Monday.", EventType.ATTACK).actor1()).isNull();
  }
}
