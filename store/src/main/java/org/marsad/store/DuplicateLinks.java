package org.marsad.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Near-duplicate links in the record: which reports are copies of one story (syndicated by
 * several outlets, lightly edited). Written by {@link Derivation} from the MinHash groups it
 * uses for fusion, so what the record shows is what fusion and status counted as one source.
 */
public final class DuplicateLinks {
  /** A report in a group. */
  public record Member(String reportId, String outlet, String url, String title, LocalDate published) {}

  /** A group of copies; {@code id} is its smallest report id. */
  public record Cluster(String id, List<Member> members) {}

  private DuplicateLinks() {}

  /** Replaces the links with {@code groups} (report id → group id; singletons are left out). */
  static void replace(Store store, Map<String, String> groups) {
    store.jdbi().useTransaction(h -> {
      h.createUpdate("DELETE FROM report_duplicates").execute();
      var batch = h.prepareBatch("INSERT INTO report_duplicates (report_id, group_id) VALUES (:r, :g)");
      Map<String, Long> sizes = new java.util.HashMap<>();
      groups.values().forEach(g -> sizes.merge(g, 1L, Long::sum));
      for (Map.Entry<String, String> e : groups.entrySet()) {
        if (sizes.get(e.getValue()) > 1) {
          batch.bind("r", e.getKey()).bind("g", e.getValue()).add();
        }
      }
      if (batch.size() > 0) {
        batch.execute();
      }
    });
  }

  /** Every group of two or more copies, largest first; or only the group of {@code reportId} (a prefix will do). */
  public static List<Cluster> clusters(Store store, String reportId) {
    List<Cluster> out = new ArrayList<>();
    store.jdbi().useHandle(h -> {
      String sql = "SELECT d.group_id, r.id, r.outlet, r.url, r.title, r.published FROM report_duplicates d"
          + " JOIN reports r ON r.id = d.report_id"
          + (reportId == null ? "" : " WHERE d.group_id IN (SELECT group_id FROM report_duplicates WHERE report_id LIKE :p)")
          + " ORDER BY d.group_id, r.published, r.id";
      var q = h.createQuery(sql);
      if (reportId != null) {
        q.bind("p", reportId.replace("%", "").replace("_", "") + "%");
      }
      q.map((rs, ctx) -> new Object[] {rs.getString(1), new Member(rs.getString(2), rs.getString(3), rs.getString(4),
              rs.getString(5), rs.getObject(6, LocalDate.class))})
          .forEach(row -> {
            String g = (String) row[0];
            if (out.isEmpty() || !out.get(out.size() - 1).id().equals(g)) {
              out.add(new Cluster(g, new ArrayList<>()));
            }
            out.get(out.size() - 1).members().add((Member) row[1]);
          });
    });
    out.sort((a, b) -> Integer.compare(b.members().size(), a.members().size()));
    return out;
  }
}
