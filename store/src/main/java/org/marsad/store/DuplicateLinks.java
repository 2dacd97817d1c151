package org.marsad.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Near-duplicate links in the record: which reports are copies of one story (syndicated by
 * several outlets, lightly edited). Read from the near-duplicate groups {@link Derivation} keeps
 * ({@code report_signatures.syndication_group}), so what the record shows is what fusion and
 * status counted as one source.
 */
public final class DuplicateLinks {
  /** A report in a group. */
  public record Member(String reportId, String outlet, String url, String title, LocalDate published) {}

  /** A group of copies; {@code id} is its smallest report id. */
  public record Cluster(String id, List<Member> members) {}

  private DuplicateLinks() {}

  /** Every group of two or more copies, largest first; or only the group of {@code reportId} (a prefix will do). */
  public static List<Cluster> clusters(Store store, String reportId) {
    List<Cluster> out = new ArrayList<>();
    store.jdbi().useHandle(h -> {
      String sql = "SELECT d.syndication_group, r.id, r.outlet, r.url, r.title, r.published FROM report_signatures d"
          + " JOIN reports r ON r.id = d.report_id WHERE d.syndication_group IN (SELECT syndication_group FROM"
          + " report_signatures GROUP BY syndication_group HAVING COUNT(*) > 1)"
          + (reportId == null ? "" : " AND d.syndication_group IN (SELECT syndication_group FROM report_signatures"
              + " WHERE report_id LIKE :p)")
          + " ORDER BY d.syndication_group, r.published, r.id";
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
