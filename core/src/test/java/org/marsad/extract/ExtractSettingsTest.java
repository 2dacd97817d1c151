package org.marsad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.lang.reflect.RecordComponent;
import org.junit.jupiter.api.Test;

/** settings.tsv loads whole or fails at start-up naming the file, the line and the key. */
class ExtractSettingsTest {
  /** Every setting of the record, each with the value 1, one line each (line n is component n). */
  private static String all() {
    StringBuilder b = new StringBuilder();
    for (RecordComponent c : ExtractSettings.class.getRecordComponents()) {
      b.append(c.getName().replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT)).append("\t1\twhy\n");
    }
    return b.toString();
  }

  private static String load(String text) {
    return assertThrows(IllegalStateException.class, () -> ExtractSettings.parse(new StringReader(text), "t.tsv"))
        .getMessage();
  }

  @Test
  void shippedFileLoads() {
    ExtractSettings s = ExtractSettings.load();
    assertEquals(6, s.modalityWindow());
    assertEquals(10.0, s.separateAttacksKm());
  }

  @Test
  void everyKeyGivenLoads() {
    ExtractSettings s = ExtractSettings.parse(new StringReader("# header\n" + all()), "t.tsv");
    assertEquals(1, s.joinParagraphs());
    assertEquals(1.0, s.quarterKm());
  }

  @Test
  void unknownKeyNamesFileLineAndKey() {
    String msg = load(all() + "modality_windw\t6\ttypo\n");
    int line = ExtractSettings.class.getRecordComponents().length + 1;
    assertTrue(msg.startsWith("t.tsv:" + line + ": unknown setting 'modality_windw'"), msg);
  }

  @Test
  void missingKeyNamesFileAndKey() {
    String msg = load(all().replace("far\t1\twhy\n", ""));
    assertTrue(msg.startsWith("t.tsv: setting 'far' is missing"), msg);
  }

  @Test
  void badNumberNamesFileLineAndKey() {
    String msg = load(all().replace("max_sentence\t1\t", "max_sentence\t4x0\t"));
    assertTrue(msg.startsWith("t.tsv:1: setting 'max_sentence' needs a whole number, not '4x0'"), msg);
    msg = load(all().replace("quarter_km\t1\t", "quarter_km\tfifteen\t"));
    assertTrue(msg.contains(": setting 'quarter_km' needs a number, not 'fifteen'"), msg);
  }

  @Test
  void duplicateKeyFails() {
    String msg = load(all() + "far\t2\tagain\n");
    assertTrue(msg.contains("setting 'far' is given twice"), msg);
  }
}
