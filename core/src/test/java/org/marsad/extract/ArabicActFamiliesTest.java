package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.extract.EventExtractorTest.only;
import static org.marsad.extract.EventExtractorTest.types;

import org.junit.jupiter.api.Test;
import org.marsad.model.Event;
import org.marsad.model.EventType;
import org.marsad.model.Modality;

/** Families of Arabic wordings of acts found missed or misread on unseen reports; sentences written for these tests. */
class ArabicActFamiliesTest {
  @Test
  void holdingOrTakingAwayPeopleIsAnArrest() {
    assertThat(types("تحفظت الشرطة على سبعة أشخاص في مدينة حمص يوم الأحد.")).contains(EventType.ARREST);
    assertThat(types("عناصر الأمن يتحفظون على عشرات المطلوبين في بلدة داعل.")).contains(EventType.ARREST);
    assertThat(types("وتم التحفظ على ثلاثة مشتبه بهم في مدينة الرقة أمس.")).contains(EventType.ARREST);
    assertThat(types("اقتادت دورية عسكرية أربعة شبان من بلدة نوى إلى جهة مجهولة.")).contains(EventType.ARREST);
    assertThat(types("وجرى اقتياد الطلاب إلى فرع أمني في مدينة درعا.")).contains(EventType.ARREST);
    assertThat(types("أوقفت قوات الأمن عشرة مواطنين عند حاجز في مدينة حماة أمس.")).contains(EventType.ARREST);
    assertThat(types("وأسرت الفصائل خمسة جنود في ريف حلب الجنوبي.")).contains(EventType.ARREST);
    assertThat(types("وكان عناصر الحاجز قد اقتادوهم إلى جهة مجهولة قرب بلدة الكرك.")).contains(EventType.ARREST);
    assertThat(types("ويُقتاد المعتقلون إلى فرع الأمن في مدينة درعا.")).contains(EventType.ARREST);
    assertThat(types("وأوقفتهم دورية أمنية في مدينة حلب أمس.")).contains(EventType.ARREST);
    // a person introduced by name, and a state's authorities named by its adjective
    assertThat(only("أوقفت السلطات التركية المدعو خالد في مطار إسطنبول أمس.", EventType.ARREST).actor1().name())
        .isEqualTo("Turkish Authorities");
  }

  @Test
  void armsArrivingOrReceivedAreABuildUp() {
    assertThat(types("وصلت أمس الأحد تجهيزات عسكرية مقدمة من دول التحالف لدعم الجيش في مدينة عدن.")).contains(EventType.MILITARY_BUILDUP);
    assertThat(types("وأوضح أن المقاومة الشعبية في محافظة لحج تسلمت خلال اليومين الماضيين دبابات حديثة.")).contains(EventType.MILITARY_BUILDUP);
    // an arrival without arms is none
    assertThat(types("ووصل وفد الأمم المتحدة إلى مدينة عدن أمس.")).doesNotContain(EventType.MILITARY_BUILDUP);
  }

  @Test
  void disablingTheOtherSidesVehicleIsAnAttack() {
    assertThat(types("وأعطبت الفصائل المعارضة آلية لقوات النظام بصاروخ موجه في بلدة الزيارة بريف حماة أمس."))
        .contains(EventType.ATTACK);
    // no weapon named: the verb alone tells the attack
    assertThat(types("وأعطبت الفصائل المعارضة آلية لقوات النظام في بلدة الزيارة بريف حماة أمس.")).contains(EventType.ATTACK);
  }

  @Test
  void holdingWordsWithoutAPersonAreNoArrest() {
    assertThat(types("قال المتحدث إن الوزارة تتحفظ على بعض بنود الاتفاق.")).doesNotContain(EventType.ARREST);
    assertThat(types("أوقفت الشركة العمل في المصنع أمس.")).doesNotContain(EventType.ARREST);
    assertThat(types("وزار الوزير أسر المقاتلين في مدينة طرطوس.")).doesNotContain(EventType.ARREST);
    assertThat(types("وعاد الجندي إلى أسرته وأطفاله في مدينة طرطوس.")).doesNotContain(EventType.ARREST);
  }

