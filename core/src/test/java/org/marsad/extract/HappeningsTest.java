package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.extract.EventExtractorTest.events;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Event;
import org.marsad.model.EventType;

/** Mentions of one happening join; separate acts stay apart (sentences written for these tests). */
class HappeningsTest {
  private static List<Event> of(String text, EventType type) {
    return events(text).stream().filter(e -> e.type() == type).toList();
  }

  @Test
  void theActsNounWithTheArticleIsTheActToldBeforeWithThatNoun() {
    String text = "Airstrikes on a market in the town of Saraqeb killed 20 people on Monday, monitors said. "
        + "Regime forces retook the city of Aleppo in 2016 after a long assault. The airstrikes destroyed the market.";
    int restated = text.indexOf("The airstrikes");
    assertThat(of(text, EventType.ATTACK)).filteredOn(e -> !e.historical()).singleElement()
        .satisfies(e -> assertThat(e.evidence()).anyMatch(s -> s.start() >= restated));
  }

  @Test
  void anActAtATownTheGazetteerLacksIsNoRestatementOfAnActAtAnotherTown() {
    // قرية الزكاة is in no gazetteer: the drop stands at the area named after it, but it was not at اللطامنة
    String text = "ألقى الطيران المروحي برميلين متفجرين على مناطق في بلدة اللطامنة بريف حماة الشمالي. "
        + "وألقى الطيران المروحي عدة براميل متفجرة صباح أمس على مناطق في قرية الزكاة بريف حماة الشمالي.";
    assertThat(of(text, EventType.ATTACK)).hasSize(2);
  }

  @Test
  void aRestatementWithLessDetailJoinsTheEventItRestates() {
    List<Event> found = of("اختطف مسلحون أمس خمسة مدنيين على حاجز قرب مدينة إعزاز.\n"
        + "وقال ناشطون إن عملية الاختطاف أثارت غضب الأهالي.", EventType.ARREST);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).evidence()).hasSize(2);
    assertThat(found.get(0).place().name()).isEqualTo("Azaz");
  }

  @Test
  void aClashToldWithItsSidesTheOtherWayRoundIsOneClash() {
    List<Event> found = of("ISIL, Nusra Front clash fiercely in Qalamoun.\n"
        + "Fierce clashes have erupted between Nusra Front and ISIL in Qalamoun, killing at least 10.", EventType.ATTACK);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).actor1().name()).isNotEqualTo(found.get(0).actor2() == null ? "" : found.get(0).actor2().name());
  }

  @Test
  void aCountryWideMentionJoinsTheTownEventAndKeepsTheTown() {
    List<Event> found = of("اعتقلت قوات الأمن أمس عشرة شبان في مدينة حمص.\n"
        + "وتواصل قوات الأمن حملات الاعتقال في سوريا.", EventType.ARREST);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).place().name()).isEqualTo("Homs");
  }

  @Test
  void aLeadSummaryJoinsTheDetailedAccountThatFollows() {
    // The lead tells it coarsely (a week, a country), the body precisely (a day, a town): one act.
    List<Event> found = of("اختطفت جماعة مسلحة هذا الأسبوع عشرة مقاتلين في سوريا.\n"
        + "واختطف المسلحون المقاتلين العشرة مساء الأربعاء قرب مدينة منبج.", EventType.ARREST);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).place().name()).isEqualTo("Manbij");
    assertThat(found.get(0).date().value()).isEqualTo("2020-03-04");
  }

  @Test
  void twoActsEachWithItsOwnTownAndDayStayTwo() {
    List<Event> found = of("قصفت قوات النظام أمس مدينة داريا.\nوقصفت قوات النظام اليوم مدينة دوما.", EventType.ATTACK);
    assertThat(found).hasSize(2);
  }

  @Test
  void differentDoersAreDifferentActs() {
    List<Event> found = of("قصفت قوات النظام أمس مدينة داريا.\nوقصف تنظيم داعش مواقع في المدينة.", EventType.ATTACK);
    assertThat(found).hasSize(2);
  }
}
