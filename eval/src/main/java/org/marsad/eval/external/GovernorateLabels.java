package org.marsad.eval.external;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.marsad.lexicon.LexiconFile;

/** Governorate labels of an external data set mapped to gazetteer admin1 ids (a data file). */
public final class GovernorateLabels {
  public static final String FAKES_RESOURCE = "marsad/eval/fakes-governorates.tsv";

  private final Map<String, Set<String>> ids;

  public GovernorateLabels(Map<String, Set<String>> ids) {
    this.ids = Map.copyOf(ids);
  }

  public static GovernorateLabels fakes() {
    Map<String, Set<String>> m = new HashMap<>();
    for (LexiconFile.Row r : LexiconFile.read(FAKES_RESOURCE)) {
      m.put(r.col(0).toLowerCase(Locale.ROOT), Set.of(r.col(1).split("\\|")));
    }
    return new GovernorateLabels(m);
  }

  /** Whether the label is known. */
  public boolean knows(String label) {
    return ids.containsKey(label);
  }

  /** The admin1 ids a label accepts; empty for an unknown label. */
  public Set<String> ids(String label) {
    return ids.getOrDefault(label, Set.of());
  }

  public boolean agrees(String label, String admin1) {
    return admin1 != null && ids(label).contains(admin1);
  }

  public List<String> labels() {
    return ids.keySet().stream().sorted().toList();
  }
}
