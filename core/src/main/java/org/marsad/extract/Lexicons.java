package org.marsad.extract;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.marsad.lexicon.EnglishInflections;
import org.marsad.lexicon.LexiconFile;
import org.marsad.lexicon.PhraseMatcher;
import org.marsad.model.EventType;

/** The extraction lexicons (resources under marsad/extract/), compiled into phrase tries once. */
final class Lexicons {
  static final String DIR = "marsad/extract/";

  /**
   * A trigger row; {@code type} null blocks the phrase (type NONE in the file). {@code reach}: for a
   * frame, the word after its last argument, so that its evidence cites the whole frame; 0 otherwise.
   * {@code armedDoer}: the act stands only when its doer is an armed actor ("عملية" carried out by a
   * faction is an attack, by surgeons or a ministry none).
   */
  record Trigger(EventType type, Map<String, Object> attrs, String requires, Set<EventType> absorbs, boolean noun, boolean passive,
      boolean armedDoer, String ruleId, int reach) {}

  record Cue(String cls, String ruleId) {}

  /** A canonical actor; {@code firstWord} is the folded first word of the surface form matched. */
  record ActorEntry(String name, String kind, String firstWord) {}

  record AttrEntry(EventType type, String attr, String value) {}

  record TypeRule(Set<String> actor1Kinds, Set<String> actor2Kinds, String defaultActor1, boolean objectAfterNoun) {}

  final PhraseMatcher<Trigger> triggers;
  final PhraseMatcher<Cue> cues;
  /** Word classes for frames and eventiveness (wordclasses.tsv): a trie of their own, so none hides a cue. */
  final PhraseMatcher<Cue> classes;
  final Frames frames;
  final PhraseMatcher<ActorEntry> actors;
  final PhraseMatcher<AttrEntry> attributes;
  final Map<EventType, TypeRule> types;
  /** Generic actor nouns resolved by the country of the act (actors-country.tsv). */
  final CountryActors countryActors;
  /** Nationality adjectives that name the doer when they qualify the act (actors-adjective.tsv). */
  final PhraseMatcher<ActorEntry> adjectives;

  private Lexicons(
      PhraseMatcher<Trigger> triggers,
      PhraseMatcher<Cue> cues,
      PhraseMatcher<Cue> classes,
      Frames frames,
      PhraseMatcher<ActorEntry> actors,
      PhraseMatcher<AttrEntry> attributes,
      Map<EventType, TypeRule> types,
      CountryActors countryActors,
      PhraseMatcher<ActorEntry> adjectives) {
    this.triggers = triggers;
    this.cues = cues;
    this.classes = classes;
    this.frames = frames;
    this.actors = actors;
    this.attributes = attributes;
    this.types = types;
    this.countryActors = countryActors;
    this.adjectives = adjectives;
  }

