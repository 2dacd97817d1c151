package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.Pipeline;
import org.marsad.ingest.Source;
import org.marsad.model.Event;
import org.marsad.model.EventType;
import org.marsad.model.Modality;

/** One test per rule family, on sentences written for these tests (not taken from any fixture). */
class EventExtractorTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2020, 3, 10);

  static List<Event> events(String text) {
    Pipeline p = Pipeline.defaultPipeline();
    return p.extract(p.read(new Source("test", text.getBytes(StandardCharsets.UTF_8), PUBLISHED, null, null, null, null))).events();
  }

  static Event only(String text, EventType type) {
    List<Event> found = events(text).stream().filter(e -> e.type() == type).toList();
    assertThat(found).as("%s events in: %s", type, text).hasSize(1);
    return found.get(0);
  }

  static List<EventType> types(String text) {
    return events(text).stream().map(Event::type).toList();
  }

  @Test
  void siegeTightenedByTheRegime() {
    Event e = only("شددت قوات النظام اليوم حصارها على مدينة داريا.", EventType.SIEGE);
    assertThat(e.attributes()).containsEntry("phase", "tightened");
    assertThat(e.actor1().name()).isEqualTo("Syrian Government Forces");
    assertThat(e.modality()).isEqualTo(Modality.ASSERTED);
    assertThat(e.ruleId()).startsWith("triggers.tsv:");
  }

  @Test
  void siegeLiftedPhaseComesFromThePhrase() {
    assertThat(only("أعلنت فصائل المعارضة فك الحصار عن مدينة حلب.", EventType.SIEGE).attributes()).containsEntry("phase", "lifted");
  }

  @Test
  void fullMovementBanNeedsARestrictingVerb() {
    Event e = only("منعت الميليشيات الدخول والخروج بشكل كامل من بلدة مضايا.", EventType.MOVEMENT_RESTRICTION);
    assertThat(e.attributes()).containsEntry("scope", "full");
    assertThat(e.actor1().name()).isEqualTo("Pro-Government Militias");
    assertThat(types("تحدث الرجل عن الدخول والخروج في حياته.")).doesNotContain(EventType.MOVEMENT_RESTRICTION);
  }

  @Test
  void partialRestrictionWithExemptions() {
    Event e = only("سمح الحاجز بالدخول والخروج للطلاب فقط.", EventType.MOVEMENT_RESTRICTION);
    assertThat(e.attributes()).containsEntry("scope", "partial");
    assertThat(e.attributes().get("exempt")).isEqualTo(List.of("students"));
  }

  @Test
  void supplyDenialListsItems() {
    Event e = only("ومنع تنظيم داعش إدخال الأدوية والطحين إلى المدينة.", EventType.SUPPLY_DENIAL);
    assertThat(List.copyOf((List<?>) e.attributes().get("items"))).asString().contains("medicine", "flour");
    assertThat(e.actor1().name()).isEqualTo("Islamic State");
  }

  @Test
  void humanitarianConditionHasNoActor() {
    Event e = only("يعاني الأهالي من نقص حاد في حليب الأطفال.", EventType.HUMANITARIAN_CONDITION);
    assertThat(e.attributes().get("items")).isEqualTo(List.of("baby milk"));
    assertThat(e.actor1()).isNull();
  }

  @Test
  void arrestBySecurityBranch() {
    Event e = only("اعتقلت دورية للأمن السياسي ثلاثة شبان في مدينة حماة.", EventType.ARREST);
    assertThat(e.actor1().name()).isEqualTo("Political Security");
  }

  @Test
  void arrestAgentAfterMinQibal() {
    Event e = only("تم توقيف الشبان من قبل حاجز طيار تابع للمخابرات الجوية.", EventType.ARREST);
    assertThat(e.actor1().name()).isEqualTo("Air Force Intelligence");
    assertThat(e.attributes()).containsEntry("detail", "flying checkpoint");
  }

  @Test
  void protestAbsorbsItsDemands() {
    List<EventType> t = types("خرجت مظاهرة في مدينة درعا طالب فيها المحتجون بالإفراج عن المعتقلين وقطع المتظاهرون الطريق.");
    assertThat(t).containsExactly(EventType.PROTEST);
  }

  @Test
  void demandAbsorbsItsObject() {
    assertThat(types("طالبت قوات النظام الأهالي بتسليم السلاح وإجراء تسوية.")).containsExactly(EventType.DEMAND);
  }

  @Test
  void threatAbsorbsTheThreatenedAttack() {
    Event e = only("هدد حزب الله باقتحام بلدة الزبداني.", EventType.THREAT);
    assertThat(e.actor1().name()).isEqualTo("Hezbollah");
    assertThat(types("هدد حزب الله باقتحام بلدة الزبداني.")).doesNotContain(EventType.ATTACK);
  }

  @Test
  void fearedAttackIsNotAnAttack() {
    assertThat(only("يخشى السكان من قصف جديد على المدينة.", EventType.ATTACK).modality()).isEqualTo(Modality.FEARED);
  }

  @Test
  void plannedNegotiation() {
    assertThat(only("من المقرر أن تبدأ المفاوضات بين الطرفين الأسبوع المقبل.", EventType.NEGOTIATION).modality())
        .isEqualTo(Modality.PLANNED);
  }

  @Test
  void deniedArrestByNegation() {
    assertThat(only("قال المسؤول إن القوات لم تعتقل أحدا.", EventType.ARREST).modality()).isEqualTo(Modality.DENIED);
  }

  @Test
  void buildupByTheRegime() {
    Event e = only("استقدمت قوات النظام تعزيزات عسكرية إلى محيط المدينة.", EventType.MILITARY_BUILDUP);
    assertThat(e.actor1().name()).isEqualTo("Syrian Government Forces");
  }

  @Test
  void attackCountsTheDead() {
    Event e = only("قتل 12 مدنيا في غارات جوية شنها الطيران الروسي على المدينة.", EventType.ATTACK);
    assertThat(e.attributes()).containsEntry("fatalities", 12);
  }

  @Test
  void refusedMeeting() {
    assertThat(only("رفض الضابط مقابلة وفد من الأهالي.", EventType.NEGOTIATION).attributes()).containsEntry("outcome", "refused");
  }

  @Test
  void oldAgreementIsHistorical() {
    Event e = only("وقعت المعارضة اتفاق تسوية مع النظام عام 2016.", EventType.AGREEMENT);
    assertThat(e.historical()).isTrue();
    assertThat(e.date().value()).isEqualTo("2016");
  }

  @Test
  void controlChangeTakesTheActorAfterTheVerb() {
    assertThat(only("سيطرت جبهة النصرة على المدينة.", EventType.CONTROL_CHANGE).actor1().name()).isEqualTo("Nusra Front");
  }

  @Test
  void purposeClauseIsNotAnEvent() {
    assertThat(types("حاصرت القوات البلدة بهدف اعتقال المطلوبين.")).containsExactly(EventType.SIEGE);
  }

  @Test
  void cessationIsNotTheActItStops() {
    assertThat(types("وقع الطرفان اتفاقا ينص على وقف الاعتقالات.")).containsExactly(EventType.AGREEMENT);
  }

  @Test
  void blockedPhrasesGiveNothing() {
    assertThat(types("ناقش البرلمان الاتفاق النووي مطولا.")).isEmpty();
  }

  @Test
  void repeatedParagraphIsReadOnce() {
    String p = "اعتقلت قوات النظام عشرة أشخاص في مدينة حمص.";
    assertThat(types(p + "\n" + p)).containsExactly(EventType.ARREST);
  }

  @Test
  void englishSiegeAndSupplyDenial() {
    List<EventType> t = types("Government forces besieged the town on Friday, blocking food and medicine.");
    assertThat(t).contains(EventType.SIEGE, EventType.SUPPLY_DENIAL);
    assertThat(only("Government forces besieged the town on Friday.", EventType.SIEGE).actor1().name())
        .isEqualTo("Syrian Government Forces");
  }

  @Test
  void opinionPiecesGiveNoEvents() {
    String opinion = "أيها القراء، نحن نرى أن الحصار لن يكسر إرادتنا! أعتقد أن القصف لن يدوم، فلماذا الخوف؟ "
        + "علينا أن نقول الحقيقة: إننا نحتاج إلى الصبر. أليس كذلك؟";
    assertThat(events(opinion)).isEmpty();
    String news = "قالت مصادر محلية أمس إن قوات النظام قصفت مدينة دوما، وأفاد ناشطون بمقتل مدنيين.";
    assertThat(types(news)).contains(EventType.ATTACK);
  }

  @Test
  void quotedVoicesAreNotTheWritersOpinion() {
    // A news report quoting residents: their "we", "our" and questions are theirs, not the writer's.
    String quoting = "Gunmen shelled the village of Tell Abyad on Monday, killing three people. "
        + "\"We have nothing left, our homes are gone, we sleep in the fields. Who will help us? Why?\" a farmer asked.";
    assertThat(types(quoting)).contains(EventType.ATTACK);
    String arabic = "قصف مسلحون قرية تل أبيض يوم الاثنين. وقال أحد السكان: «نحن نرى الموت كل يوم، أعتقد أننا منسيون، علينا أن نرحل. إلى أين؟ لماذا؟»";
    assertThat(types(arabic)).contains(EventType.ATTACK);
    // The same voice outside quotation marks is still the writer's.
    String column = "We have nothing left, our homes are gone, we sleep in the fields. Who will help? Why? "
        + "I think the shelling of the villages will not stop.";
    assertThat(events(column)).isEmpty();
  }

  @Test
  void englishReportsHaveNewsSignalsToo() {
    // The United States ("US") is not the writer's "us"; "told", "says" and day names are reporting.
    String report = "US-backed fighters and US advisers said on Tuesday that jets bombed the town of Al-Bab, "
        + "killing 12 people. We cannot confirm the toll, a monitor told reporters. Officials say the bombing continued on Wednesday.";
    assertThat(types(report)).contains(EventType.ATTACK);
  }

  @Test
  void besiegedFightersAreNotABesiegedCommunity() {
    assertThat(only("وبات عناصر التنظيم محاصرين في حيين من المدينة.", EventType.SIEGE).attributes())
        .containsEntry("besieged", "combatants");
    assertThat(only("تعاني البلدة المحاصرة من نقص الغذاء.", EventType.SIEGE).attributes()).doesNotContainKey("besieged");
    assertThat(only("شددت قوات النظام حصار البلدة.", EventType.SIEGE).attributes()).doesNotContainKey("besieged");
    assertThat(only("اشتباكات قرب المطار العسكري الذي يحاصره التنظيم منذ أشهر.", EventType.SIEGE).attributes())
        .containsEntry("besieged", "combatants");
  }

  @Test
  void townsJoinedByAndShareTheSiege() {
    List<Event> sieges = events("تتواصل المعارك حول البلدتين المحاصرتين مضايا والزبداني في ريف دمشق.").stream()
        .filter(e -> e.type() == EventType.SIEGE).toList();
    assertThat(sieges).extracting(e -> e.place().name()).containsExactlyInAnyOrder("Madaya", "Al-Zabadani");
  }

  @Test
  void aPartNamedOfItsCityIsThePlace() {
    assertThat(only("اندلعت اشتباكات عنيفة في الغوطة الشرقية لدمشق.", EventType.ATTACK).place().name()).isEqualTo("Eastern Ghouta");
  }

  @Test
  void aBracketedPlaceQualifiesAndIsNotThePlace() {
    assertThat(only("تستمر المعارك حول البلدة المحاصرة (في حلب).", EventType.SIEGE).place()).isNull();
    assertThat(only("اشتباكات عنيفة في مدينة الباب (في حلب).", EventType.ATTACK).place().name()).isEqualTo("al-Bab");
  }

  @Test
  void aPlaceSayingWhereATownLiesIsNotThePlace() {
    assertThat(only("تعيش بلدة الهامة الواقعة في الريف الغربي للعاصمة السورية دمشق تحت الحصار منذ أسبوع.", EventType.SIEGE)
        .place().name()).isEqualTo("Al-Hamah");
    assertThat(only("يستمر الحصار على مدينة داريا في الغوطة الغربية لدمشق.", EventType.SIEGE).place().name()).isEqualTo("Darayya");
    // a more specific place after "في" is where the event is
    assertThat(only("اندلعت اشتباكات في حلب في حي الشعار.", EventType.ATTACK).place().name()).isEqualTo("Sha'aar");
  }

  @Test
  void aCrowdOrHiredWorkersAreNotABuildup() {
    assertThat(types("استهدف التفجير حشدا من الشباب في ساحة المدينة.")).doesNotContain(EventType.MILITARY_BUILDUP);
    assertThat(types("أعلنت الوزارة استقدام مئة عائلة إلى البلاد.")).doesNotContain(EventType.MILITARY_BUILDUP);
    assertThat(types("استقدمت قوات النظام مئات المقاتلين إلى محيط البلدة.")).contains(EventType.MILITARY_BUILDUP);
    assertThat(types("حشدت قوات النظام دباباتها على أطراف البلدة.")).contains(EventType.MILITARY_BUILDUP);
  }

  @Test
  void anAimToBreakASiegeSaysTheSiegeHolds() {
    Event held = only("أطلقت الفصائل معركة جديدة تهدف إلى فك الحصار المفروض على مدينة داريا منذ سنتين.", EventType.SIEGE);
    assertThat(held.attributes()).containsEntry("phase", "continued");
    assertThat(held.place().name()).isEqualTo("Darayya");
    assertThat(only("أعلنت الفصائل أمس فك الحصار المفروض على مدينة داريا.", EventType.SIEGE).attributes())
        .containsEntry("phase", "lifted");
  }

  @Test
  void aParticipleJoinedByAndDescribesTheNeighbourhoodNotTheForcesBeforeIt() {
    Event e = only("وسقطت قذائف على حي الجورة الذي تسيطر عليه قوات النظام، والمحاصر من قبل التنظيم في مدينة دير الزور.",
        EventType.SIEGE);
    assertThat(e.attributes()).doesNotContainKey("besieged");
    assertThat(e.place().admin1()).isEqualTo("Deir ez-Zor"); // the Deir ez-Zor al-Jura, not the Damascus one
  }

  @Test
  void aFinerDateOfTheSentenceDatesTheEvent() {
    Event e = only("اندلعت معارك حرب حزيران 1967 على الجبهة، وبالتحديد يوم 9 حزيران.", EventType.ATTACK);
    assertThat(e.date().value()).isEqualTo("1967-06-09");
  }

  @Test
  void aReportedClauseKeepsItsTimeToItself() {
    // "حاليا" dates the clashes the source goes on to report, not the siege before "مبينة بأن".
    List<Event> found = events("تتواصل المعاناة تحت الحصار في البلدة، مبينة بأن الاشتباكات تدور حاليا عند أطرافها.");
    assertThat(found).filteredOn(e -> e.type() == EventType.SIEGE).singleElement()
        .satisfies(e -> assertThat(e.date()).isNull());
    assertThat(found).filteredOn(e -> e.type() == EventType.ATTACK).singleElement()
        .satisfies(e -> assertThat(e.date().value()).isEqualTo("2020-03-10"));
  }

  @Test
  void aCountryRightAfterTheVerbActsAndIsNotThePlace() {
    assertThat(only("قصفت روسيا مدينة حلب بالطائرات.", EventType.ATTACK).place().name()).isEqualTo("Aleppo");
    assertThat(only("احتلت تركيا العراق في الرواية.", EventType.CONTROL_CHANGE).place().name()).isEqualTo("Iraq");
  }

  @Test
  void aPlaceThatLocatesTheSourceIsNotWhereTheEventIs() {
    Event e = only("سيطرت الفصائل على بلدة التل. وقال مصدر ميداني في محافظة حمص إن اشتباكات عنيفة تدور في المنطقة.",
        EventType.ATTACK);
    assertThat(e.place().name()).isEqualTo("Al-Tall");
  }

  @Test
  void undatedActsParagraphsApartAreTwoButASiegeIsOne() {
    String text = "اندلعت اشتباكات عنيفة في بلدة التل.\nوصل وفد إلى المدينة.\nعاد الهدوء إلى الأحياء.\nانقطعت الكهرباء.\n"
        + "وتجددت الاشتباكات العنيفة في بلدة التل.";
    assertThat(events(text).stream().filter(e -> e.type() == EventType.ATTACK)).hasSize(2);
    String siege = "تفرض قوات النظام حصارا على بلدة التل.\nوصل وفد إلى المدينة.\nعاد الهدوء إلى الأحياء.\n"
        + "ويستمر حصار بلدة التل.";
    assertThat(events(siege).stream().filter(e -> e.type() == EventType.SIEGE)).hasSize(1);
  }

  @Test
  void aMonitorsRoundUpIsNewsThoughItNamesNoSpeaker() throws Exception {
    // written for this test: a long round-up of clashes in ten towns, without "قال", "أفاد" or a day
    String text = new String(EventExtractorTest.class.getResourceAsStream("/extract/field-roundup.ar.txt").readAllBytes(),
        StandardCharsets.UTF_8);
    assertThat(events(text).stream().filter(e -> e.type() == EventType.ATTACK).count()).isGreaterThanOrEqualTo(8);
    // the same length of talk without towns stays commentary: only dated events would be kept
    String talk = text.replaceAll("(بلدة|مدينة|بلدتي) [^ ]+( [^ ]+)?", "تلك المنطقة البعيدة");
    assertThat(events(talk)).isEmpty();
  }

  @Test
  void aTownTheGazetteerLacksIsNotReplacedByAnotherTown() {
    // "زمرينة" is an invented village: the event is there, not in the city named later
    assertThat(only("اندلعت اشتباكات في محيط قرية زمرينة بعد انسحاب القوات إلى مدينة حماة.", EventType.ATTACK).place()).isNull();
    // the area the text puts it in stands for it
    assertThat(only("اندلعت اشتباكات في محيط قرية زمرينة بسهل الغاب قرب مدينة حماة.", EventType.ATTACK).place().name())
        .isEqualTo("Al-Ghab Plain");
    // "the towns around it" name nothing: the siege is at the towns listed after
    assertThat(only("يشتد الحصار على البلدات المجاورة وهي مضايا وبقين.", EventType.SIEGE).place().name())
        .isEqualTo("Madaya");
    // a known town listed with it is a place of the event
    assertThat(only("يستمر الحصار على بلدتي زمرينة ومضايا بريف دمشق.", EventType.SIEGE).place().name()).isEqualTo("Madaya");
  }

  @Test
  void aTownNamedAsABearingIsNotWhereAndOneNamedAsNearIs() {
    assertThat(only("اندلعت اشتباكات عنيفة شرق حلب قرب بلدة الباب.", EventType.ATTACK).place().name()).isEqualTo("al-Bab");
    assertThat(only("هاجم مسلحون موقعا قرب بلدة أعزاز تحرسه قوات دربتها واشنطن.", EventType.ATTACK).place().name())
        .isEqualTo("Azaz");
  }

  @Test
  void talkAboutAttacksIsNotAnAttack() {
    assertThat(types("يطالب المجلس بتحديد المسؤولين عن الهجمات الكيماوية في سوريا.")).doesNotContain(EventType.ATTACK);
    // a plural with a town, or with a day, is news of attacks
    assertThat(types("شنت الطائرات غارات على بلدة الباب.")).contains(EventType.ATTACK);
    assertThat(types("شنت الطائرات أمس غارات في سوريا.")).contains(EventType.ATTACK);
  }

  @Test
  void strikesOnAListOfDistantTownsAreOnePerTownButOneBarrageOnNeighboursIsOne() {
    List<Event> far = events("وجرت الغارات الجوية قرب حلب والرقة ودير الزور.").stream().filter(e -> e.type() == EventType.ATTACK).toList();
    assertThat(far).extracting(e -> e.place().name()).contains("Aleppo", "Raqqa");
    List<Event> near = events("قصفت الطائرات مدينة دوما وحرستا.").stream().filter(e -> e.type() == EventType.ATTACK).toList();
    assertThat(near).hasSize(1);
  }

  @Test
  void forcesNamedAsWhoseRanksOrPositionsAreHitAreTheTarget() {
    Event e = only("وجهت قوات المقاومة الشعبية ضربة لمليشيات الحوثي في الجبال، حيث أعلنت أمس سيطرتها على بلدة زنجبار.",
        EventType.CONTROL_CHANGE);
    assertThat(e.actor1().name()).isEqualTo("Popular Resistance");
    Event strike = only("وصلت قوات المقاومة الشعبية إلى المدينة، حيث قصفت مواقع الحوثيين.", EventType.ATTACK);
    assertThat(strike.actor1().name()).isEqualTo("Popular Resistance");
  }

  @Test
  void anUndatedDetailTakesTheDateOfTheActItDetails() {
    List<Event> found = events("شنت الطائرات عدة غارات في سوريا أمس.\nوتركزت الغارات حول مدينة الباب.");
    assertThat(found).filteredOn(e -> e.place() != null && e.place().name().equals("al-Bab")).singleElement()
        .satisfies(e -> assertThat(e.date().value()).isEqualTo("2020-03-09"));
    // an act elsewhere (another country) is not a detail of it
    List<Event> other = events("شنت الطائرات عدة غارات في سوريا أمس.\nوتركزت الغارات حول مدينة الموصل.");
    assertThat(other).filteredOn(e -> e.place() != null && e.place().name().equals("Mosul")).singleElement()
        .satisfies(e -> assertThat(e.date()).isNull());
  }

  @Test
  void countriesLeadingAForceAreNotWhereItStrikes() {
    assertThat(only("شنت قوات التحالف بقيادة فرنسا وإيطاليا هجوما على القوات في العراق.", EventType.ATTACK).place().name())
        .isEqualTo("Iraq");
  }

  @Test
  void whatAnActLedToHasItsOwnPlaceButItsTime() {
    List<Event> found = events("عام 1991 شنت القوات هجوما على الكويت مما دفع الجيش إلى قصف مدينة الخفجي.");
    assertThat(found).filteredOn(e -> e.type() == EventType.ATTACK).extracting(e -> e.place().name(), e -> e.date().value())
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Kuwait", "1991"), org.assertj.core.groups.Tuple.tuple("Khafji", "1991"));
  }

  @Test
  void theDayOfAStatementIsNotTheDayOfWhatItReports() {
    Event e = only("وقالت القيادة في بيان اليوم الثلاثاء إن الطائرات قصفت مواقع في بلدة الباب.", EventType.ATTACK);
    assertThat(e.date()).isNull();
    // a day in the reported clause dates the act
    assertThat(only("وقالت القيادة في بيان إن الطائرات قصفت أمس مواقع في بلدة الباب.", EventType.ATTACK).date().value())
        .isEqualTo("2020-03-09");
  }

  @Test
  void aForceMovingOnIsABuildupButAPolicyMoveIsNot() {
    assertThat(types("تحركت أرتال من الدبابات والمدرعات نحو أطراف البلدة.")).contains(EventType.MILITARY_BUILDUP);
    assertThat(types("تحركت الحكومة لحل أزمة الكهرباء في المدينة.")).doesNotContain(EventType.MILITARY_BUILDUP);
  }

  @Test
  void anActWhoseSentenceNamesNoPlaceIsTheOneJustTold() {
    String text = "اندلعت مواجهات عنيفة في بلدة الباب أمس.\nوقال ناشط إن الاشتباكات ما زالت متواصلة.";
    assertThat(events(text).stream().filter(e -> e.type() == EventType.ATTACK)).hasSize(1);
  }

  @Test
  void aDistrictWordNamesAnUnknownDistrict() {
    // "قضاء" (an Iraqi district): the place is the known district town or, unknown, the area given
    assertThat(only("سقطت قذائف على قضاء مخمور مساء أمس.", EventType.ATTACK).place().name()).isEqualTo("Makhmur");
  }

  @Test
  void deployingForcesIsABuildupPublishingANameIsNot() {
    assertThat(types("نشرت فرنسا أربع طائرات مقاتلة في قاعدة جوية قرب الحدود.")).contains(EventType.MILITARY_BUILDUP);
    assertThat(types("قال متحدث عسكري طلب عدم نشر اسمه إن الجنود بخير.")).doesNotContain(EventType.MILITARY_BUILDUP);
  }

  @Test
  void aTollOverSeveralTownsIsOneCount() {
    assertThat(events("أفاد المرصد بمقتل 20 من المقاتلين جراء قصف الطائرات في حلب وإدلب وحماة.").stream()
        .filter(e -> e.type() == EventType.ATTACK)).hasSize(1);
  }

  @Test
  void aDemandIsAForcesAndCoerciveWhenMadeOfACommunity() {
    assertThat(only("طالبت قوات النظام الأهالي بتسليم المطلوبين خلال يومين.", EventType.DEMAND).attributes())
        .containsEntry("coercive", "yes");
    // a force's demand of another force is a demand, but no ultimatum to a community
    assertThat(only("طالبت قوات النظام فصائل المعارضة بتسليم السلاح.", EventType.DEMAND).attributes())
        .containsEntry("coercive", "no");
    // an envoy's call is no demand at all
    assertThat(types("طالب المبعوث الدولي بوقف القتال في المدينة.")).doesNotContain(EventType.DEMAND);
  }

  @Test
  void strikesOnATownListEachCiteTheirTown() {
    List<Event> found = events("وجرت الضربات قرب حلب والرقة ودير الزور.").stream().filter(e -> e.type() == EventType.ATTACK).toList();
    assertThat(found).allSatisfy(e -> assertThat(e.evidence()).extracting(sp -> sp.of("وجرت الضربات قرب حلب والرقة ودير الزور."))
        .anyMatch(t -> t.contains(e.place().nameAr())));
    assertThat(types("فاز الفريق بركلات الترجيح بعد ضربات الجزاء.")).doesNotContain(EventType.ATTACK);
  }

  @Test
  void whereasStartsAnotherClauseForTime() {
    List<Event> found = events("وصلت التعزيزات اليوم إلى مدينة حلب، في حين أوقعت الغارات على مدينة الرقة عشرات القتلى حتى الآن.");
    assertThat(found).filteredOn(e -> e.type() == EventType.ATTACK).singleElement()
        .satisfies(e -> assertThat(e.date()).isNull());
  }

  @Test
  void whereTheDoerIsBasedIsNotWhereItActs() {
    assertThat(only("تفرض قوات النظام في مدينة حمص حصارا خانقا على الأهالي في بلدة تلبيسة.", EventType.SIEGE).place().name())
        .isEqualTo("Talbiseh");
  }

  @Test
  void anUnknownTownAfterAKnownOneDoesNotTakeTheAct() {
    // "زمرينة" is invented: the siege is of the known town named first
    assertThat(only("تحاصر القوات بلدة الباب ومدينة زمرينة قرب حلب.", EventType.SIEGE).place().name()).isEqualTo("al-Bab");
  }
}
