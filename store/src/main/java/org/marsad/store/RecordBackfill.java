package org.marsad.store;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.marsad.fuse.ReportEvent;
import org.marsad.model.Event;

/**
 * What a record written by an earlier version lacks, computed once before a derivation: report
 * signatures and evidence texts (schema version 1), band sets (V33), the places table (V34) and the
 * copies count. Each is cheap to check when there is nothing to do.
 */
final class RecordBackfill {
  private RecordBackfill() {}

  /**
   * Signatures and evidence texts of reports stored before they were kept (records of schema
   * version 1): computed once from the stored text; those reports become pending.
   */
  static void run(Store store) {
    backfillBandSets(store);
    store.jdbi().useHandle(EventPlaces::backfill);
    store.jdbi().useHandle(Syndication::backfillCopies);
    // Every signature has its report (foreign key): equal counts mean nothing to backfill, and
    // COUNT(*) of a whole table costs nothing where NOT IN reads every report.
    boolean complete = store.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM reports").mapTo(Long.class).one()
        .equals(h.createQuery("SELECT COUNT(*) FROM report_signatures").mapTo(Long.class).one()));
    if (complete) {
      return;
    }
    List<String> missing = store.jdbi().withHandle(h -> h.createQuery("SELECT id FROM reports WHERE id NOT IN"
        + " (SELECT report_id FROM report_signatures) ORDER BY id").mapTo(String.class).list());
    for (int i = 0; i < missing.size(); i += 200) {
      List<String> ids = missing.subList(i, Math.min(missing.size(), i + 200));
      store.jdbi().useTransaction(h -> {
        Map<String, String> texts = new TreeMap<>();
        h.createQuery("SELECT id, raw_text FROM reports WHERE id IN (<ids>)").bindList("ids", ids)
            .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2))).forEach(e -> texts.put(e.getKey(), e.getValue()));
        PreparedBatch sig = h.prepareBatch("INSERT INTO report_signatures (report_id, signature, syndication_group)"
            + " VALUES (:id, :s, :id)");
        PreparedBatch bands = h.prepareBatch("INSERT INTO report_band_sets (report_id, bands) VALUES (:id, :b)");
        PreparedBatch pend = h.prepareBatch("INSERT INTO derive_pending (report_id) VALUES (:id) ON CONFLICT DO NOTHING");
        PreparedBatch ev = h.prepareBatch("UPDATE events SET evidence_text = :t WHERE report_id = :r AND event_id = :e");
        for (Map.Entry<String, String> t : texts.entrySet()) {
          long[] s = Signatures.DUPLICATES.signature(t.getValue());
          sig.bind("id", t.getKey()).bind("s", Signatures.encode(s)).add();
          if (Signatures.matchable(s)) {
            bands.bind("b", Signatures.encode(Signatures.bands(s))).bind("id", t.getKey()).add();
          }
          pend.bind("id", t.getKey()).add();
        }
        h.createQuery("SELECT e.*, p.name_ar, p.country, p.admin1, p.admin2, r.id, r.language, r.published, r.outlet,"
                + " r.url, r.title FROM events e JOIN reports r ON r.id = e.report_id LEFT JOIN places p ON p.id = e.place_id"
                + " WHERE e.report_id IN (<ids>)")
            .bindList("ids", ids)
            .map((rs, ctx) -> new Object[] {rs.getString("report_id"), Store.event(rs)})
            .forEach(r -> {
              Event e = (Event) r[1];
              ev.bind("t", ReportEvent.evidenceText(e, texts.get((String) r[0]))).bind("r", r[0]).bind("e", e.id()).add();
            });
        for (PreparedBatch b : List.of(sig, bands, pend, ev)) {
          if (b.size() > 0) {
            b.execute();
          }
        }
      });
    }
  }

  /**
   * Band sets of a record migrated from one band row per key (V33 marks it): computed from the
   * stored signatures once, in one transaction with the mark's removal.
   */
  private static void backfillBandSets(Store store) {
    boolean marked = store.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM record_meta WHERE meta_key = 'band_sets'")
        .mapTo(Long.class).one() > 0);
    if (!marked) {
      return;
    }
    store.jdbi().useTransaction(h -> {
      h.execute("DELETE FROM report_band_sets");
      PreparedBatch bands = h.prepareBatch("INSERT INTO report_band_sets (report_id, bands) VALUES (:id, :b)");
      h.createQuery("SELECT report_id, signature FROM report_signatures")
          .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)})
          .forEach(r -> {
            long[] s = Signatures.decode(r[1]);
            if (Signatures.matchable(s)) {
              bands.bind("id", r[0]).bind("b", Signatures.encode(Signatures.bands(s))).add();
            }
          });
      if (bands.size() > 0) {
        bands.execute();
      }
      h.execute("DELETE FROM record_meta WHERE meta_key = 'band_sets'");
    });
  }

}