  @Test
  void openingFireWithTheDoerOrTheWeaponBetweenIsShooting() {
    assertThat(types("فتحت قوات الأمن نيران أسلحتها الرشاشة على المتظاهرين في مدينة حمص أمس.")).contains(EventType.ATTACK);
    assertThat(types("وفتحت الدبابات نيرانها على منازل بلدة طفس.")).contains(EventType.ATTACK);
    assertThat(types("أطلقت الدورية النار على شاب في مدينة جاسم.")).contains(EventType.ATTACK);
    assertThat(types("أطلق المسلحون نيران رشاشاتهم باتجاه الحاجز في بلدة المزيريب.")).contains(EventType.ATTACK);
    assertThat(types("وأطلقت عناصر الحاجز الرصاص على سيارة في مدينة الصنمين.")).contains(EventType.ATTACK);
  }

  @Test
  void openingOrLaunchingWithoutFireIsNoShooting() {
    assertThat(types("فتحت المدارس أبوابها أمس في مدينة حمص.")).doesNotContain(EventType.ATTACK);
    assertThat(types("وأطلق الناشطون حملة لدعم الأهالي في مدينة درعا.")).doesNotContain(EventType.ATTACK);
    assertThat(types("وأعلن الطرفان وقف إطلاق النار في مدينة درعا أمس.")).doesNotContain(EventType.ATTACK);
    // the fire word is the ceasefire's, a lexicon phrase between the verb and it
    assertThat(types("وأطلق المبعوث مبادرة لوقف إطلاق النار في مدينة حلب أمس.")).doesNotContain(EventType.ATTACK)
        .contains(EventType.AGREEMENT);
  }

  @Test
  void aLaunchedStrikeWithAnOrdinalOrAPronounIsAnAttack() {
    assertThat(types("شن الجيش الأردني أولى ضرباته ضد التنظيم في ريف درعا الشرقي.")).contains(EventType.ATTACK);
    assertThat(types("ونفذ التحالف ثاني ضرباته على مواقع التنظيم قرب مدينة الميادين.")).contains(EventType.ATTACK);
    assertThat(types("وواصلت المقاتلات ضرباتها على ريف إدلب الجنوبي أمس.")).contains(EventType.ATTACK);
    assertThat(types("وشنت الطائرات ضربة جديدة على بلدة كفرنبل أمس.")).contains(EventType.ATTACK);
  }

  @Test
  void aBlowOrAKickIsNoStrike() {
    assertThat(types("ووجهت الحكومة ضربة قوية للاقتصاد بقرارها الأخير.")).doesNotContain(EventType.ATTACK);
    assertThat(types("ونفذ اللاعب ضربة جزاء في الدقيقة الأخيرة من المباراة في مدينة حلب.")).doesNotContain(EventType.ATTACK);
    // the kick's word is written, not a lemma: "أجزاء" (parts) shares the lemma and is no figure
    assertThat(types("وسيطر مقاتلو التنظيم على أجزاء واسعة من ريف حمص الشرقي أمس.")).contains(EventType.CONTROL_CHANGE);
  }

  @Test
  void aTerroristOperationOrOneAForceCarriesOutIsAnAttack() {
    assertThat(types("أدان الوزير العملية الإرهابية التي نفذها التنظيم في مدينة الرمادي أمس.")).contains(EventType.ATTACK);
    assertThat(types("ونفذت الفصائل أولى عملياتها ضد قوات النظام في ريف حماة الشمالي أمس.")).contains(EventType.ATTACK);
    assertThat(types("وتبنى التنظيم عملية استشهادية قرب حاجز للجيش في مدينة سامراء يوم الجمعة.")).contains(EventType.ATTACK);
  }

  @Test
  void anOperationOfSurgeonsOrOfficialsIsNoAttack() {
    assertThat(types("ونفذ الأطباء عملية جراحية لطفل في مستشفى مدينة حمص أمس.")).doesNotContain(EventType.ATTACK);
    assertThat(types("ونفذت وزارة التربية عملية إحصاء للطلاب في مدينة حماة أمس.")).doesNotContain(EventType.ATTACK);
  }

