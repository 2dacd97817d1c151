package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.extract.EventExtractorTest.types;

import org.junit.jupiter.api.Test;
import org.marsad.model.EventType;

/** One test per eventiveness rule, on sentences written for these tests. */
class EventivenessTest {
  @Test
  void controlInThePresentIsAState() {
    assertThat(types("قصفت الطائرات الأحياء التي تسيطر عليها المعارضة.")).doesNotContain(EventType.CONTROL_CHANGE);
    assertThat(types("سقطت قذائف على الحي الخاضع لسيطرة النظام.")).doesNotContain(EventType.CONTROL_CHANGE);
  }

  @Test
  void becomingOrASinceDateMakesControlNews() {
    assertThat(types("باتت قوات النظام تسيطر على البلدة.")).contains(EventType.CONTROL_CHANGE);
    assertThat(types("خضعت البلدة لسيطرة النظام عام 2018.")).contains(EventType.CONTROL_CHANGE);
    assertThat(types("البلدة التي تسيطر عليها المعارضة منذ 3 أيار.")).contains(EventType.CONTROL_CHANGE);
  }

  @Test
  void battlesSaidToTakePlaceAreNews() {
    // a verb of taking place governs the noun: a happening, though nothing else anchors it
    assertThat(types("وقال المصدر إن معارك عنيفة تدور في المنطقة.")).contains(EventType.ATTACK);
    assertThat(types("وقال المصدر إن الاشتباكات تواصلت في المنطقة.")).contains(EventType.ATTACK);
    // the same noun as a topic stays none
    assertThat(types("وقال المصدر إن المعارك في المنطقة تؤثر على الاقتصاد.")).doesNotContain(EventType.ATTACK);
  }

  @Test
  void holdingFastToAVirtueIsNoSitIn() {
    assertThat(types("ودعا البيان إلى الاعتصام بالكتاب والسنة ونبذ الفرقة.")).doesNotContain(EventType.PROTEST);
    assertThat(types("وحث الخطيب على الاعتصام بحبل الله.")).doesNotContain(EventType.PROTEST);
    assertThat(types("ونظم المعلمون اعتصاما أمام مبنى المحافظة في مدينة درعا أمس.")).contains(EventType.PROTEST);
  }

  @Test
  void whatPeopleFleeIsNoActTold() {
    assertThat(types("Thousands of families fleeing the fighting arrived in Idlib on Monday.")).doesNotContain(EventType.ATTACK);
    assertThat(types("وصل آلاف الفارين من المعارك إلى مدينة إدلب أمس.")).doesNotContain(EventType.ATTACK);
    assertThat(types("Rebels and troops were fighting in the town of Saraqeb on Monday.")).contains(EventType.ATTACK);
  }

  @Test
  void anActSetAsideIsNotAnAct() {
    assertThat(types("Rebels say the militia cooperates with the army rather than fighting it.")).doesNotContain(EventType.ATTACK);
    assertThat(types("وفضل التنظيم التفاوض بدلا من اقتحام البلدة.")).doesNotContain(EventType.ATTACK);
  }

  @Test
  void aFutureIsNotAnAct() {
    // the future "س" on the trigger's verb, whatever its person
    assertThat(types("قال المسؤول إن المقاتلين سينسحبون من البلدة.")).doesNotContain(EventType.CONTROL_CHANGE);
    assertThat(types("قال المسؤول إن القوات ستنسحب من البلدة.")).doesNotContain(EventType.CONTROL_CHANGE);
    assertThat(types("انسحب المقاتلون من البلدة أمس.")).contains(EventType.CONTROL_CHANGE);
    // a verb whose own letters start with س is no future
    assertThat(types("وسيطروا على بلدة مضايا أمس.")).contains(EventType.CONTROL_CHANGE);
  }

  @Test
  void futureVerbsByTheirReadings() {
    assertThat(Eventiveness.futureVerb("سينسحبون")).isTrue();
    assertThat(Eventiveness.futureVerb("وستنسحب")).isTrue();
    assertThat(Eventiveness.futureVerb("سيطروا")).isFalse();
    assertThat(Eventiveness.futureVerb("سيطرة")).isFalse();
    assertThat(Eventiveness.futureVerb("ينسحبون")).isFalse();
  }

