package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.model.Event;
import org.marsad.model.EventType;

/**
 * Issue 12: a siege's besieger is the actor doing the encircling, never the besieged community's
 * own fighters named beside the siege word. Reports written for this test (general wording).
 */
class BesiegerTest {
  static final String GOV = "Syrian Government Forces";
  static final String OPPOSITION = "Opposition Factions";

  private static Event siege(String text) {
    return EventExtractorTest.events(text).stream().filter(e -> e.type() == EventType.SIEGE).findFirst()
        .orElseThrow(() -> new AssertionError("no siege in: " + text));
  }

  private static void besiegedBy(String text, String besieger, String besieged) {
    Event e = siege(text);
    assertThat(e.actor1()).as("besieger in: %s", text).isNotNull();
    assertThat(e.actor1().name()).as("besieger in: %s", text).isEqualTo(besieger);
    assertThat(e.actor2()).as("besieged in: %s", text).isNotNull();
    assertThat(e.actor2().name()).as("besieged in: %s", text).isEqualTo(besieged);
  }

  @Test
  void theHoldersOfThePlaceInAClauseAboutItAreBesieged() {
    besiegedBy("تواصل قوات النظام السوري وميليشيا حزب الله حصار بلدة مضايا في ريف دمشق، التي تسيطر عليها فصائل المعارضة"
        + " المسلحة، وتمنع إدخال الغذاء والدواء إليها.", GOV, OPPOSITION);
    besiegedBy("وتحاصر قوات النظام وعناصر حزب الله مدينة الزبداني التي يتحصن فيها مقاتلو المعارضة منذ مطلع تموز.", GOV, OPPOSITION);
    besiegedBy("Hezbollah and government forces continue to besiege Zabadani, which is defended by opposition fighters.",
        GOV, OPPOSITION);
  }

  @Test
  void aSupplyCutInTheSameSentenceIsNotTheHoldersDoing() {
    Event cut = EventExtractorTest.only("تواصل قوات النظام السوري وميليشيا حزب الله حصار بلدة مضايا في ريف دمشق، التي تسيطر"
        + " عليها فصائل المعارضة المسلحة، وتمنع إدخال الغذاء والدواء إليها.", EventType.SUPPLY_DENIAL);
    assertThat(cut.actor1().name()).isEqualTo(GOV);
  }

  @Test
  void theSubjectOfAPassiveIsBesiegedAndTheAgentBesieges() {
    besiegedBy("وتقع بلدة مضايا الخاضعة لسيطرة فصائل المعارضة والمحاصرة من قبل قوات النظام وحزب الله منذ تموز الماضي"
        + " على بعد كيلومترات من الحدود اللبنانية.", GOV, OPPOSITION);
    besiegedBy("فصائل المعارضة محاصرة في بلدة مضايا منذ أشهر، إذ تطوقها قوات النظام وميليشيا حزب الله من جميع الجهات.",
        GOV, OPPOSITION);
    besiegedBy("Opposition factions in Daraya have been encircled since 2012, and government forces have blocked every road"
        + " into the town.", GOV, OPPOSITION);
  }

  @Test
  void fightersNamedBesiegedAreNeverTheBesieger() {
    Event ar = siege("أعلن مقاتلو المعارضة المحاصرون في مدينة الزبداني رفضهم الخروج من المدينة.");
    assertThat(ar.actor1() == null ? null : ar.actor1().name()).isNotEqualTo(OPPOSITION);
    assertThat(ar.actor2().name()).isEqualTo(OPPOSITION);
    Event en = siege("Besieged opposition fighters in Zabadani said they would not leave the town.");
    assertThat(en.actor1() == null ? null : en.actor1().name()).isNotEqualTo(OPPOSITION);
    assertThat(en.actor2().name()).isEqualTo(OPPOSITION);
  }

  @Test
  void theActiveReadingsKeepTheirDoer() {
    // the participle with an object besieges; the verbal noun with its object too; "besieged X" in English
    assertThat(siege("وقصفت قوات النظام المحاصرة لمدينة داريا أحياء المدينة بالمدفعية الثقيلة.").actor1().name()).isEqualTo(GOV);
    assertThat(siege("تواصل قوات النظام محاصرة بلدة مضايا وتمنع دخول الطحين إليها.").actor1().name()).isEqualTo(GOV);
    besiegedBy("Government forces besieged rebel fighters in Zabadani on Monday.", GOV, OPPOSITION);
    assertThat(siege("Government forces were besieging Zabadani on Monday, residents said.").actor1().name()).isEqualTo(GOV);
    // and the opposition besieging a town its rivals defend is the besieger
    besiegedBy("تفرض فصائل المعارضة حصاراً على بلدتي كفريا والفوعة في ريف إدلب، اللتين تدافع عنهما الميليشيات الموالية،"
        + " وتمنع دخول الوقود إليهما.", OPPOSITION, "Pro-Government Militias");
  }
}
