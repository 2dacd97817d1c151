package org.marsad.server;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.marsad.Pipeline;
import org.marsad.geocode.Gazetteer;
import org.marsad.ingest.Source;
import org.marsad.store.Derivation;
import org.marsad.store.Ingestor;
import org.marsad.store.StatusIntervalRecord;
import org.marsad.store.Store;

/**
 * The record as the server changes it: ingest through the CLI's idempotent path, then fusion and
 * status recomputed with review corrections applied, then alerts for levels that rose or lifted.
 * Changes are serialised (one derivation at a time); reads go straight to the store.
 */
public final class Record implements AutoCloseable {
  private final Store store;
  private final Pipeline pipeline;
  private final Gazetteer gazetteer;
  private final Reviews reviews;
  private final Alerts alerts;
  private final Derivation derivation = Derivation.defaults();
  private final AtomicLong version = new AtomicLong();
  private volatile Cached verified;
  // One background derivation at a time; requests while one waits to start join it.
  private final java.util.concurrent.ExecutorService deriver = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "marsad-derive");
    t.setDaemon(true);
    return t;
  });
  private final java.util.concurrent.atomic.AtomicBoolean queued = new java.util.concurrent.atomic.AtomicBoolean();
  private final java.util.concurrent.atomic.AtomicBoolean wholeRecord = new java.util.concurrent.atomic.AtomicBoolean();
  private volatile java.util.concurrent.Future<?> next = java.util.concurrent.CompletableFuture.completedFuture(null);

  private record Cached(long version, List<StatusIntervalRecord> intervals) {}

  /** What a POST of reports did, one entry per report in input order. */
  public record IngestResult(List<Ingestor.One> reports, int added, int known, int rejected) {}

  public Record(Store store, Pipeline pipeline, Gazetteer gazetteer, Alerts alerts) {
    this.store = store;
    this.pipeline = pipeline;
    this.gazetteer = gazetteer;
    this.reviews = new Reviews(store, gazetteer);
    this.alerts = alerts;
  }

  public Store store() {
    return store;
  }

  public Pipeline pipeline() {
    return pipeline;
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  public Reviews reviews() {
    return reviews;
  }

  public Alerts alerts() {
    return alerts;
  }

  /** Ingests sources one by one (each its own transaction), then re-derives once before returning. */
  public IngestResult ingest(List<Source> sources) {
    IngestResult r = store(sources);
    if (r.added() > 0) {
      derive();
    }
    return r;
  }

  /** Stores sources (each its own transaction) without re-deriving; see {@link #deriveLater}. */
  public IngestResult store(List<Source> sources) {
    Ingestor ingestor = new Ingestor(store, pipeline, 1);
    List<Ingestor.One> out = new ArrayList<>();
    int added = 0;
    int known = 0;
    int rejected = 0;
    for (Source s : sources) {
      Ingestor.One one = ingestor.ingestOne(s);
      out.add(one);
      switch (one.outcome()) {
        case ADDED -> added++;
        case KNOWN -> known++;
        case REJECTED -> rejected++;
      }
    }
    store.flushIndex();
    return new IngestResult(out, added, known, rejected);
  }

  /**
   * Recomputes fused events and status with reviews applied and raises alerts for what changed.
   * Alert delivery runs on the alerts' own executor, so this never waits for a webhook.
   */
  public synchronized void derive() {
    Map<String, StatusIntervalRecord> before = current(store.statusIntervals(null), asOf());
    Derivation d = derivation.withView(reviews.view(false));
    if (wholeRecord.getAndSet(false)) {
      d.rebuild(store);
    } else {
      d.run(store);
    }
    version.incrementAndGet();
    alerts.compare(before, current(store.statusIntervals(null), asOf()), store);
  }

  /**
   * Schedules a derivation on the background thread and returns at once (a whole-record
   * derivation takes seconds on thousands of reports); requests made while one is waiting to
   * start share it. The future completes when the derived data reflects every change made
   * before the call.
   */
  public java.util.concurrent.Future<?> deriveLater() {
    synchronized (queued) {
      if (queued.compareAndSet(false, true)) {
        next = deriver.submit(() -> {
          queued.set(false);
          derive();
        });
      }
      return next;
    }
  }

  /**
   * Review changes alter what status counts: verified-only status at once, stored status soon
   * (the reviewed report's areas; the whole record when {@code placeMoved}, as a corrected place
   * moves an event to an area its report's stored events do not name).
   */
  public java.util.concurrent.Future<?> reviewed(boolean placeMoved) {
    if (placeMoved) {
      wholeRecord.set(true);
    }
    version.incrementAndGet();
    return deriveLater();
  }

  @Override
  public void close() {
    deriver.shutdown();
    try {
      deriver.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Status intervals from all (non-rejected) events, or from verified events only (computed, cached). */
  public List<StatusIntervalRecord> intervals(boolean verifiedOnly, String placeId) {
    if (!verifiedOnly) {
      return store.statusIntervals(placeId);
    }
    Cached c = verified;
    long v = version.get();
    if (c == null || c.version() != v) {
      synchronized (this) {
        c = new Cached(v, derivation.withView(reviews.view(true)).derive(store).intervals());
        verified = c;
      }
    }
    return placeId == null ? c.intervals()
        : c.intervals().stream().filter(i -> i.placeId().equals(placeId)).toList();
  }

  /**
   * The record's "now": the latest publication date of its reports (null when none has one).
   * Timelines run past it (expiries), so "current" means the interval holding this date.
   */
  public LocalDate asOf() {
    return store.jdbi().withHandle(h -> h.createQuery("SELECT MAX(published) FROM reports")
        .mapTo(LocalDate.class).findOne().orElse(null));
  }

  /** Each place's interval on {@code asOf}, or its open interval when {@code asOf} is null. */
  static Map<String, StatusIntervalRecord> current(List<StatusIntervalRecord> intervals, LocalDate asOf) {
    Map<String, StatusIntervalRecord> out = new TreeMap<>();
    for (StatusIntervalRecord i : intervals) {
      if (holds(i, asOf)) {
        out.put(i.placeId(), i);
      }
    }
    return out;
  }

  static boolean holds(StatusIntervalRecord i, LocalDate d) {
    return d == null ? i.end() == null
        : i.start() != null && !d.isBefore(i.start()) && (i.end() == null || d.isBefore(i.end()));
  }
}
