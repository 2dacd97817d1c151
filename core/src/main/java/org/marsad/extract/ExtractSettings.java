package org.marsad.extract;

import java.io.Reader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.marsad.lexicon.LexiconFile;

/**
 * The extraction's tuning (windows in words, distances in km, penalties), read once from
 * settings.tsv so that a figure can be changed and traced without reading code. Each component is
 * one line of the file, named in snake case ({@code modalityWindow} is {@code modality_window}); the
 * file's third column says why the value is what it is.
 */
public record ExtractSettings(
    int maxSentence,
    int modalityWindow,
    int denialWindow,
    int phaseWindow,
    int historicalDays,
    int maxTimeDistance,
    int requiresBefore,
    int requiresAfter,
    int changeWindow,
    int makeWindow,
    int sourcePlaceGap,
    int maxActorChars,
    int lookBackPlaces,
    int locatorWindow,
    int namedTownWindow,
    double separateAttacksKm,
    double quarterKm,
    int unknownTownWindow,
    int topicBonus,
    int topicWindow,
    int far,
    int barrierPenalty,
    int objectPenalty,
    int vsoSubjectWindow,
    int passiveSubjectWindow,
    int statementTopicWindow,
    int statementAnchorAfter,
    int objectAfter,
    int objectBefore,
    int lookBackEvents,
    int inheritParagraphs,
    int joinParagraphs,
    int armWindow,
    int relativeAntecedentWords,
    int aidRecipientWindow,
    int propertyAfter,
    int statementTimeGap,
    int paragraphDaySentences,
    int anaphorReach,
    int agentAfter,
    int distinctReach) {

  static final String FILE = Lexicons.DIR + "settings.tsv";

  /** The shipped settings (settings.tsv on the classpath). */
  public static ExtractSettings load() {
    return LexiconFile.withReader(FILE, r -> parse(r, "settings.tsv"));
  }

  /**
   * Reads {@code name: value: why} lines; every component must be given exactly once, as a number
   * of its type. Errors name the file, the line and the key, so a bad edit fails at start-up.
   */
  static ExtractSettings parse(Reader text, String file) {
    RecordComponent[] parts = ExtractSettings.class.getRecordComponents();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < parts.length; i++) {
      index.put(key(parts[i].getName()), i);
    }
    Object[] values = new Object[parts.length];
    for (LexiconFile.Row r : LexiconFile.rows(text, file)) {
      String key = r.col(0);
      Integer i = index.get(key);
      if (i == null) {
        throw new IllegalStateException(r.id() + ": unknown setting '" + key + "'; the known ones are those of "
            + "ExtractSettings, in snake case (e.g. modality_window)");
      }
      if (values[i] != null) {
        throw new IllegalStateException(r.id() + ": setting '" + key + "' is given twice; keep one line");
      }
      String v = r.col(1);
      try {
        values[i] = parts[i].getType() == int.class ? (Object) Integer.parseInt(v) : (Object) Double.parseDouble(v);
      } catch (NumberFormatException e) {
        throw new IllegalStateException(r.id() + ": setting '" + key + "' needs " + (parts[i].getType() == int.class
            ? "a whole number" : "a number") + ", not '" + v + "'");
      }
    }
    for (int i = 0; i < parts.length; i++) {
      if (values[i] == null) {
        throw new IllegalStateException(file + ": setting '" + key(parts[i].getName()) + "' is missing; add a line '"
            + key(parts[i].getName()) + "<TAB>value<TAB>why'");
      }
    }
    try {
      Class<?>[] types = new Class<?>[parts.length];
      for (int i = 0; i < parts.length; i++) {
        types[i] = parts[i].getType();
      }
      return ExtractSettings.class.getDeclaredConstructor(types).newInstance(values);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(file + ": " + e.getCause().getMessage(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build ExtractSettings from " + file, e);
    }
  }

  /** {@code modalityWindow} as written in the file: {@code modality_window}. */
  private static String key(String component) {
    return component.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
  }
}
