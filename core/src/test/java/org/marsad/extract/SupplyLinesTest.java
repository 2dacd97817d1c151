package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.extract.EventExtractorTest.only;
import static org.marsad.extract.EventExtractorTest.types;

import org.junit.jupiter.api.Test;
import org.marsad.model.EventType;

/**
 * A place parted from its supplies (frames P_SEVER A_OFF_FROM goods, P_SEVER goods), goods turned back
 * on their way (goods A_TURNED_BACK), a supply route severed (P_CLOSE A_ROAD) and staples kept out. Sentences written
 * for this test.
 */
class SupplyLinesTest {
  @Test
  void aPlaceCutOffFromItsSuppliesIsASupplyDenialWhateverStandsBetween() {
    assertThat(types("Rebel forces cut Hama off from its supplies on Tuesday.")).contains(EventType.SUPPLY_DENIAL);
    assertThat(types("The army has cut off the town of Madaya from food and medicine.")).contains(EventType.SUPPLY_DENIAL);
    assertThat(types("The militia cut off fuel supplies to Homs on Monday.")).contains(EventType.SUPPLY_DENIAL);
    assertThat(types("قطعت قوات النظام الإمدادات عن مدينة داريا يوم الثلاثاء.")).contains(EventType.SUPPLY_DENIAL);
    assertThat(types("قطع المسلحون المياه والكهرباء عن بلدة مضايا.")).contains(EventType.SUPPLY_DENIAL);
  }

  @Test
  void suppliesThatStoppedComingOrNeverEnteredAreDenied() {
    assertThat(types("وقال إن شاحنات الوقود والطحين التي كانت تصل من حديثة إلى ناحية البغدادي توقفت تماما."))
        .containsExactly(EventType.SUPPLY_DENIAL);
    assertThat(types("Fuel and cereals have stopped reaching the market of Djibo, residents said on Monday."))
        .contains(EventType.SUPPLY_DENIAL);
    // goods named without the article, and a shipment between
    assertThat(types("ولم تدخل منذ ذلك الحين أي شحنة غذاء أو دواء إلى ناحية البغدادي.")).contains(EventType.SUPPLY_DENIAL);
    // the fighting that stopped is no supply
    assertThat(types("ارتفعت أسعار الوقود في المدينة بعد توقف المعارك.")).doesNotContain(EventType.SUPPLY_DENIAL);
  }

  @Test
  void nothingComingInAndNoVehicleEnteringCloseTheTown() {
    assertThat(types("\"Nothing comes in, nobody goes out,\" a trader in Djibo said on Wednesday."))
        .contains(EventType.SUPPLY_DENIAL, EventType.MOVEMENT_RESTRICTION);
    assertThat(types("No vehicle has entered or left Djibo since Monday, residents said.")).containsExactly(EventType.MOVEMENT_RESTRICTION);
    assertThat(types("Residents said no food or medicine has come in to Djibo since Feb. 3.")).contains(EventType.SUPPLY_DENIAL);
  }

  @Test
  void staplesKeptOutAreFood() {
    assertThat(only("منعت القوات دخول الشاحنات المحملة بالذرة والسكر إلى مدينة مضايا يوم الأحد.", EventType.SUPPLY_DENIAL)
        .attributes().get("items")).asList().contains("sorghum", "sugar");
    assertThat(only("Militiamen stopped rice and wheat from entering Madaya on Sunday.", EventType.SUPPLY_DENIAL)
        .attributes().get("items")).asList().contains("rice", "wheat");
  }

  @Test
  void aPlaceCutOffFromTheWorldAroundItIsBesieged() {
    assertThat(only("The army cut Daraa off from the rest of the country on Monday.", EventType.SIEGE)
        .attributes().get("phase")).isEqualTo("imposed");
    assertThat(types("قطع الجيش مدينة درعا عن العالم الخارجي يوم الاثنين.")).contains(EventType.SIEGE);
  }

  @Test
  void goodsTurnedBackOnTheirWayAreKeptOut() {
    assertThat(types("Trucks carrying flour were turned back at checkpoints outside Deir ez-Zor on Wednesday."))
        .contains(EventType.SUPPLY_DENIAL);
    assertThat(types("An aid convoy was denied entry at the main crossing into Idlib on Sunday."))
        .contains(EventType.SUPPLY_DENIAL);
    assertThat(types("أعيدت قافلة مساعدات من حاجز على مدخل مدينة مضايا أمس.")).contains(EventType.SUPPLY_DENIAL);
  }

  @Test
  void aSeveredSupplyRouteClosesTheWay() {
    assertThat(types("The militia severed the last supply route into Aleppo on Monday."))
        .contains(EventType.MOVEMENT_RESTRICTION);
  }

  @Test
  void cuttingWithoutGoodsOrAPlaceIsNone() {
    assertThat(types("The government cut taxes on fuel imports last year.")).doesNotContain(EventType.SUPPLY_DENIAL);
    assertThat(types("The minister turned back to the question of reform.")).isEmpty();
  }

  @Test
  void goodsThatStoppedArrivingAreKeptOut() {
    assertThat(types("Lorries carrying food and fuel have stopped arriving in Homs since last week, traders said."))
        .contains(EventType.SUPPLY_DENIAL);
    assertThat(types("توقف وصول شاحنات الطحين إلى مدينة حمص منذ أسبوع.")).contains(EventType.SUPPLY_DENIAL);
  }
}
