package org.marsad.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.marsad.fuse.NearDuplicates;

/**
 * Near-duplicate groups kept up to date incrementally: new reports are compared only with the
 * reports that share an LSH band key with them (stored signatures; a text is read only for a borderline pair), and groups
 * they bridge are merged. The groups are the connected components of "shares a band and the
 * estimated similarity reaches the threshold, or a borderline one and the smaller text is contained
 * in the other" (NearDuplicates#copies), each named by its smallest report id: exactly what
 * {@link org.marsad.fuse.NearDuplicates#groups} gives over all reports at once, whatever the order.
 */
final class Syndication {
  private Syndication() {}

  /** The new group of every report whose group changes (new reports included), by report id. */
  static Map<String, String> update(Handle h, Collection<String> pendingIds) {
    Map<String, long[]> sigs = new HashMap<>();
    Map<String, String> label = new HashMap<>();
    load(h, pendingIds, sigs, label);
    long stored = h.createQuery("SELECT COUNT(*) FROM report_signatures").mapTo(Long.class).one();
    boolean onlyNew = stored == sigs.size();
    List<String> ids = new ArrayList<>(new TreeSet<>(sigs.keySet()));
    // Union-find over group labels as ints: the pair loop below is the hot path.
    Map<String, Integer> labelIndex = new HashMap<>();
    List<String> labels = new ArrayList<>();
    int[][] parentBox = {new int[64]};
    java.util.function.ToIntFunction<String> node = id -> {
      String l = labelOf(h, id, label);
      Integer i = labelIndex.get(l);
      if (i == null) {
        i = labels.size();
        labelIndex.put(l, i);
        labels.add(l);
        if (i >= parentBox[0].length) {
          parentBox[0] = java.util.Arrays.copyOf(parentBox[0], parentBox[0].length * 2);
        }
        parentBox[0][i] = i;
      }
      return i;
    };
    Map<String, long[]> bandsOf = new HashMap<>();
    sigs.forEach((id, sig) -> bandsOf.put(id, Signatures.matchable(sig) ? Signatures.bands(sig) : null));
    Map<String, long[]> old = new HashMap<>();
    Map<Long, List<String>> storedByKey = onlyNew ? Map.of() : storedCandidates(h, bandsOf);
    for (int b = 0; b < Signatures.BANDS; b++) {
      Map<Long, List<String>> buckets = new HashMap<>();
      for (String id : ids) {
        long[] keys = bandsOf.get(id);
        if (keys != null) {
          buckets.computeIfAbsent(keys[b], k -> new ArrayList<>(2)).add(id);
        }
      }
      buckets.forEach((key, bucket) -> bucket.addAll(storedByKey.getOrDefault(key, List.of())));
      for (List<String> bucket : buckets.values()) {
        if (bucket.size() < 2) {
          continue;
        }
        int[] nodes = new int[bucket.size()];
        for (int i = 0; i < nodes.length; i++) {
          nodes[i] = node.applyAsInt(bucket.get(i));
        }
        for (int i = 0; i < nodes.length; i++) {
          String x = bucket.get(i);
          if (!sigs.containsKey(x)) {
            continue; // a stored report: compared from the new reports' side
          }
          for (int j = 0; j < nodes.length; j++) {
            String y = bucket.get(j);
            if (i == j || sigs.containsKey(y) && j < i) {
              continue;
            }
            int rx = NearDuplicates.find(parentBox[0], nodes[i]);
            int ry = NearDuplicates.find(parentBox[0], nodes[j]);
            if (rx != ry && Signatures.DUPLICATES.copies(sigs.get(x), signatureOf(h, y, sigs, old),
                () -> textOf(h, x), () -> textOf(h, y))) {
              // The smaller label is the root: a group is named by its smallest report id.
              if (labels.get(rx).compareTo(labels.get(ry)) < 0) {
                parentBox[0][ry] = rx;
              } else {
                parentBox[0][rx] = ry;
              }
            }
          }
        }
      }
    }
    java.util.function.Function<String, String> rootOf = l -> {
      Integer i = labelIndex.get(l);
      return i == null ? l : labels.get(NearDuplicates.find(parentBox[0], i));
    };
    Map<String, String> out = new TreeMap<>();
    Set<String> movedGroups = new TreeSet<>();
    for (String id : sigs.keySet()) {
      out.put(id, rootOf.apply(label.get(id)));
    }
    for (Map.Entry<String, String> e : label.entrySet()) {
      String g = rootOf.apply(e.getValue());
      if (!g.equals(e.getValue()) && !sigs.containsKey(e.getKey())) {
        movedGroups.add(e.getValue());
      }
    }
    // Every stored member of a group that merged into another moves with it.
    List<String> moved = new ArrayList<>(movedGroups);
    for (int i = 0; i < moved.size(); i += 500) {
      h.createQuery("SELECT report_id, syndication_group FROM report_signatures WHERE syndication_group IN (<g>)")
          .bindList("g", moved.subList(i, Math.min(moved.size(), i + 500)))
          .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)})
          .forEach(r -> out.put(r[0], rootOf.apply(r[1])));
    }
    return out;
  }

  /**
   * Stores the new groups (in the derivation's last transaction; report_signatures' and the copy in
   * report_fields that fusion reads) and keeps the number of syndicated
   * copies (reports whose group is another report's) in {@code record_meta}, so that the summary
   * does not scan every signature row; a record without the count gets it by one scan here.
   */
  static void write(Handle h, Map<String, String> groups) {
    long delta = 0;
    List<String> ids = new ArrayList<>(groups.keySet());
    for (int i = 0; i < ids.size(); i += 500) {
      List<String[]> old = h.createQuery("SELECT report_id, syndication_group FROM report_signatures WHERE report_id IN (<ids>)")
          .bindList("ids", ids.subList(i, Math.min(ids.size(), i + 500)))
          .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)}).list();
      for (String[] r : old) {
        delta += (groups.get(r[0]).equals(r[0]) ? 0 : 1) - (r[1].equals(r[0]) ? 0 : 1);
      }
    }
    org.jdbi.v3.core.statement.PreparedBatch up =
        h.prepareBatch("UPDATE report_signatures SET syndication_group = :g WHERE report_id = :id");
    org.jdbi.v3.core.statement.PreparedBatch fields =
        h.prepareBatch("UPDATE report_fields SET syndication_group = :g WHERE report_id = :id");
    groups.forEach((id, g) -> {
      up.bind("g", g).bind("id", id).add();
      fields.bind("g", g).bind("id", id).add();
    });
    if (up.size() > 0) {
      up.execute();
      fields.execute();
    }
    java.util.Optional<String> stored = h.createQuery("SELECT meta_value FROM record_meta WHERE meta_key = 'copies'")
        .mapTo(String.class).findOne();
    long copies = stored.isPresent() ? Long.parseLong(stored.get()) + delta : scanCopies(h);
    h.execute("DELETE FROM record_meta WHERE meta_key = 'copies'");
    h.createUpdate("INSERT INTO record_meta (meta_key, meta_value) VALUES ('copies', :v)").bind("v", Long.toString(copies))
        .execute();
  }

  /** Counts the copies once for a record written before the count was kept. */
  static void backfillCopies(Handle h) {
    if (h.createQuery("SELECT COUNT(*) FROM record_meta WHERE meta_key = 'copies'").mapTo(Long.class).one() == 0) {
      h.createUpdate("INSERT INTO record_meta (meta_key, meta_value) VALUES ('copies', :v)")
          .bind("v", Long.toString(scanCopies(h))).execute();
    }
  }

  /** The number of syndicated copies: kept by {@link #write}, counted when a record has no count yet. */
  static long copies(Handle h) {
    return h.createQuery("SELECT meta_value FROM record_meta WHERE meta_key = 'copies'").mapTo(String.class).findOne()
        .map(Long::parseLong).orElseGet(() -> scanCopies(h));
  }

  private static long scanCopies(Handle h) {
    return h.createQuery("SELECT COUNT(*) FROM report_signatures WHERE syndication_group <> report_id").mapTo(Long.class).one();
  }

  private static void load(Handle h, Collection<String> ids, Map<String, long[]> sigs, Map<String, String> label) {
    List<String> all = new ArrayList<>(ids);
    for (int i = 0; i < all.size(); i += 500) {
      h.createQuery("SELECT report_id, signature, syndication_group FROM report_signatures WHERE report_id IN (<ids>)")
          .bindList("ids", all.subList(i, Math.min(all.size(), i + 500)))
          .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
          .forEach(r -> {
            sigs.put(r[0], Signatures.decode(r[1]));
            label.put(r[0], r[2]);
          });
    }
  }

  /**
   * The stored reports (not among the new ones) that share a band key with a new report, by key, in
   * report id order. One pass over {@code report_band_sets} (one row per report, no index to keep up
   * on ingest); a band row whose report is gone is dropped by the check against the signatures.
   */
  private static Map<Long, List<String>> storedCandidates(Handle h, Map<String, long[]> fresh) {
    long[] wanted = fresh.values().stream().filter(java.util.Objects::nonNull).flatMapToLong(java.util.Arrays::stream)
        .sorted().distinct().toArray();
    Map<Long, List<String>> byKey = new HashMap<>();
    Set<String> matched = new TreeSet<>();
    h.createQuery("SELECT report_id, bands FROM report_band_sets")
        .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)})
        .forEach(r -> {
          if (fresh.containsKey(r[0])) {
            return;
          }
          for (long key : Signatures.decode(r[1])) {
            if (java.util.Arrays.binarySearch(wanted, key) >= 0) {
              List<String> l = byKey.computeIfAbsent(key, k -> new ArrayList<>(2));
              if (l.isEmpty() || !l.get(l.size() - 1).equals(r[0])) {
                l.add(r[0]);
              }
              matched.add(r[0]);
            }
          }
        });
    Set<String> present = new HashSet<>();
    List<String> ids = new ArrayList<>(matched);
    for (int i = 0; i < ids.size(); i += 500) {
      present.addAll(h.createQuery("SELECT report_id FROM report_signatures WHERE report_id IN (<ids>)")
          .bindList("ids", ids.subList(i, Math.min(ids.size(), i + 500))).mapTo(String.class).list());
    }
    byKey.values().forEach(l -> {
      l.removeIf(id -> !present.contains(id));
      l.sort(null);
    });
    return byKey;
  }

  private static String labelOf(Handle h, String id, Map<String, String> label) {
    return label.computeIfAbsent(id, k -> h.createQuery("SELECT syndication_group FROM report_signatures WHERE report_id = :id")
        .bind("id", k).mapTo(String.class).one());
  }

  /** A report's text, read only for a borderline candidate pair (NearDuplicates#copies). */
  private static String textOf(Handle h, String id) {
    return h.createQuery("SELECT raw_text FROM reports WHERE id = :id").bind("id", id).mapTo(String.class).findOne().orElse("");
  }

  private static long[] signatureOf(Handle h, String id, Map<String, long[]> fresh, Map<String, long[]> old) {
    long[] s = fresh.get(id);
    return s != null ? s : old.computeIfAbsent(id, k -> Signatures.decode(h.createQuery(
        "SELECT signature FROM report_signatures WHERE report_id = :id").bind("id", k).mapTo(String.class).one()));
  }
}
