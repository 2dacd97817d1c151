package org.marsad.extract;

import java.util.LinkedHashMap;
import java.util.Map;
import org.marsad.clean.Token;
import org.marsad.lexicon.PhraseMatcher;
import org.marsad.model.EventType;

/** Numbers beside quantity cues in a trigger's sentence: killed, injured, people concerned. */
final class Quantities {
  private Quantities() {}

  static void read(Mentions m, EventType type, int f, Map<String, Object> into) {
    int from = m.sentenceStart[f];
    int to = m.sentenceEnd[f];
    for (int i = from; i < to; i++) {
      Token t = m.tokens.get(i);
      if (!t.numeric() || t.text().length() > 6) {
        continue;
      }
      int value = Integer.parseInt(t.text());
      if (value >= 1900 && value <= 2100) {
        continue; // a year, not a count
      }
      boolean approx = near(m, CueClass.APPROX, i - 3, i);
      if (type == EventType.ATTACK && near(m, CueClass.KILLED, i - 2, i + 3)) {
        into.putIfAbsent("fatalities", value);
      } else if (type == EventType.ATTACK && near(m, CueClass.INJURED, i - 2, i + 3)) {
        into.putIfAbsent("injuries", value);
      } else if ((type == EventType.ARREST || type == EventType.DEMAND || type == EventType.DISPLACEMENT)
          && near(m, CueClass.PEOPLE, i + 1, i + 3)) {
        into.putIfAbsent(type == EventType.ARREST ? "count" : "quantity", approx ? approximate(value) : value);
      }
    }
  }

  /** {"value": n, "approximate": true}, in that order every run (Map.of has no fixed order). */
  private static Map<String, Object> approximate(int value) {
    Map<String, Object> q = new LinkedHashMap<>();
    q.put("value", value);
    q.put("approximate", true);
    return java.util.Collections.unmodifiableMap(q);
  }

  private static boolean near(Mentions m, CueClass cls, int from, int to) {
    for (PhraseMatcher.Match<Lexicons.Cue> c : m.cues(cls)) {
      if (c.firstToken() >= from && c.firstToken() < to) {
        return true;
      }
    }
    return false;
  }
}