  static Lexicons load() {
    PhraseMatcher.Builder<Trigger> t = PhraseMatcher.builder();
    List<LexiconFile.Row> triggerRows = withEnglish("triggers");
    for (LexiconFile.Row r : triggerRows) {
      if (r.cols().size() > 4) {
        throw new IllegalStateException(r.id() + ": a trigger line has at most 4 columns; join conditions with ';'");
      }
      String typeName = r.col(1);
      EventType type = typeName.equals("NONE") ? null : type(r, typeName);
      Map<String, String> cond = pairs(r.col(3), r);
      Set<EventType> absorbs = EnumSet.noneOf(EventType.class);
      String abs = cond.getOrDefault("absorbs", "");
      if (abs.equals("*")) {
        absorbs = EnumSet.allOf(EventType.class);
      } else if (!abs.isEmpty()) {
        for (String a : abs.split(",")) {
          absorbs.add(type(r, a.trim()));
        }
      }
      Map<String, Object> attrs = new LinkedHashMap<>();
      pairs(r.col(2), r).forEach((k, v) -> attrs.put(k, k.equals("items") || k.equals("forms") ? List.of(v.split(",")) : v));
      Trigger row = new Trigger(type, attrs, cond.get("requires"), absorbs, "yes".equals(cond.get("noun")), "yes".equals(cond.get("passive")),
          "armed".equals(cond.get("doer")), r.id(), 0);
      for (String phrase : EnglishInflections.standard().expand(r.col(0))) {
        t.add(phrase, row);
      }
    }
    PhraseMatcher.Builder<Cue> c = PhraseMatcher.builder();
    Set<String> cueClasses = new java.util.HashSet<>();
    for (LexiconFile.Row r : withEnglish("cues")) {
      cueClasses.add(ClassNames.cueLine(r).name());
      for (String phrase : EnglishInflections.standard().expand(r.col(1))) {
        c.add(phrase, new Cue(r.col(0), r.id()));
      }
    }
    Set<String> classNames = new java.util.HashSet<>(cueClasses);
    Set<String> wordClasses = new java.util.HashSet<>();
    PhraseMatcher.Builder<Cue> wc = PhraseMatcher.builder();
    for (LexiconFile.Row r : LexiconFile.read(DIR + "wordclasses.tsv")) {
      wordClasses.add(ClassNames.wordClassLine(r));
      for (String phrase : EnglishInflections.standard().expand(r.col(1))) {
        wc.add(phrase, new Cue(r.col(0), r.id()));
      }
    }
    ClassNames.wordClassesDefined(wordClasses, "wordclasses.tsv");
    classNames.addAll(wordClasses);
    Frames frames = Frames.load(LexiconFile.read(DIR + "frames.tsv"), classNames);
    for (LexiconFile.Row r : triggerRows) {
      String req = pairs(r.col(3), r).get("requires");
      if (req != null) {
        ClassNames.slot(r.id(), req, classNames);
      }
    }
    CountryActors countryActors = CountryActors.load(LexiconFile.read(DIR + "actors-country.tsv"));
    if (!countryActors.resolves(ActorRules.AIR_FORCE)) {
      throw new IllegalStateException(DIR + "actors-country.tsv has no rows for " + ActorRules.AIR_FORCE);
    }
    PhraseMatcher.Builder<ActorEntry> a = PhraseMatcher.builder();
    for (LexiconFile.Row r : withEnglish("actors")) {
      if (r.col(1).startsWith("{") && !r.col(1).contains("{place}") && !countryActors.resolves(r.col(1))) {
        throw new IllegalStateException(r.id() + ": " + r.col(1) + " has no rows in actors-country.tsv");
      }
      a.add(r.col(0), new ActorEntry(r.col(1), r.col(2), firstWord(r.col(0))));
    }
    PhraseMatcher.Builder<ActorEntry> adj = PhraseMatcher.builder();
    for (LexiconFile.Row r : LexiconFile.read(DIR + "actors-adjective.tsv")) {
      adj.add(r.col(0), new ActorEntry(r.col(1), r.col(2), firstWord(r.col(0))));
    }
    PhraseMatcher.Builder<AttrEntry> at = PhraseMatcher.builder();
    for (LexiconFile.Row r : LexiconFile.read(DIR + "attributes.tsv")) {
      at.add(r.col(0), new AttrEntry(type(r, r.col(1)), r.col(2), r.col(3)));
    }
    Map<EventType, TypeRule> types = new EnumMap<>(EventType.class);
    for (LexiconFile.Row r : LexiconFile.read(DIR + "types.tsv")) {
      types.put(type(r, r.col(0)), new TypeRule(kinds(r.col(1)), kinds(r.col(2)), r.col(3).isEmpty() ? null : r.col(3), "yes".equals(r.col(4))));
    }
    for (EventType e : EventType.values()) {
      if (!types.containsKey(e)) {
        throw new IllegalStateException(DIR + "types.tsv has no line for " + e);
      }
    }
    return new Lexicons(t.build(), c.build(), wc.build(), frames, a.build(), at.build(), types, countryActors, adj.build());
  }

  /**
   * The rows of NAME.tsv and then of NAME-en.tsv: English entries live in their own file, where a
   * word written {@code <lemma>} stands for every inflection of the verb ({@link EnglishInflections}).
   */
  private static List<LexiconFile.Row> withEnglish(String name) {
    List<LexiconFile.Row> rows = new java.util.ArrayList<>(LexiconFile.read(DIR + name + ".tsv"));
    rows.addAll(LexiconFile.read(DIR + name + "-en.tsv"));
    return rows;
  }

  private static String firstWord(String phrase) {
    List<org.marsad.clean.Token> t = org.marsad.clean.Tokenizer.tokenize(org.marsad.clean.ArabicNormalizer.fold(phrase));
    return t.isEmpty() ? "" : t.get(0).text();
  }

  static EventType type(LexiconFile.Row r, String name) {
    try {
      return EventType.valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(r.id() + ": unknown event type \"" + name + "\"", e);
    }
  }

  private static Set<String> kinds(String col) {
    if (col.isEmpty() || col.equals("-")) {
      return Set.of();
    }
    return Set.copyOf(Arrays.stream(col.split(",")).map(String::trim).toList());
  }

  /** "k=v;k=v" as a map; a malformed pair names the line. */
  static Map<String, String> pairs(String col, LexiconFile.Row r) {
    Map<String, String> out = new LinkedHashMap<>();
    if (col.isEmpty()) {
      return out;
    }
    for (String kv : col.split(";")) {
      int eq = kv.indexOf('=');
      if (eq <= 0) {
        throw new IllegalStateException(r.id() + ": expected key=value, got \"" + kv + "\"");
      }
      out.put(kv.substring(0, eq).trim(), kv.substring(eq + 1).trim());
    }
    return out;
  }
}
