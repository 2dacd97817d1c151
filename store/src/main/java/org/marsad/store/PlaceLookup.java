package org.marsad.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.marsad.BadInputException;
import org.marsad.geocode.Gazetteer;
import org.marsad.geocode.GazetteerEntry;
import org.marsad.geocode.Geocoder;
import org.marsad.geocode.PlaceLevel;

/**
 * Turns a place argument into place ids, the same way for every command: an id, else an exact
 * name or alias (Arabic or English, article and case aside). Several exact matches, or none, are
 * an error with a ranked "did you mean" list (places the record has a status for first, then
 * larger ones), never a silent pick. An administrative area (country, governorate, district,
 * subdistrict) stands for itself and every place inside it.
 */
public final class PlaceLookup {
  private static final Set<PlaceLevel> AREAS = Set.of(PlaceLevel.COUNTRY, PlaceLevel.ADMIN1, PlaceLevel.ADMIN2, PlaceLevel.ADMIN3);

  private final Gazetteer gazetteer;
  private final RecordView view;
  private final Set<String> withStatus;

  public PlaceLookup(Gazetteer gazetteer, RecordView view) {
    this.gazetteer = gazetteer;
    this.view = view;
    this.withStatus = view.places().keySet();
  }

  /** For the record {@code view} reads, with the default gazetteer. */
  public static PlaceLookup of(RecordView view) {
    return new PlaceLookup(Gazetteer.loadDefault(), view);
  }

  /** The one entry {@code query} names, or a BadInputException with what it could mean. */
  public GazetteerEntry resolve(String query) {
    String q = query == null ? "" : query.strip();
    if (q.isEmpty()) {
      throw new BadInputException("empty place name");
    }
    GazetteerEntry byId = gazetteer.byId(q);
    if (byId != null) {
      return byId;
    }
    String key = RecordView.nameKey(q);
    List<GazetteerEntry> exact = new ArrayList<>();
    List<GazetteerEntry> near = new ArrayList<>();
    for (GazetteerEntry e : gazetteer.entries()) {
      Set<String> keys = keys(e);
      if (keys.contains(key)) {
        exact.add(e);
      } else if (key.length() >= 3 && keys.stream().anyMatch(k -> close(k, key))) {
        near.add(e);
      }
    }
    if (exact.size() == 1) {
      return exact.get(0);
    }
    // A town and the administrative area named after it (Jasim, and the Jasim subdistrict around
    // it): the name is the town's; the area is reached by its id.
    List<GazetteerEntry> settlements = exact.stream().filter(e -> !AREAS.contains(e.level())).toList();
    if (settlements.size() == 1 && exact.stream().filter(e -> AREAS.contains(e.level()))
        .allMatch(a -> around(a, settlements.get(0)))) {
      return settlements.get(0);
    }
    List<GazetteerEntry> all = new ArrayList<>(exact);
    all.addAll(near);
    List<GazetteerEntry> options = rank(all);
    if (options.isEmpty()) {
      throw new BadInputException("no place named \"" + q + "\" in the gazetteer (give a name as the reports spell it,"
          + " in Arabic or English, or a place id)");
    }
    String list = String.join(", ", options.stream().limit(6).map(this::label).toList());
    throw new BadInputException((exact.isEmpty() ? "no place named \"" + q + "\"; did you mean: "
        : "\"" + q + "\" names several places; did you mean: ") + list + "? (give the id in brackets)");
  }

  /**
   * The place ids a query stands for: the place itself, and for an administrative area every
   * gazetteer place inside it.
   */
  public Set<String> ids(String query) {
    try {
      return idsAsWritten(query);
    } catch (BadInputException notFound) {
      // "مدينة طفس", "منطقة دماج", "the town of Tafas": the kind word is how reports write the name, not part of it
      String bare = Geocoder.nameAfterKindWord(query == null ? "" : query.strip());
      if (bare == null) {
        throw notFound;
      }
      try {
        return idsAsWritten(bare);
      } catch (BadInputException alsoNotFound) {
        throw notFound;
      }
    }
  }

  private Set<String> idsAsWritten(String query) {
    String q = query == null ? "" : query.strip();
    if (withStatus.contains(q) || gazetteer.byId(q) == null && view.place(q) != null) {
      return Set.of(q);
    }
    GazetteerEntry e;
    try {
      e = resolve(q);
    } catch (BadInputException notInGazetteer) {
      // Places the record knows beyond the gazetteer (another gazetteer's ids), by their stored names.
      List<String> stored = view.resolvePlace(q, null);
      if (stored.size() == 1 && gazetteer.byId(stored.get(0)) == null) {
        return Set.of(stored.get(0));
      }
      throw notInGazetteer;
    }
    Set<String> out = new TreeSet<>();
    out.add(e.id());
    if (AREAS.contains(e.level())) {
      for (GazetteerEntry c : gazetteer.entries()) {
        boolean inside = e.level() == PlaceLevel.COUNTRY ? e.country().equals(c.country())
            : e.id().equals(c.admin1()) || e.id().equals(c.admin2());
        if (inside) {
          out.add(c.id());
        }
      }
    }
    return out;
  }

  private static boolean around(GazetteerEntry area, GazetteerEntry place) {
    return area.id().equals(place.admin1()) || area.id().equals(place.admin2())
        || place.admin2() != null && !place.admin2().isEmpty() && area.id().startsWith(place.admin2());
  }

  /** "Yarmouk Camp (Damascus) [sy.camp.yarmouk]". */
  public String label(GazetteerEntry e) {
    String admin = gazetteer.adminName(e.admin1());
    return e.name() + (admin == null || admin.equals(e.name()) ? "" : " (" + admin + ")") + " [" + e.id() + "]";
  }

  private List<GazetteerEntry> rank(List<GazetteerEntry> in) {
    List<GazetteerEntry> out = new ArrayList<>(in);
    out.sort(Comparator.comparing((GazetteerEntry e) -> !withStatus.contains(e.id()))
        .thenComparing(e -> !"SY".equals(e.country()))
        .thenComparing(Comparator.comparingLong(GazetteerEntry::population).reversed())
        .thenComparing(GazetteerEntry::id));
    return out;
  }

  private static Set<String> keys(GazetteerEntry e) {
    Set<String> out = new LinkedHashSet<>();
    out.add(RecordView.nameKey(e.nameEn()));
    out.add(RecordView.nameKey(e.nameAr()));
    e.names().forEach(n -> out.add(RecordView.nameKey(n)));
    out.remove("");
    return out;
  }

  /**
   * A spelling close to a name: one inside the other as whole words (each word without its
   * article: "مخيم اليرموك" holds "يرموك"), or at most two edits apart.
   */
  static boolean close(String name, String query) {
    String n = " " + words(name) + " ";
    String q = " " + words(query) + " ";
    if (n.contains(q) || q.contains(n) && name.length() >= 3) {
      return true;
    }
    return Math.abs(name.length() - query.length()) <= 2 && query.length() >= 5 && edits(name, query) <= 2;
  }

  private static String words(String key) {
    StringBuilder b = new StringBuilder();
    for (String w : key.split(" ")) {
      b.append(b.length() == 0 ? "" : " ").append(RecordView.nameKey(w));
    }
    return b.toString();
  }

  private static int edits(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

}
