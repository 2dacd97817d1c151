package org.marsad.fuse;

import java.io.Reader;
import java.io.StringReader;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.marsad.BadInputException;
import org.marsad.lexicon.LexiconFile;
import org.marsad.model.EventType;

/**
 * Fusion windows and discriminating attributes per event type, read from a tab-separated file
 * (format in {@code marsad/status/fusion.tsv}).
 */
public record FusionRules(
    double placeKm, int undatedWindowDays, Map<EventType, Integer> windowDays,
    Map<EventType, List<String>> discriminators) {
  public static final String DEFAULT_RESOURCE = "/marsad/status/fusion.tsv";

  public FusionRules {
    windowDays = Map.copyOf(windowDays);
    discriminators = Map.copyOf(discriminators);
  }

  public static FusionRules loadDefault() {
    return LexiconFile.withReader(DEFAULT_RESOURCE, r -> parse(r, DEFAULT_RESOURCE));
  }

  public static FusionRules parse(String tsv) {
    return parse(new StringReader(tsv), "fusion rules");
  }

  static FusionRules parse(Reader reader, String name) {
    double km = 5;
    int undated = 7;
    Map<EventType, Integer> windows = new EnumMap<>(EventType.class);
    Map<EventType, List<String>> disc = new EnumMap<>(EventType.class);
    for (LexiconFile.Row row : LexiconFile.rows(reader, name)) {
      String[] f = row.cols().toArray(String[]::new);
      String line = String.join("\t", row.cols());
      String where = row.id() + ": ";
      try {
        if (f[0].equals("setting") && f.length == 3) {
          switch (f[1]) {
            case "place_km" -> km = Double.parseDouble(f[2]);
            case "undated_window_days" -> undated = Integer.parseInt(f[2]);
            default -> throw new BadInputException(where + "unknown setting " + f[1]);
          }
        } else if (f[0].equals("type") && f.length == 4) {
          EventType t = EventType.valueOf(f[1]);
          windows.put(t, Integer.parseInt(f[2]));
          disc.put(t, f[3].equals("-") ? List.of() : Arrays.stream(f[3].split(",")).map(String::trim).toList());
        } else {
          throw new BadInputException(where + "expected 'setting<TAB>name<TAB>value' or 'type<TAB>TYPE<TAB>days<TAB>attributes': " + line);
        }
      } catch (IllegalArgumentException e) {
        throw new BadInputException(where + e.getMessage() + ": " + line, e);
      }
    }
    for (EventType t : EventType.values()) {
      windows.putIfAbsent(t, 1);
      disc.putIfAbsent(t, List.of());
    }
    return new FusionRules(km, undated, windows, disc);
  }

  public int window(EventType t) {
    return windowDays.getOrDefault(t, 1);
  }
}
