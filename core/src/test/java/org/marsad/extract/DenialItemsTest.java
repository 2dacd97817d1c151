package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.extract.EventExtractorTest.only;

import org.junit.jupiter.api.Test;
import org.marsad.model.EventType;

/** What a denial keeps out, named by its carrier or kind (attributes.tsv); sentences written for these tests. */
class DenialItemsTest {
  private static Object items(String text) {
    return only(text, EventType.SUPPLY_DENIAL).attributes().get("items");
  }

  @Test
  void convoysAndReliefAreAid() {
    assertThat(items("The Red Cross said on Monday that the militia was preventing humanitarian convoys from reaching the town."))
        .asList().contains("aid");
    assertThat(items("منعت الميليشيا دخول قافلة تحمل مساعدات إلى المدينة أمس.")).asList().contains("aid");
    assertThat(items("منعت الميليشيا إدخال المواد الإغاثية إلى البلدة أمس.")).asList().contains("aid");
  }
}