  @Test
  void aMeetingBetweenOfficialsIsTalks() {
    assertThat(types("وتناول الاجتماع الذي جمع الرئيس الفرنسي بولي العهد السعودي في باريس أمس الأزمة السورية.")).contains(EventType.NEGOTIATION);
    assertThat(types("وبحث لقاء وزيري الخارجية في مدينة جدة أمس الملف اليمني.")).contains(EventType.NEGOTIATION);
    assertThat(types("واجتمع وزير الخارجية التركي مع نظيره القطري في الدوحة أمس.")).contains(EventType.NEGOTIATION);
    assertThat(types("وعقد اجتماع بين رئيس الوزراء العراقي ورئيس إقليم كردستان في أربيل أمس.")).contains(EventType.NEGOTIATION);
  }

  @Test
  void aComingMeetingIsPlanned() {
    Event e = EventExtractorTest.only("ويعقد الاجتماع القادم غدا في أنقرة بين الوزيرين.", EventType.NEGOTIATION);
    assertThat(e.modality()).isEqualTo(Modality.PLANNED);
    assertThat(e.date().value()).isEqualTo("2020-03-11");
  }

  @Test
  void aMeetingWithAnOfficialNamedAsComingIsPlannedTalks() {
    Event e = EventExtractorTest.only("وقال الوزير إن الاجتماع مع رئيس الوزراء سيعقد الأسبوع المقبل في بغداد.", EventType.NEGOTIATION);
    assertThat(e.modality()).isEqualTo(Modality.PLANNED);
    assertThat(types("وقال الوزير في لقاء مع قناة محلية إن الحكومة تدرس الخطة.")).doesNotContain(EventType.NEGOTIATION);
  }

  @Test
  void aGatheringWithoutTwoOfficialsIsNoTalks() {
    assertThat(types("وقال رئيس الوزراء في اجتماع لمجلس الوزراء أمس إن الحكومة تدرس الخطة.")).doesNotContain(EventType.NEGOTIATION);
    assertThat(types("واجتمع أهالي البلدة في الساحة العامة أمس.")).doesNotContain(EventType.NEGOTIATION);
    assertThat(types("وجمعت الحملة تبرعات للأهالي في مدينة حمص يوم الجمعة.")).doesNotContain(EventType.NEGOTIATION);
    assertThat(types("وقال وزير الخارجية يوم الجمعة إن رئيس الحكومة سيزور العاصمة قريبا.")).doesNotContain(EventType.NEGOTIATION);
  }

  @Test
  void withdrawalOntoIsApplyingTo() {
    assertThat(types("وانسحب هذا الموقف على الأطراف الأخرى في المفاوضات.")).doesNotContain(EventType.CONTROL_CHANGE);
    assertThat(types("وينسحب الأمر ذاته على بقية الفصائل في ريف حلب.")).doesNotContain(EventType.CONTROL_CHANGE);
    assertThat(types("وانسحبت قوات النظام من بلدة كفرنبل أمس.")).contains(EventType.CONTROL_CHANGE);
    assertThat(types("وانسحب مقاتلو التنظيم على وقع الضربات من مدينة تدمر أمس.")).contains(EventType.CONTROL_CHANGE);
    assertThat(types("وانسحبت الفصائل على محور بلدة اللطامنة أمس.")).contains(EventType.CONTROL_CHANGE);
  }

  @Test
  void aSiegeOfPersonsOrAHouseIsNoCommunitySiege() {
    assertThat(types("قتل مسلحون رجلا وحاصروا بقية أفراد عائلته في منزلهم في بلدة الصنمين.")).doesNotContain(EventType.SIEGE);
    assertThat(types("وحاصرت دورية أمنية منزل أحد المطلوبين في مدينة جاسم أمس.")).doesNotContain(EventType.SIEGE);
    assertThat(types("وتحاصر قوات النظام 300 عائلة في حي الوعر منذ أشهر.")).contains(EventType.SIEGE);
  }

  @Test
  void controlOverBordersHeldOrAimedAtIsNoChange() {
    assertThat(types("يسعى الجيش إلى تعزيز سيطرته على الحدود مع الأردن.")).doesNotContain(EventType.CONTROL_CHANGE);
    assertThat(types("وتواجه القوات صعوبة في السيطرة على الحدود المترامية.")).doesNotContain(EventType.CONTROL_CHANGE);
    assertThat(types("وتمكنت قوات النظام من السيطرة على الحدود مع لبنان.")).contains(EventType.CONTROL_CHANGE);
    assertThat(types("وسيطرت الفصائل على معبر نصيب الحدودي أمس.")).contains(EventType.CONTROL_CHANGE);
  }
}
