package org.marsad.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.ConnectionPoolDataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.marsad.Pipeline;
import org.marsad.model.Actor;
import org.marsad.model.DocumentMeta;
import org.marsad.model.Event;
import org.marsad.model.EventDate;
import org.marsad.model.EventType;
import org.marsad.model.Extraction;
import org.marsad.model.Modality;
import org.marsad.model.Place;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * The record: reports, their events and derived data in a relational database (an H2 file under
 * the data directory, or PostgreSQL), with a Lucene full-text index beside it. Safe to share
 * between threads. Each {@link #put} is one database transaction, so a crash loses at most the
 * report in flight; the index is brought back in line with the database on {@link #open}.
 */
public final class Store implements AutoCloseable {
  /** Tables in dependency order, for counts and digests. */
  public static final List<String> TABLES = List.of(
      "reports", "places", "actors", "events", "fused_events", "fused_event_members",
      "status_intervals", "status_interval_sources", "rejects");

  private final StoreConfig config;
  private final JdbcConnectionPool pool;
  private final Jdbi jdbi;
  private final TextIndex index;
  private final IndexRecovery recovery;

  /** What {@link #open} did to bring the full-text index in line with the database. */
  public record IndexRecovery(boolean checked, boolean rebuilt, int reindexed, int removed) {}

  /** An input that was refused, and why. */
  public record Reject(String sourceName, String reason, OffsetDateTime at) {}

  private Store(StoreConfig config, JdbcConnectionPool pool, Jdbi jdbi, TextIndex index) {
    this.config = config;
    this.pool = pool;
    this.jdbi = jdbi;
    this.index = index;
    this.recovery = index == null ? new IndexRecovery(false, false, 0, 0) : reconcileIndex();
  }

  /**
   * Opens an existing record for reading only: the database (H2 in auto-server mode, so this works
   * while an ingest or a server has it open) without the search index, which a writer may hold.
   * No record there is an error that says so, rather than an empty new one.
   */
  public static Store openForReading(StoreConfig config) {
    if (!config.exists()) {
      throw new RecordUnavailableException(RecordUnavailableException.Reason.MISSING, "no record at " + config.dataDir() + " (run marsad ingest first, or give"
          + " --data DIR of an existing record)", null);
    }
    JdbcConnectionPool pool = JdbcConnectionPool.create(poolSource(config));
    pool.setMaxConnections(16);
    try {
      migrate(pool);
      return new Store(config, pool, Jdbi.create(pool), null);
    } catch (RuntimeException e) {
      pool.dispose();
      throw e;
    }
  }

  private static void migrate(JdbcConnectionPool pool) {
    try {
      Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
    } catch (org.flywaydb.core.api.FlywayException e) {
      Throwable c = e;
      while (c.getCause() != null) {
        c = c.getCause();
      }
      if (String.valueOf(c.getMessage()).contains("already in use")) {
        throw new RecordUnavailableException(RecordUnavailableException.Reason.BUSY, "the record's database is in use by another process that does not share"
            + " it; wait for it to finish", e);
      }
      throw e;
    }
  }

  /** Opens (creating or migrating as needed) the database and the index of {@code config}. */
  public static Store open(StoreConfig config) {
    try {
      Files.createDirectories(config.dataDir());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create data directory " + config.dataDir(), e);
    }
    JdbcConnectionPool pool = JdbcConnectionPool.create(poolSource(config));
    pool.setMaxConnections(64);
    TextIndex index = null;
    try {
      migrate(pool);
      index = TextIndex.open(config.indexDir());
      return new Store(config, pool, Jdbi.create(pool), index);
    } catch (RuntimeException e) {
      if (index != null) {
        index.close();
      }
      pool.dispose();
      throw e;
    }
  }

  // H2's small connection pool takes any ConnectionPoolDataSource, so both engines get pooling
  // without another dependency.
  static ConnectionPoolDataSource poolSource(StoreConfig c) {
    if (c.isH2()) {
      JdbcDataSource ds = new JdbcDataSource();
      ds.setURL(c.jdbcUrl());
      ds.setUser(c.user() == null ? "sa" : c.user());
      ds.setPassword(c.password() == null ? "" : c.password());
      return ds;
    }
    if (c.jdbcUrl().startsWith("jdbc:postgresql:")) {
      PGConnectionPoolDataSource ds = new PGConnectionPoolDataSource();
      ds.setURL(c.jdbcUrl());
      if (c.user() != null) {
        ds.setUser(c.user());
      }
      if (c.password() != null) {
        ds.setPassword(c.password());
      }
      return ds;
    }
    // the user's --db or MARSAD_DB_URL: a mistyped one is bad input, said in one line (not a stack trace)
    throw new org.marsad.BadInputException("unsupported database URL " + c.describe()
        + ": --db takes jdbc:h2:PATH or jdbc:postgresql://HOST/DB; a folder is given with --data DIR");
  }

  public StoreConfig config() {
    return config;
  }

  /** Direct access for read queries the store does not offer (the API, reports). */
  public Jdbi jdbi() {
    return jdbi;
  }

  public IndexRecovery indexRecovery() {
    return recovery;
  }

  /** Which of {@code reportIds} are stored: one query per 500 ids (the ingest's known-report check). */
  public Set<String> known(java.util.Collection<String> reportIds) {
    List<String> ids = new ArrayList<>(new java.util.LinkedHashSet<>(reportIds));
    Set<String> out = new java.util.HashSet<>();
    if (ids.isEmpty()) {
      return out;
    }
    jdbi.useHandle(h -> {
      for (int i = 0; i < ids.size(); i += 500) {
        out.addAll(h.createQuery("SELECT id FROM reports WHERE id IN (<ids>)")
            .bindList("ids", ids.subList(i, Math.min(ids.size(), i + 500))).mapTo(String.class).list());
      }
    });
    return out;
  }

  public boolean contains(String reportId) {
    return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM reports WHERE id = :id")
        .bind("id", reportId).mapTo(Long.class).one() > 0);
  }

  /**
   * Stores a report with its extraction in one transaction, then indexes it. Returns false, and
   * changes nothing, when a report with the same id (the same bytes) is already stored.
   */
  public boolean put(Extraction x, String sourceName) {
    return putAll(List.of(new Accepted(x, sourceName, null)))[0];
  }

  /** One input of a {@link #putAll batch}: a report to store, or an input that was refused. */
  public sealed interface Input permits Accepted, Refused {
    String sourceName();
  }

  /**
   * A report to store. {@code signature} is its MinHash signature ({@code NearDuplicates}), computed
   * by the caller's worker threads; null: computed here. {@code indexed}: the caller has already
   * put it in the search index ({@link #index}), on its own thread.
   */
  public record Accepted(Extraction extraction, String sourceName, long[] signature, boolean indexed) implements Input {
    public Accepted(Extraction extraction, String sourceName, long[] signature) {
      this(extraction, sourceName, signature, false);
    }
  }

  /**
   * Puts a report in the search index ahead of {@link #putAll} (ingest's worker threads: analysis
   * is a large share of ingest time). The index is a cache of the database: a document whose report
   * then is not stored (a crash, a failed batch) is removed when the record is next opened.
   */
  void index(Extraction x) {
    if (index == null) {
      throw new IllegalStateException("the record was opened for reading");
    }
    DocumentMeta m = x.document();
    index.put(m.id(), m.title(), x.text(), m.published(), m.outlet());
  }

  /** An input that could not be read or extracted, and why. */
  public record Refused(String sourceName, String reason) implements Input {}

  /**
   * Group commit: stores a batch of inputs in one transaction, in order (a report already stored,
   * or stored earlier in the batch, is skipped: idempotent by the hash of its bytes), records
   * refusals, and marks the new reports for derivation; then indexes the new reports. A crash
   * loses at most this batch, never part of it. Returns, per input, whether it added a report.
   */
  public boolean[] putAll(List<? extends Input> inputs) {
    if (index == null) {
      throw new IllegalStateException("the record was opened for reading");
    }
    boolean[] added = jdbi.inTransaction(h -> RecordWriter.write(h, inputs));
    for (int i = 0; i < inputs.size(); i++) {
      if (added[i] && inputs.get(i) instanceof Accepted a && !a.indexed()) {
        DocumentMeta m = a.extraction().document();
        index.put(m.id(), m.title(), a.extraction().text(), m.published(), m.outlet());
      }
    }
    return added;
  }

  /** Records (or re-records) that the input named {@code sourceName} was refused. */
  public void reject(String sourceName, String reason) {
    putAll(List.of(new Refused(sourceName, reason)));
  }

  public List<Reject> rejects() {
    return jdbi.withHandle(h -> h.createQuery("SELECT source_name, reason, rejected_at FROM rejects ORDER BY source_name")
        .map((rs, ctx) -> new Reject(rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class)))
        .list());
  }

  /** A stored report as the extraction it was stored from. */
  public Optional<Extraction> extraction(String reportId) {
    return jdbi.withHandle(h -> {
      Optional<Object[]> row = h.createQuery("SELECT id, language, published, outlet, url, title, raw_text, paragraphs,"
              + " diagnostics FROM reports WHERE id = :id")
          .bind("id", reportId)
          .map((rs, ctx) -> new Object[] {meta(rs), rs.getString("raw_text"), rs.getString("paragraphs"), rs.getString("diagnostics")})
          .findOne();
      if (row.isEmpty()) {
        return Optional.empty();
      }
      Object[] r = row.get();
      List<Event> events = eventQuery(h, "WHERE e.report_id = :id ORDER BY e.ordinal", 0)
          .bind("id", reportId).map((rs, ctx) -> event(rs)).list();
      return Optional.of(new Extraction((DocumentMeta) r[0], (String) r[1], JsonText.readParagraphs((String) r[2]),
          events, JsonText.readStrings((String) r[3])));
    });
  }

  /** Stored events matching {@code q}, by date (undated last), then report, then position. */
  public List<StoredEvent> events(EventQuery q) {
    StringBuilder where = new StringBuilder("WHERE 1 = 1");
    if (q.type() != null) {
      where.append(" AND e.type = :type");
    }
    if (q.placeId() != null) {
      where.append(" AND e.place_id = :place");
    }
    if (q.from() != null) {
      where.append(" AND e.date_start >= :from");
    }
    if (q.to() != null) {
      where.append(" AND e.date_start <= :to");
    }
    where.append(" ORDER BY e.date_start, e.report_id, e.ordinal");
    return jdbi.withHandle(h -> {
      Query query = eventQuery(h, where.toString(), q.limit());
      if (q.type() != null) {
        query.bind("type", q.type().name());
      }
      if (q.placeId() != null) {
        query.bind("place", q.placeId());
      }
      if (q.from() != null) {
        query.bind("from", q.from());
      }
      if (q.to() != null) {
        query.bind("to", q.to());
      }
      return query.map((rs, ctx) -> new StoredEvent(meta(rs), event(rs))).list();
    });
  }

  private static Query eventQuery(Handle h, String tail, int limit) {
    return h.createQuery("SELECT e.*, p.name_ar, p.country, p.admin1, p.admin2, r.id, r.language, r.published,"
        + " r.outlet, r.url, r.title FROM events e JOIN reports r ON r.id = e.report_id"
        + " LEFT JOIN places p ON p.id = e.place_id " + tail + (limit > 0 ? " LIMIT " + limit : ""));
  }

  static DocumentMeta meta(ResultSet rs) throws SQLException {
    return new DocumentMeta(rs.getString("id"), rs.getString("language"), rs.getObject("published", LocalDate.class),
        rs.getString("outlet"), rs.getString("url"), rs.getString("title"));
  }

  static Event event(ResultSet rs) throws SQLException {
    EventDate date = null;
    if (rs.getString("date_kind") != null || rs.getString("date_value") != null) {
      date = new EventDate(rs.getString("date_value"), rs.getString("date_kind"), rs.getInt("date_precision"),
          JsonText.readSpans(rs.getString("date_evidence")));
    }
    Place place = null;
    if (rs.getString("place_id") != null || rs.getString("place_name") != null) {
      place = new Place(rs.getString("place_id"), rs.getString("place_name"), rs.getString("name_ar"),
          rs.getString("country"), rs.getString("admin1"), rs.getString("admin2"), rs.getDouble("place_lat"),
          rs.getDouble("place_lon"), rs.getInt("place_precision"), JsonText.readSpan(rs.getString("place_evidence")));
    }
    return new Event(rs.getString("event_id"), EventType.valueOf(rs.getString("type")),
        JsonText.readObject(rs.getString("attributes")), Modality.of(rs.getString("modality")),
        rs.getBoolean("historical"), date, place, actor(rs, "actor1"), actor(rs, "actor2"), rs.getString("source"),
        JsonText.readSpans(rs.getString("evidence")), rs.getString("rule_id"));
  }

  private static Actor actor(ResultSet rs, String prefix) throws SQLException {
    String name = rs.getString(prefix + "_name");
    return name == null ? null
        : new Actor(name, rs.getString(prefix + "_kind"), JsonText.readSpan(rs.getString(prefix + "_evidence")));
  }

  /**
   * Replaces all fused events and status intervals in one transaction (they are recomputed from
   * all stored events, so there is nothing to merge). Every referenced event must be stored.
   */
  public void replaceDerived(List<FusedEventRecord> fused, List<StatusIntervalRecord> intervals) {
    jdbi.useTransaction(h -> {
      h.execute("DELETE FROM status_interval_sources");
      h.execute("DELETE FROM status_intervals");
      h.execute("DELETE FROM fused_event_members");
      h.execute("DELETE FROM fused_events");
      insertDerived(h, fused, intervals);
    });
  }

  /**
   * Inserts derived rows (the caller has removed the ones they replace). An interval's id is a hash
   * of its place and start, so the same derived data gets the same ids however it was arrived at.
   */
  static void insertDerived(Handle h, List<FusedEventRecord> fused, List<StatusIntervalRecord> intervals) {
    {
      PreparedBatch fe = h.prepareBatch("INSERT INTO fused_events (id, type, modality, historical, place_id, place_name,"
          + " place_lat, place_lon, date_value, date_kind, date_precision, date_start, attributes, source_count)"
          + " VALUES (:id, :type, :modality, :historical, :placeId, :placeName, :lat, :lon, :dateValue, :dateKind,"
          + " :datePrecision, :dateStart, :attributes, :sources)");
      PreparedBatch fm = h.prepareBatch("INSERT INTO fused_event_members (fused_id, report_id, event_id) VALUES (:f, :r, :e)");
      for (FusedEventRecord f : fused) {
        fe.bind("id", f.id()).bind("type", f.type().name())
            .bind("modality", f.modality() == null ? null : f.modality().code())
            .bind("historical", f.historical()).bind("placeId", f.placeId()).bind("placeName", clip(f.placeName(), 500))
            .bind("lat", f.lat()).bind("lon", f.lon()).bind("dateValue", f.dateValue()).bind("dateKind", f.dateKind())
            .bind("datePrecision", f.datePrecision()).bind("dateStart", dateStart(f.dateValue()))
            .bind("attributes", JsonText.write(f.attributes())).bind("sources", f.sourceCount()).add();
        for (EventRef m : f.members()) {
          fm.bind("f", f.id()).bind("r", m.reportId()).bind("e", m.eventId()).add();
        }
      }
      PreparedBatch si = h.prepareBatch("INSERT INTO status_intervals (id, place_id, place_name, level, start_date,"
          + " end_date, indicators, source_count) VALUES (:id, :placeId, :placeName, :level, :start, :end,"
          + " :indicators, :sources)");
      PreparedBatch ss = h.prepareBatch("INSERT INTO status_interval_sources (interval_id, report_id, event_id, note,"
          + " source_key) VALUES (:i, :r, :e, :note, :key)");
      for (StatusIntervalRecord s : intervals) {
        long id = intervalId(s.placeId(), s.start());
        si.bind("id", id).bind("placeId", s.placeId()).bind("placeName", clip(s.placeName(), 500))
            .bind("level", s.level()).bind("start", s.start()).bind("end", s.end())
            .bind("indicators", JsonText.write(s.indicators())).bind("sources", s.sourceCount()).add();
        for (StatusIntervalRecord.Support sup : s.sources()) {
          ss.bind("i", id).bind("r", sup.event().reportId()).bind("e", sup.event().eventId())
              .bind("note", clip(sup.note(), 1000)).bind("key", clip(sup.sourceKey(), 200)).add();
        }
      }
      for (PreparedBatch b : List.of(fe, fm, si, ss)) {
        if (b.size() > 0) {
          b.execute();
        }
      }
    }
  }

  static long intervalId(String placeId, LocalDate start) {
    byte[] d = Pipeline.sha256((placeId + "|" + start).getBytes(StandardCharsets.UTF_8)).getBytes(StandardCharsets.US_ASCII);
    // 15 hex digits: a positive long, the same on every engine
    return Long.parseLong(new String(d, 0, 15, StandardCharsets.US_ASCII), 16);
  }

  /** All fused events with their members, by id. */
  public List<FusedEventRecord> fusedEvents() {
    return jdbi.withHandle(h -> {
      Map<String, List<EventRef>> members = new LinkedHashMap<>();
      h.createQuery("SELECT fused_id, report_id, event_id FROM fused_event_members ORDER BY fused_id, report_id, event_id")
          .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
          .forEach(r -> members.computeIfAbsent(r[0], k -> new ArrayList<>()).add(new EventRef(r[1], r[2])));
      return h.createQuery("SELECT * FROM fused_events ORDER BY id")
          .map((rs, ctx) -> fusedRecord(rs, members))
          .list();
    });
  }

  /** A {@code fused_events} row as a record, with its members from {@code members} (by fused id). */
  static FusedEventRecord fusedRecord(ResultSet rs, Map<String, List<EventRef>> members) throws SQLException {
    return new FusedEventRecord(rs.getString("id"), EventType.valueOf(rs.getString("type")),
        rs.getString("modality") == null ? null : Modality.of(rs.getString("modality")),
        rs.getBoolean("historical"), rs.getString("place_id"), rs.getString("place_name"),
        rs.getObject("place_lat", Double.class), rs.getObject("place_lon", Double.class),
        rs.getString("date_value"), rs.getString("date_kind"), rs.getObject("date_precision", Integer.class),
        JsonText.readObject(rs.getString("attributes")), rs.getInt("source_count"),
        members.getOrDefault(rs.getString("id"), List.of()));
  }

  /** A {@code status_intervals} row as a record, with its sources from {@code sources} (by interval id). */
  static StatusIntervalRecord intervalRecord(ResultSet rs, Map<Long, List<StatusIntervalRecord.Support>> sources)
      throws SQLException {
    return new StatusIntervalRecord(rs.getString("place_id"), rs.getString("place_name"),
        rs.getString("level"), rs.getObject("start_date", LocalDate.class),
        rs.getObject("end_date", LocalDate.class), JsonText.readObject(rs.getString("indicators")),
        rs.getInt("source_count"), sources.getOrDefault(rs.getLong("id"), List.of()));
  }

  /** Status intervals of one place (all places when null), by place and start. */
  public List<StatusIntervalRecord> statusIntervals(String placeId) {
    return jdbi.withHandle(h -> {
      Map<Long, List<StatusIntervalRecord.Support>> sources = new LinkedHashMap<>();
      h.createQuery("SELECT interval_id, report_id, event_id, note, source_key FROM status_interval_sources"
              + (placeId == null ? "" : " WHERE interval_id IN (SELECT id FROM status_intervals WHERE place_id = :place)")
              + " ORDER BY interval_id, report_id, event_id")
          .bindMap(placeId == null ? Map.of() : Map.of("place", placeId))
          .map((rs, ctx) -> Map.entry(rs.getLong(1),
              new StatusIntervalRecord.Support(new EventRef(rs.getString(2), rs.getString(3)), rs.getString(4),
                  rs.getString(5))))
          .forEach(e -> sources.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
      Query q = h.createQuery("SELECT * FROM status_intervals" + (placeId == null ? "" : " WHERE place_id = :place")
          + " ORDER BY place_id, start_date, id");
      if (placeId != null) {
        q.bind("place", placeId);
      }
      return q.map((rs, ctx) -> intervalRecord(rs, sources)).list();
    });
  }

  /** Row counts of {@link #TABLES}, in that order. */
  public Map<String, Long> counts() {
    return jdbi.withHandle(h -> {
      Map<String, Long> out = new LinkedHashMap<>();
      for (String t : TABLES) {
        // t comes from the constant list above, never from input
        out.put(t, h.createQuery("SELECT COUNT(*) FROM " + t).mapTo(Long.class).one());
      }
      return out;
    });
  }

  /** Full-text search over reports' titles and text; see {@link TextIndex#search}. */
  public List<SearchHit> search(String query, int limit) {
    if (index == null) {
      throw new IllegalStateException("search needs the record opened with Store.open, not openForReading");
    }
    return index.search(query, limit);
  }

  /** Makes index updates so far durable (ingest calls this at the end of a run). */
  public void flushIndex() {
    if (index != null) {
      index.commit();
    }
  }

  int indexSize() {
    return index.size();
  }

  Set<String> indexedIds() {
    return index.ids();
  }

  /**
   * The index may lag the database (batched Lucene commits), lead it (H2 may lose its last
   * commits to a kill), or be unreadable: when the last session did not close normally or the
   * counts differ, compare ids, index what is missing and drop what the database does not have.
   */
  private IndexRecovery reconcileIndex() {
    long dbCount = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM reports").mapTo(Long.class).one());
    if (index.closedCleanly() && !index.rebuilt() && index.size() == dbCount) {
      return new IndexRecovery(false, false, 0, 0);
    }
    Set<String> extra = index.ids();
    List<String> missing = new ArrayList<>();
    jdbi.useHandle(h -> h.createQuery("SELECT id FROM reports").mapTo(String.class).useStream(ids -> ids.forEach(id -> {
      if (!extra.remove(id)) {
        missing.add(id);
      }
    })));
    for (String id : extra) {
      index.delete(id);
    }
    jdbi.useHandle(h -> {
      for (String id : missing) {
        h.createQuery("SELECT title, raw_text, published, outlet FROM reports WHERE id = :id").bind("id", id)
            .map((rs, ctx) -> {
              index.put(id, rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4));
              return id;
            })
            .one();
      }
    });
    index.commit();
    return new IndexRecovery(true, index.rebuilt(), missing.size(), extra.size());
  }

  /** What {@link #compactIfSparse} did: the H2 file's size before and after, and how long it took. */
  public record Compaction(long bytesBefore, long bytesAfter, java.time.Duration elapsed) {}

  /**
   * H2 only: when less than {@code minChunkFillRate} % of the file's chunks is live data, rewrites
   * the file with the live data alone and closes the database; only {@link #close} may follow
   * ({@link H2Compaction}). Empty when nothing was done.
   */
  public Optional<Compaction> compactIfSparse(int minChunkFillRate) {
    return H2Compaction.ifSparse(config, jdbi, (javax.sql.DataSource) poolSource(config), minChunkFillRate);
  }

  @Override
  public void close() {
    try {
      if (index != null) {
        index.close();
      }
    } finally {
      pool.dispose();
    }
  }

  /** First day of an ISO date or a coarser value ("2020-09", "2018"); null when unreadable. */
  static LocalDate dateStart(String value) {
    if (value == null) {
      return null;
    }
    try {
      return switch (value.length()) {
        case 10 -> LocalDate.parse(value);
        case 7 -> YearMonth.parse(value).atDay(1);
        case 4 -> Year.parse(value).atDay(1);
        default -> null;
      };
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  static String sourceKey(String sourceName) {
    return Pipeline.sha256(sourceName.getBytes(StandardCharsets.UTF_8));
  }

  static String clip(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
