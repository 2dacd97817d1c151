package org.marsad.store;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.marsad.Pipeline;
import org.marsad.ingest.Origin;

/**
 * The sources a record follows, kept in the record itself, with each one's reading state: the
 * validators of its last complete read, the items already taken, and its failures for backoff.
 */
public final class SourceList {
  /** After this many failed attempts an item is given up on (and no longer fetched each round). */
  public static final int MAX_ITEM_ATTEMPTS = 3;

  private final Store store;

  /** A followed source and its state. */
  public record Entry(String id, String location, String telegramChannel, OffsetDateTime addedAt,
      Origin.Cursor cursor, String lastItem, OffsetDateTime lastReadAt, int failures,
      OffsetDateTime nextReadAt, String lastError) {}

  public SourceList(Store store) {
    this.store = store;
  }

  public static String idOf(String location) {
    return Pipeline.sha256(location.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** Adds a source; returns false when it is already followed. */
  public boolean add(String location, String telegramChannel) {
    return store.jdbi().inTransaction(h -> h.createUpdate("INSERT INTO sources (id, location, telegram_channel, added_at,"
            + " failures) VALUES (:id, :loc, :tg, :at, 0) ON CONFLICT DO NOTHING")
        .bind("id", idOf(location)).bind("loc", location).bind("tg", telegramChannel)
        .bind("at", now()).execute() > 0);
  }

  /** Removes a source (by its location or id) and its reading state; its reports stay. */
  public boolean remove(String locationOrId) {
    return store.jdbi().inTransaction(h -> h.createUpdate("DELETE FROM sources WHERE id = :id OR id = :raw")
        .bind("id", idOf(locationOrId)).bind("raw", locationOrId).execute() > 0);
  }

  public List<Entry> list() {
    return store.jdbi().withHandle(h -> h.createQuery("SELECT * FROM sources ORDER BY added_at, location")
        .map((rs, ctx) -> new Entry(rs.getString("id"), rs.getString("location"), rs.getString("telegram_channel"),
            rs.getObject("added_at", OffsetDateTime.class),
            new Origin.Cursor(rs.getString("etag"), rs.getString("last_modified")), rs.getString("last_item"),
            rs.getObject("last_read_at", OffsetDateTime.class), rs.getInt("failures"),
            rs.getObject("next_read_at", OffsetDateTime.class), rs.getString("last_error")))
        .list());
  }

  public Optional<Entry> get(String id) {
    return list().stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /** Whether the item was taken, or failed too often to try again. */
  public boolean seen(String sourceId, String itemKey) {
    return store.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM source_items WHERE source_id = :s"
            + " AND item_hash = :k AND (report_id IS NOT NULL OR attempts >= :max)")
        .bind("s", sourceId).bind("k", hash(itemKey)).bind("max", MAX_ITEM_ATTEMPTS).mapTo(Long.class).one() > 0);
  }

  /** Records that an item is in the record as {@code reportId}. */
  public void taken(String sourceId, String itemKey, String reportId) {
    store.jdbi().useTransaction(h -> {
      h.createUpdate("DELETE FROM source_items WHERE source_id = :s AND item_hash = :k")
          .bind("s", sourceId).bind("k", hash(itemKey)).execute();
      h.createUpdate("INSERT INTO source_items (source_id, item_hash, item_key, report_id, attempts, seen_at)"
              + " VALUES (:s, :k, :key, :r, 1, :at)")
          .bind("s", sourceId).bind("k", hash(itemKey)).bind("key", itemKey).bind("r", reportId).bind("at", now()).execute();
      h.createUpdate("UPDATE sources SET last_item = :key WHERE id = :s")
          .bind("key", clip(itemKey, 2000)).bind("s", sourceId).execute();
    });
  }

  /** Counts a failed attempt at an item. */
  public void failed(String sourceId, String itemKey) {
    store.jdbi().useTransaction(h -> {
      int n = h.createUpdate("UPDATE source_items SET attempts = attempts + 1, seen_at = :at WHERE source_id = :s"
              + " AND item_hash = :k AND report_id IS NULL")
          .bind("s", sourceId).bind("k", hash(itemKey)).bind("at", now()).execute();
      if (n == 0) {
        h.createUpdate("INSERT INTO source_items (source_id, item_hash, item_key, report_id, attempts, seen_at)"
                + " VALUES (:s, :k, :key, NULL, 1, :at) ON CONFLICT DO NOTHING")
            .bind("s", sourceId).bind("k", hash(itemKey)).bind("key", itemKey).bind("at", now()).execute();
      }
    });
  }

  /** A complete read: keeps its validators, clears the failures, schedules the next read. */
  public void readDone(String sourceId, Origin.Cursor cursor, Duration every) {
    OffsetDateTime now = now();
    store.jdbi().useHandle(h -> h.createUpdate("UPDATE sources SET etag = :etag, last_modified = :lm, last_read_at = :now,"
            + " failures = 0, next_read_at = :next, last_error = NULL WHERE id = :s")
        .bind("etag", cursor == null ? null : clip(cursor.etag(), 1000))
        .bind("lm", cursor == null ? null : clip(cursor.lastModified(), 200))
        .bind("now", now).bind("next", now.plus(every)).bind("s", sourceId).execute());
  }

  /**
   * A failed read: the next one waits {@code every} doubled per consecutive failure, at most a
   * day, so a dead site is not hammered and a flaky one is retried soon.
   */
  public void readFailed(String sourceId, String error, Duration every) {
    OffsetDateTime now = now();
    store.jdbi().useTransaction(h -> {
      int failures = h.createQuery("SELECT failures FROM sources WHERE id = :s").bind("s", sourceId)
          .mapTo(Integer.class).findOne().orElse(0) + 1;
      h.createUpdate("UPDATE sources SET failures = :f, last_read_at = :now, next_read_at = :next, last_error = :e WHERE id = :s")
          .bind("f", failures).bind("now", now).bind("next", now.plus(backoff(every, failures)))
          .bind("e", clip(error, 4000)).bind("s", sourceId).execute();
    });
  }

  static Duration backoff(Duration every, int failures) {
    Duration d = every.multipliedBy(1L << Math.min(failures, 10));
    return d.compareTo(Duration.ofDays(1)) > 0 ? Duration.ofDays(1) : d;
  }

  static String clip(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  private static String hash(String key) {
    return idOf(key);
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
