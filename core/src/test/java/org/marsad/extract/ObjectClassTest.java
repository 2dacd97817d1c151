package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.extract.EnglishWordClassesTest.Lang.types;

import org.junit.jupiter.api.Test;
import org.marsad.model.EventType;

/** The object of an expulsion or a deployment decides whether the codebook models it (ObjectClass); written sentences. */
class ObjectClassTest {
  @Test
  void expellingEnvoysIsDiplomacyNotDisplacement() {
    assertThat(types("The government expelled two Russian diplomats on Monday.")).doesNotContain(EventType.DISPLACEMENT);
    assertThat(types("The authorities deported three foreign journalists on Sunday.")).doesNotContain(EventType.DISPLACEMENT);
    assertThat(types("Militias expelled hundreds of families from the village of Tal Tamr on Monday."))
        .contains(EventType.DISPLACEMENT);
  }

  @Test
  void deployingPeacekeepersIsNotABuildup() {
    assertThat(types("The United Nations deployed 300 peacekeeping troops in the south on Monday."))
        .doesNotContain(EventType.MILITARY_BUILDUP);
    assertThat(types("The army deployed 300 troops in the south on Monday.")).contains(EventType.MILITARY_BUILDUP);
  }

  @Test
  void withdrawingEnvoysOrPeacekeepersAndSeizingPropertyAreNotControlChanges() {
    assertThat(types("Madrid withdrew its ambassador from the capital on Friday.")).doesNotContain(EventType.CONTROL_CHANGE);
    assertThat(types("The UN pulled out its peacekeepers from the buffer zone.")).doesNotContain(EventType.CONTROL_CHANGE);
    assertThat(types("Police seized its offices and closed the newspaper.")).doesNotContain(EventType.CONTROL_CHANGE);
    assertThat(types("Residents were allowed to withdraw savings frozen since 2021.")).doesNotContain(EventType.CONTROL_CHANGE);
    assertThat(types("The rebels withdrew from the town of Azaz on Friday.")).contains(EventType.CONTROL_CHANGE);
    assertThat(types("Rebels captured the town of Azaz and seized weapons.")).contains(EventType.CONTROL_CHANGE);
  }

  @Test
  void expellingAgenciesIsASanction() {
    assertThat(types("The junta expelled four foreign aid agencies on Monday.")).doesNotContain(EventType.DISPLACEMENT);
  }

  @Test
  void aFigurativeOrUniversalObjectMakesNoActOfForce() {
    assertThat(arabic("انطلقت أمس المعركة الانتخابية في البلاد.")).doesNotContain(EventType.ATTACK);
    assertThat(arabic("دعا الكاتب إلى حصار أصحاب الأفكار المتشددة في المدارس.")).doesNotContain(EventType.SIEGE);
    assertThat(arabic("حذر الوزير أمس من انفجار الأوضاع في المنطقة.")).doesNotContain(EventType.ATTACK);
    assertThat(arabic("أعلن الجيش أنه سيشن هجوما يستهدف أي قوات تقترب من الحدود.")).doesNotContain(EventType.ATTACK);
    // the same nouns with a real object stay acts
    assertThat(arabic("اندلعت أمس معركة عنيفة في بلدة مضايا بريف دمشق.")).contains(EventType.ATTACK);
    assertThat(arabic("فرضت قوات النظام أمس حصارا على بلدة مضايا بريف دمشق.")).contains(EventType.SIEGE);
  }

  @Test
  void withdrawingFromAnUndertakingHandsOverNoGround() {
    assertThat(types("The party withdrew from the talks on Monday.")).doesNotContain(EventType.CONTROL_CHANGE);
    assertThat(types("Washington pulled out of the treaty last year.")).doesNotContain(EventType.CONTROL_CHANGE);
    assertThat(types("The rebels withdrew from the village of Kafr Nabl on Monday.")).contains(EventType.CONTROL_CHANGE);
  }

  @Test
  void peopleNamedByTheirActAreAnotherActsPatients() {
    assertThat(types("Soldiers opened fire on demonstrators in the square on Friday.")).doesNotContain(EventType.PROTEST);
    assertThat(types("Guards tortured the detainees in the prison.")).doesNotContain(EventType.ARREST);
    assertThat(types("Thousands of demonstrators marched through the capital on Friday.")).contains(EventType.PROTEST);
    assertThat(types("Police detained 40 protesters in the square on Friday.")).contains(EventType.ARREST);
  }

  private static java.util.List<EventType> arabic(String text) {
    return EventExtractorTest.events(text).stream().map(org.marsad.model.Event::type).toList();
  }
  @Test
  void peopleCaughtBetweenTheSidesAreNotBesieged() {
    assertThat(types("وقال أحد السكان لمراسلنا: حوصرنا بين الطرفين يومين كاملين قبل أن نتمكن من الفرار.")).doesNotContain(EventType.SIEGE);
    assertThat(types("حاصرت قوات النظام بلدة داريا منذ أشهر.")).contains(EventType.SIEGE);
  }

  @Test
  void aMovementThatIsAnOrganisationIsNoMovementOfPeople() {
    // "حركة" inside an actor's name is no argument of "prevent x people's movement"
    assertThat(types("وقال المتحدث إن الاتفاق يمنع تكرار تجربة حركة حماس في القطاع.")).doesNotContain(EventType.MOVEMENT_RESTRICTION);
    assertThat(types("منعت قوات النظام حركة المدنيين من البلدة وإليها أمس.")).contains(EventType.MOVEMENT_RESTRICTION);
  }
  @Test
  void aCordonRoundTheSiteOfAnIncidentIsNoSiege() {
    assertThat(types("وقال مصدر في الشرطة إن قوة أمنية طوقت مكان الانفجار ونقلت الجرحى إلى المستشفى.")).doesNotContain(EventType.SIEGE);
    assertThat(types("وفرض عناصر الأمن طوقا أمنيا على المكان عقب الهجوم.")).doesNotContain(EventType.SIEGE);
    assertThat(types("فرضت قوات النظام طوقا أمنيا على بلدة داريا أمس.")).contains(EventType.SIEGE);
  }

  @Test
  void anAttackFollowedBySayingIsWordsNotForce() {
    assertThat(EventExtractorTest.types("وواصل الوزير هجومه قائلا إن الحكومة فشلت في حماية المدنيين."))
        .doesNotContain(EventType.ATTACK);
    assertThat(EventExtractorTest.types("وشن المسلحون هجومهم على بلدة كفرنبل فجر اليوم.")).contains(EventType.ATTACK);
  }
}