  @Test
  void aVerbOfAimingMakesTheActsNounAnAim() {
    assertThat(types("بدأ الجيش أمس عملية واسعة تستهدف السيطرة على القاعدة الجوية.")).doesNotContain(EventType.CONTROL_CHANGE);
    assertThat(types("قال القائد إن التنظيم يسعى إلى السيطرة على المدينة.")).doesNotContain(EventType.CONTROL_CHANGE);
    // the verb itself is no aim of what it governs otherwise
    assertThat(types("بدأ الجيش أمس عملية واسعة وتمكن من السيطرة على القاعدة الجوية.")).contains(EventType.CONTROL_CHANGE);
  }

  @Test
  void anAimIsNotAnAct() {
    assertThat(types("حشدت القوات مئات العناصر للسيطرة على المدينة.")).doesNotContain(EventType.CONTROL_CHANGE);
    assertThat(types("The army sent troops to recapture the town.")).doesNotContain(EventType.CONTROL_CHANGE);
  }

  @Test
  void anAimToLiftASiegeSaysTheSiegeHolds() {
    assertThat(EventExtractorTest.only("تحاول الفصائل لفك الحصار عن البلدة.", EventType.SIEGE).attributes())
        .containsEntry("phase", "continued");
  }

  @Test
  void anAgreementNamedAsATopicIsNotOne() {
    assertThat(types("انتقد النائب الاتفاق بشدة في كلمته.")).doesNotContain(EventType.AGREEMENT);
    assertThat(types("وقعت الحكومة والفصائل الاتفاق في المدينة.")).contains(EventType.AGREEMENT);
    assertThat(types("دخل الاتفاق حيز التنفيذ اليوم.")).contains(EventType.AGREEMENT);
  }

  @Test
  void anEnglishActNounAfterTheOrInThePluralIsATopic() {
    assertThat(EnglishWordClassesTest.Lang.types("The negotiations in Turkey have worried the minister."))
        .doesNotContain(EventType.NEGOTIATION);
    assertThat(EnglishWordClassesTest.Lang.types("Bombings in Syria have worried the minister.")).doesNotContain(EventType.ATTACK);
    assertThat(EnglishWordClassesTest.Lang.types("Bombings hit the town of Azaz on Monday.")).contains(EventType.ATTACK);
    assertThat(EnglishWordClassesTest.Lang.types("Jets bombed targets in Syria.")).contains(EventType.ATTACK);
    assertThat(EnglishWordClassesTest.Lang.types("The king received the visiting prime minister.")).contains(EventType.NEGOTIATION);
  }

  @Test
  void aParticipleOfFlightAfterPeopleDescribesThem() {
    assertThat(EnglishWordClassesTest.Lang.types("France will send aid to Syrians displaced by the war."))
        .doesNotContain(EventType.DISPLACEMENT);
    assertThat(EnglishWordClassesTest.Lang.types("The agency opened a camp for families fleeing the violence in the north."))
        .doesNotContain(EventType.DISPLACEMENT);
    assertThat(EnglishWordClassesTest.Lang.types("Thousands of civilians fled the town of Azaz.")).contains(EventType.DISPLACEMENT);
    assertThat(EnglishWordClassesTest.Lang.types("Families fleeing the town of Azaz reached the border on Monday."))
        .contains(EventType.DISPLACEMENT);
  }

  @Test
  void aHandingOverIsADemandOnlyWhenImposed() {
    assertThat(EnglishWordClassesTest.Lang.types("The rebels handed over the bodies of five soldiers.")).doesNotContain(EventType.DEMAND);
    assertThat(EnglishWordClassesTest.Lang.types("The army ordered the villagers to hand over their weapons."))
        .contains(EventType.DEMAND);
  }

  @Test
  void anActInsideAConditionIsNotToldAsDone() {
    assertThat(EventExtractorTest.types("وإذا سيطرت الفصائل على مدينة درعا فإن ذلك سيعجل بتقدمها نحو دمشق."))
        .doesNotContain(EventType.CONTROL_CHANGE);
    assertThat(EventExtractorTest.types("وسيطرت الفصائل أمس على مدينة درعا.")).contains(EventType.CONTROL_CHANGE);
    assertThat(EnglishWordClassesTest.Lang.types("If the army storms the town of Tafas, the talks will collapse."))
        .doesNotContain(EventType.ATTACK);
    assertThat(EnglishWordClassesTest.Lang.types("The army stormed the town of Tafas on Monday.")).contains(EventType.ATTACK);
    // the condition ends with its clause: what the next clause tells is told
    assertThat(EventExtractorTest.types("ولم يعرف ما إذا كان القتلى مدنيين، مشيرا إلى اشتباكات عنيفة في محيط بلدة الفوعة."))
        .contains(EventType.ATTACK);
  }
}
