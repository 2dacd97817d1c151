package org.marsad.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A date value is parsed once into days and written back to the contract's string unchanged. */
class DateRangeTest {
  @Test
  void theContractsFormsRoundTrip() {
    for (String v : List.of("2020-09-29", "2020-09", "2018", "0612", "0612-03", "-50", "2020-02-29")) {
      assertEquals(v, DateRange.parse(v).iso(), v);
    }
    assertNull(DateRange.parse(null));
    DateRange m = DateRange.parse("2020-02");
    assertEquals(LocalDate.of(2020, 2, 1), m.start());
    assertEquals(LocalDate.of(2020, 2, 29), m.end());
    assertEquals(DateRange.Unit.MONTH, m.unit());
  }

  @Test
  void anythingElseFailsNamingTheValue() {
    for (String v : List.of("2020-13", "2021-02-29", "20", "2020-W39", "29/09/2020", "")) {
      String msg = assertThrows(IllegalArgumentException.class, () -> DateRange.parse(v), v).getMessage();
      assertTrue(msg.contains("'" + v + "'"), msg);
    }
  }

  @Test
  void nestingIsWhatThePrefixOfTheStringSaid() {
    DateRange month = DateRange.parse("2020-09");
    assertTrue(month.contains(DateRange.parse("2020-09-29")));
    assertTrue(DateRange.parse("2020").nested(month));
    assertFalse(month.nested(DateRange.parse("2020-10-01")));
    assertFalse(DateRange.parse("2019").nested(month));
  }

  @Test
  void theOrderIsTheStringsOrder() {
    Random r = new Random(9);
    List<String> values = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      LocalDate d = LocalDate.of(1990 + r.nextInt(40), 1 + r.nextInt(12), 1).plusDays(r.nextInt(28));
      values.add(switch (r.nextInt(3)) {
        case 0 -> d.toString();
        case 1 -> d.toString().substring(0, 7);
        default -> d.toString().substring(0, 4);
      });
    }
    List<String> byString = values.stream().sorted().toList();
    List<String> byRange = values.stream().map(DateRange::parse).sorted(Comparator.naturalOrder()).map(DateRange::iso).toList();
    assertEquals(byString, byRange);
  }
}
