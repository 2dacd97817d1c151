package org.marsad.eval.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.marsad.BadInputException;
import org.junit.jupiter.api.Test;

class FakesReaderTest {
  // Our own rows: quoted fields with commas, doubled quotes and a line break; columns out of order.
  static final String CSV = "unit_id,article_title,article_content,source,location,date,labels\r\n"
      + "101,Shelling hits Homs,\"Shelling hits Homs. Shelling hit the city of Homs on Monday, a monitor said. \"\"Five died\"\", it added.\","
      + "wire,homs,3/6/2017,1\r\n"
      + "102,Convoy reaches town,\"Aid reached the town.\nMore is expected.\",paper,deir ezzor,12/25/2016,0\n";

  @Test
  void readsQuotedFieldsAndMonthFirstDates() {
    List<FakesArticle> a = FakesReader.parse(CSV, "t.csv");
    assertThat(a).hasSize(2);
    assertThat(a.get(0).content()).isEqualTo("Shelling hits Homs. Shelling hit the city of Homs on Monday, a monitor said. \"Five died\", it added.");
    assertThat(a.get(0).date()).isEqualTo(LocalDate.of(2017, 3, 6));
    assertThat(a.get(0).location()).isEqualTo("homs");
    assertThat(a.get(1).content()).contains("\n");
    assertThat(a.get(1).date()).isEqualTo(LocalDate.of(2016, 12, 25));
    assertThat(a.get(1).location()).isEqualTo("deir ezzor");
    assertThat(a.get(1).label()).isEqualTo("0");
  }

  @Test
  void theTitleIsAddedOnlyWhenTheContentLacksIt() {
    List<FakesArticle> a = FakesReader.parse(CSV, "t.csv");
    assertThat(a.get(0).text()).isEqualTo(a.get(0).content());
    assertThat(a.get(1).text()).startsWith("Convoy reaches town\n\nAid reached");
  }

  @Test
  void badInputNamesTheProblem() {
    assertThatThrownBy(() -> FakesReader.parse("unit_id,date\n1,2017-03-06\n", "x.csv"))
        .isInstanceOf(BadInputException.class).hasMessageContaining("article_title");
    String badDate = CSV.replace("3/6/2017", "2017-03-06");
    assertThatThrownBy(() -> FakesReader.parse(badDate, "x.csv")).isInstanceOf(BadInputException.class)
        .hasMessageContaining("M/D/YYYY");
    assertThatThrownBy(() -> Csv.parse("a,\"b\n", "y.csv")).isInstanceOf(BadInputException.class)
        .hasMessageContaining("never closed");
  }
}
