package org.marsad.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.lexicon.LexiconFile;

/**
 * Resolves an actor named by a placeholder ("{state forces}", "{coalition}") to the canonical name
 * it has in the country where the act happens (actors-country.tsv): a generic "the security forces"
 * or "the army" is owned by that country, so naming it once per country keeps the noun general.
 */
final class CountryActors {
  private static final String ANY = "*";
  /** The name a placeholder resolves to where the country has no such actor (actors-country.tsv's "-"). */
  static final String NONE = "-";
  /** placeholder → country → canonical name; every placeholder has an {@code *} row. */
  private final Map<String, Map<String, String>> names;
  /** canonical name → kind, for the names whose kind the table gives (4th column). */
  private final Map<String, String> kinds;

  private CountryActors(Map<String, Map<String, String>> names, Map<String, String> kinds) {
    this.names = names;
    this.kinds = kinds;
  }

  static CountryActors load(List<LexiconFile.Row> rows) {
    Map<String, Map<String, String>> names = new HashMap<>();
    Map<String, String> kinds = new HashMap<>();
    for (LexiconFile.Row r : rows) {
      String placeholder = r.col(0);
      if (!placeholder.startsWith("{") || !placeholder.endsWith("}") || r.col(1).isEmpty() || r.col(2).isEmpty()) {
        throw new IllegalStateException(r.id() + ": expected {placeholder}, a country code or *, and a canonical name");
      }
      names.computeIfAbsent(placeholder, k -> new HashMap<>()).put(r.col(1), r.col(2));
      if (!r.col(3).isEmpty()) {
        kinds.put(r.col(2), r.col(3));
      }
    }
    names.forEach((k, v) -> {
      if (!v.containsKey(ANY)) {
        throw new IllegalStateException("actors-country.tsv: " + k + " has no '*' row for countries not listed");
      }
    });
    return new CountryActors(names, kinds);
  }

  /** Whether {@code name} is a placeholder this table resolves. */
  boolean resolves(String name) {
    return names.containsKey(name);
  }

  /** The kind the table gives {@code name}, else {@code otherwise}. */
  String kind(String name, String otherwise) {
    return kinds.getOrDefault(name, otherwise);
  }

  /** The canonical name of {@code name} in {@code country} (null: unknown); other names unchanged. */
  String resolve(String name, String country) {
    Map<String, String> byCountry = names.get(name);
    if (byCountry == null) {
      return name;
    }
    String n = country == null ? null : byCountry.get(country);
    return n != null ? n : byCountry.get(ANY);
  }
}
