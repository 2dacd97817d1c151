package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.extract.EventExtractorTest.only;
import static org.marsad.extract.EventExtractorTest.types;

import org.junit.jupiter.api.Test;
import org.marsad.model.Event;
import org.marsad.model.EventType;

/**
 * One test per frame family of frames.tsv, on sentences written for these tests: synonyms of the
 * predicate and of the argument combine, and a predicate without its argument is no event.
 */
class FramesTest {
  @Test
  void preventingGoodsFromEnteringIsASupplyDenial() {
    only("منعت الفصائل المسلحة أمس إيصال الطحين إلى بلدة مضايا.", EventType.SUPPLY_DENIAL);
    only("تعرقل القوات الحكومية وصول قوافل الإغاثة إلى المدينة.", EventType.SUPPLY_DENIAL);
    only("Militias prevented the delivery of food to the town.", EventType.SUPPLY_DENIAL);
  }

  @Test
  void aFramesEvidenceCitesItsArguments() {
    String text = "منعت الفصائل المسلحة في الريف الشمالي أمس إيصال الطحين إلى البلدة.";
    Event e = only(text, EventType.SUPPLY_DENIAL);
    String cited = text.substring(e.evidence().get(0).start(), e.evidence().get(0).end());
    assertThat(cited).startsWith("منعت").contains("الطحين");
  }

  @Test
  void closingRoadsIsAMovementRestriction() {
    only("أغلقت القوات جميع الطرق المؤدية إلى بلدة داريا.", EventType.MOVEMENT_RESTRICTION);
    only("قطع المسلحون منافذ المدينة الثلاثة صباح اليوم.", EventType.MOVEMENT_RESTRICTION);
    assertThat(types("أغلقت المدارس أبوابها في المدينة.")).doesNotContain(EventType.MOVEMENT_RESTRICTION);
  }

  @Test
  void closingRoadsToSuppliesIsASupplyDenial() {
    only("وأغلق الجيش الطرق أمام الإمدادات القادمة إلى المدينة.", EventType.SUPPLY_DENIAL);
  }

  @Test
  void preventingPeopleFromLeavingIsAMovementRestriction() {
    only("يمنع التنظيم مئات العائلات من الخروج من المدينة.", EventType.MOVEMENT_RESTRICTION);
  }

  @Test
  void endingASiegeIsALifting() {
    Event e = only("أنهت القوات الحكومية حصار بلدة مضايا بعد اتفاق.", EventType.SIEGE);
    assertThat(e.attributes()).containsEntry("phase", "lifted");
  }

  @Test
  void reopeningRoadsAndLettingFoodInLiftsTheSiege() {
    Event e = only("أعادت القوات فتح الطرق المؤدية إلى البلدة وسمحت بإدخال المواد الغذائية والأدوية.", EventType.SIEGE);
    assertThat(e.attributes()).containsEntry("phase", "lifted");
    assertThat(types("أعادت القوات فتح الطرق المؤدية إلى البلدة وسمحت بإدخال المواد الغذائية والأدوية."))
        .doesNotContain(EventType.SUPPLY_DENIAL);
  }

  @Test
  void reopeningRoadsAloneEasesTheSiege() {
    Event e = only("أعادت القوات فتح الطريق الرئيسي إلى البلدة.", EventType.SIEGE);
    assertThat(e.attributes()).containsEntry("phase", "eased");
  }

  @Test
  void cuttingOffVillagesImposesASiege() {
    Event e = only("عزلت قوات الأمن 12 قرية شمال المدينة.", EventType.SIEGE);
    assertThat(e.attributes()).containsEntry("phase", "imposed");
  }

  @Test
  void threateningAnActOfForceIsAThreat() {
    only("هدد قائد الميليشيا باقتحام البلدة إذا لم يسلم المطلوبون.", EventType.THREAT);
    only("حذر الجيش الأهالي من أنه سيبدأ قصف الأحياء الشرقية.", EventType.THREAT);
    only("توعد التنظيم بالانتقام من العشائر.", EventType.THREAT);
    assertThat(types("حذر الأطباء من انتشار الأمراض في المخيم.")).doesNotContain(EventType.THREAT);
  }

  @Test
  void threatAbsorbsTheActItAnnounces() {
    assertThat(types("هدد قائد الميليشيا باقتحام البلدة.")).doesNotContain(EventType.ATTACK);
  }

  @Test
  void drivingOutAnArmedGroupIsAControlChangeNotADisplacement() {
    assertThat(types("طردت القوات الكردية تنظيم داعش من مدينة كوباني."))
        .contains(EventType.CONTROL_CHANGE).doesNotContain(EventType.DISPLACEMENT);
  }
}
