package org.marsad.track;

import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.marsad.BadInputException;
import org.marsad.lexicon.LexiconFile;
import org.marsad.model.EventType;

/** The status rules as data (format in {@code marsad/status/rules.tsv}). */
public record StatusRules(List<Effect> effects, List<LevelRule> levels, int maxGeoPrecision) {
  public static final String DEFAULT_RESOURCE = "/marsad/status/rules.tsv";

  public StatusRules {
    effects = List.copyOf(effects);
    levels = List.copyOf(levels);
  }

  /** The value a state key has when no event set it. */
  public static final String UNKNOWN = "unknown";

  /** One clause: keys, operator and values, e.g. {@code food|medicine=blocked}. */
  public record Clause(List<String> keys, String op, List<String> values) {
    boolean test(Function<String, Object> lookup) {
      for (String k : keys) {
        if (holds(lookup.apply(k))) {
          return true;
        }
      }
      return false;
    }

    private boolean holds(Object v) {
      switch (op) {
        case "=":
          return values.stream().anyMatch(w -> equalsValue(v, w));
        case "!=":
          return values.stream().noneMatch(w -> equalsValue(v, w));
        case "~":
          return elements(v).stream().anyMatch(e -> values.stream().anyMatch(e::contains));
        default:
          throw new IllegalStateException("operator " + op);
      }
    }

    private static boolean equalsValue(Object v, String w) {
      if (v == null) {
        return w.equals(UNKNOWN);
      }
      return elements(v).contains(w);
    }

    private static List<String> elements(Object v) {
      if (v == null) {
        return List.of();
      }
      if (v instanceof Collection<?> c) {
        return c.stream().map(o -> String.valueOf(o).toLowerCase(Locale.ROOT)).toList();
      }
      return List.of(String.valueOf(v).toLowerCase(Locale.ROOT));
    }
  }

  /** Clauses that must all hold; none means "*". */
  public record Condition(List<Clause> clauses) {
    public boolean test(Function<String, Object> lookup) {
      return clauses.stream().allMatch(c -> c.test(lookup));
    }

    public boolean test(Map<String, ?> values) {
      return test(values::get);
    }
  }

  /** Sets a state key; {@code ttlDays} null means until changed. */
  public record Assignment(String key, String value, Integer ttlDays) {}

  public record Effect(String id, EventType type, Condition event, Condition state, List<Assignment> assignments) {}

  public record LevelRule(String id, Level level, Condition state) {}

  public static StatusRules loadDefault() {
    return LexiconFile.withReader(DEFAULT_RESOURCE, r -> parse(r, DEFAULT_RESOURCE));
  }

  public static StatusRules parse(String tsv) {
    return parse(new StringReader(tsv), "status rules");
  }

  static StatusRules parse(Reader reader, String name) {
    List<Effect> effects = new ArrayList<>();
    List<LevelRule> levels = new ArrayList<>();
    int maxGeo = 2;
    for (LexiconFile.Row row : LexiconFile.rows(reader, name)) {
      String[] f = row.cols().toArray(String[]::new);
      String line = String.join("\t", row.cols());
      String where = row.id() + ": ";
      try {
        if (f[0].equals("effect") && f.length == 6) {
          effects.add(new Effect(f[1], EventType.valueOf(f[2]), condition(f[3]), condition(f[4]), assignments(f[5])));
        } else if (f[0].equals("setting") && f.length == 3 && f[1].equals("max_geo_precision")) {
          maxGeo = Integer.parseInt(f[2].strip());
        } else if (f[0].equals("level") && f.length == 4) {
          levels.add(new LevelRule(f[1], Level.valueOf(f[2]), condition(f[3])));
        } else {
          throw new BadInputException(where + "expected an effect line (6 fields), a level line (4 fields) or a setting: " + line);
        }
      } catch (IllegalArgumentException e) {
        throw new BadInputException(where + e.getMessage() + ": " + line, e);
      }
    }
    if (levels.isEmpty() || !levels.get(levels.size() - 1).state().clauses().isEmpty()) {
      throw new BadInputException(name + ": the last level line must be a catch-all ('*')");
    }
    return new StatusRules(effects, levels, maxGeo);
  }

  static Condition condition(String s) {
    String t = s.strip();
    if (t.equals("*") || t.isEmpty()) {
      return new Condition(List.of());
    }
    List<Clause> clauses = new ArrayList<>();
    for (String part : t.split(";")) {
      String p = part.strip();
      String op;
      int at;
      if ((at = p.indexOf("!=")) > 0) {
        op = "!=";
      } else if ((at = p.indexOf('~')) > 0) {
        op = "~";
      } else if ((at = p.indexOf('=')) > 0) {
        op = "=";
      } else {
        throw new IllegalArgumentException("clause '" + p + "' has no =, != or ~");
      }
      List<String> keys = Arrays.stream(p.substring(0, at).split("\\|")).map(String::strip).toList();
      List<String> values = Arrays.stream(p.substring(at + op.length()).split(","))
          .map(v -> v.strip().toLowerCase(Locale.ROOT)).filter(v -> !v.isEmpty()).toList();
      if (values.isEmpty()) {
        throw new IllegalArgumentException("clause '" + p + "' has no value");
      }
      clauses.add(new Clause(keys, op, values));
    }
    return new Condition(clauses);
  }

  static List<Assignment> assignments(String s) {
    List<Assignment> out = new ArrayList<>();
    for (String part : s.split(";")) {
      String p = part.strip();
      int eq = p.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("assignment '" + p + "' is not key=value");
      }
      String value = p.substring(eq + 1).strip();
      Integer ttl = null;
      int slash = value.indexOf('/');
      if (slash >= 0) {
        String d = value.substring(slash + 1);
        if (!d.endsWith("d")) {
          throw new IllegalArgumentException("expiry '" + d + "' is not a number of days like 30d");
        }
        ttl = Integer.parseInt(d.substring(0, d.length() - 1));
        value = value.substring(0, slash);
      }
      out.add(new Assignment(p.substring(0, eq).strip(), value.toLowerCase(Locale.ROOT), ttl));
    }
    return out;
  }
}
