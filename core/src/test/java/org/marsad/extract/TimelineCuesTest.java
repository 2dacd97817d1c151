package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.extract.EventExtractorTest.events;
import static org.marsad.extract.EventExtractorTest.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Event;
import org.marsad.model.EventType;

/**
 * What a siege timeline needs from one report (branch wt-tl2): a permission is not a denial, easings
 * and endings in their noun and verb forms, negated entry, closures told after their road, and the
 * opposition and the regime by country. Sentences written for these tests.
 */
class TimelineCuesTest {
  private static List<Event> of(String text, EventType type) {
    return events(text).stream().filter(e -> e.type() == type).toList();
  }

  @Test
  void aPermissionToBringAidInEasesTheSiegeAndIsNoDenial() {
    String ar = "سمحت القوات الحكومية اليوم الأحد بدخول قافلة مساعدات إلى بلدة مضايا المحاصرة.";
    assertThat(of(ar, EventType.SUPPLY_DENIAL)).isEmpty();
    assertThat(only(ar, EventType.SIEGE).attributes().get("phase")).isEqualTo("eased");
    String en = "Government forces allowed an aid convoy into Madaya on Sunday.";
    assertThat(of(en, EventType.SUPPLY_DENIAL)).isEmpty();
    assertThat(only(en, EventType.SIEGE).attributes().get("phase")).isEqualTo("eased");
  }

  @Test
  void aNegatedOrRefusedPermissionIsADenial() {
    assertThat(of("لم تسمح القوات الحكومية اليوم الأحد بدخول قافلة المساعدات إلى بلدة مضايا.", EventType.SUPPLY_DENIAL)).hasSize(1);
    assertThat(of("رفضت قوات النظام السماح بدخول المساعدات إلى مدينة داريا.", EventType.SUPPLY_DENIAL)).hasSize(1);
    assertThat(of("The army refused to let aid trucks into Madaya on Sunday.", EventType.SUPPLY_DENIAL)).hasSize(1);
    assertThat(of("The militia did not allow an aid convoy into Madaya on Sunday.", EventType.SUPPLY_DENIAL)).hasSize(1);
    assertThat(of("No food, water or medicine has been allowed into Madaya for two weeks, the UN said on Monday.",
        EventType.SUPPLY_DENIAL)).hasSize(1);
    assertThat(of("Nothing has been allowed into Madaya for weeks, residents said on Monday.", EventType.SUPPLY_DENIAL))
        .hasSize(1);
  }

  @Test
  void easingNounsWithThePreposition() {
    assertThat(only("في أول تخفيف للحصار منذ أسابيع، دخلت شاحنات إلى مدينة تعز.", EventType.SIEGE).attributes().get("phase"))
        .isEqualTo("eased");
    assertThat(only("The move marked the first easing of the siege of Taiz since January.", EventType.SIEGE)
        .attributes().get("phase")).isEqualTo("eased");
  }

  @Test
  void endingsWithWordsBetweenAreLiftings() {
    assertThat(only("Residents celebrated the end of the siege of Taiz on Sunday.", EventType.SIEGE).attributes().get("phase"))
        .isEqualTo("lifted");
    assertThat(only("انتهى الحصار على مدينة تعز اليوم.", EventType.SIEGE).attributes().get("phase")).isEqualTo("lifted");
    // an easing and an ending told together: the siege ended
    assertThat(only("Government troops reopened the road into Baidoa on Tuesday, ending a seven-week blockade of Baidoa.",
        EventType.SIEGE).attributes().get("phase")).isEqualTo("lifted");
  }

  @Test
  void aBesiegedTownInAnEasingSentenceIsEased() {
    String ar = "سمحت الميليشيا اليوم السبت بدخول قافلة مساعدات غذائية إلى مدينة تعز المحاصرة، في أول تخفيف للحصار منذ أسابيع.";
    assertThat(of(ar, EventType.SIEGE)).extracting(e -> e.attributes().get("phase")).containsOnly("eased");
    assertThat(of(ar, EventType.SIEGE).get(0).attributes()).doesNotContainKey(Draft.DESCRIBED);
  }

  @Test
  void closuresToldAfterTheirRoad() {
    assertThat(of("وقال سكان إن الطرق المؤدية إلى مدينة درنة أغلقت بالكامل.", EventType.MOVEMENT_RESTRICTION)).hasSize(1);
    assertThat(of("Roads into Baidoa were closed on Sunday, residents said.", EventType.MOVEMENT_RESTRICTION)).hasSize(1);
    // the active closure is still read (the passive class shares its stems)
    assertThat(of("أغلقت الميليشيا جميع المنافذ المؤدية إلى مدينة تعز.", EventType.MOVEMENT_RESTRICTION)).hasSize(1);
  }

  @Test
  void theOppositionAndTheRegimeAreSyriasOnlyInSyria() {
    Event taiz = only("قصفت قوات النظام مواقع المعارضة في مدينة تعز اليوم.", EventType.ATTACK);
    assertThat(taiz.actor1().name()).isEqualTo("Unidentified Armed Group");
    Event daraya = only("قصفت قوات النظام مواقع المعارضة في مدينة داريا اليوم.", EventType.ATTACK);
    assertThat(daraya.actor1().name()).isEqualTo("Syrian Government Forces");
    assertThat(daraya.actor2().name()).isEqualTo("Opposition Factions");
    assertThat(only("Rebels shelled army positions in Taiz on Monday.", EventType.ATTACK).actor1().name())
        .isEqualTo("Unidentified Armed Group");
  }
}
