package org.marsad.store;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Function;
import org.marsad.BadInputException;
import org.marsad.ingest.Origin;

/**
 * Follows the record's sources: each round reads every source that is due, stores what is new,
 * and recomputes fusion and status when anything was added. A source that fails waits longer
 * each time ({@link SourceList#readFailed}). Runs on its own thread between {@link #start} and
 * {@link #stop} (the CLI's {@code watch}, a server), or one round at a time ({@link #round}).
 */
public final class Watcher implements AutoCloseable {
  /** Told about each item and each source read. */
  public interface Listener extends OriginIngest.Listener {
    default void sourceFailed(SourceList.Entry source, String reason) {}

    default void roundDone(Round round) {}
  }

  /** What one round did. */
  public record Round(int sources, int failed, long added, long known, long rejected) {}

  private final Store store;
  private final OriginIngest ingest;
  private final SourceList sources;
  private final Function<SourceList.Entry, Origin> origins;
  private final Duration every;
  private final Listener listener;
  private final Runnable derive;
  private final Object lock = new Object();
  private Thread thread;
  private volatile boolean running;

  /**
   * {@code origins} makes the origin that reads a source (the caller knows the network adapters);
   * {@code every} is the time between two reads of one source.
   */
  public Watcher(Store store, OriginIngest ingest, Function<SourceList.Entry, Origin> origins, Duration every, Listener listener) {
    this(store, ingest, origins, every, listener, () -> Derivation.defaults().run(store));
  }

  /**
   * As above; {@code derive} runs after a round that added reports. A server passes its own
   * derivation (reviews applied, alerts raised, its cached views renewed) so that what the
   * watcher stores shows through its API.
   */
  public Watcher(Store store, OriginIngest ingest, Function<SourceList.Entry, Origin> origins, Duration every, Listener listener,
      Runnable derive) {
    if (every.isNegative() || every.isZero()) {
      throw new IllegalArgumentException("the polling interval must be positive, got " + every);
    }
    this.store = store;
    this.ingest = ingest;
    this.sources = new SourceList(store);
    this.origins = origins;
    this.every = every;
    this.listener = listener == null ? (k, n, o, r) -> {} : listener;
    this.derive = derive;
  }

  /** Reads every due source once. */
  public Round round() {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    int read = 0;
    int failed = 0;
    long added = 0;
    long known = 0;
    long rejected = 0;
    for (SourceList.Entry e : sources.list()) {
      if (!running && thread != null) {
        break;
      }
      if (e.nextReadAt() != null && e.nextReadAt().isAfter(now)) {
        continue;
      }
      read++;
      try {
        OriginIngest.Result r = ingest.read(origins.apply(e), e.id(), e.cursor(), listener);
        // Validators are kept only now, after every item is stored: a crash before this point
        // makes the next read a full one, and taken items are skipped.
        sources.readDone(e.id(), r.cursor(), every);
        added += r.added();
        known += r.known();
        rejected += r.rejected();
      } catch (BadInputException | IllegalArgumentException | java.io.UncheckedIOException ex) {
        failed++;
        sources.readFailed(e.id(), ex.getMessage(), every);
        listener.sourceFailed(e, ex.getMessage());
      }
    }
    if (added > 0) {
      derive.run();
    }
    Round r = new Round(read, failed, added, known, rejected);
    listener.roundDone(r);
    return r;
  }

  /** Starts polling on a daemon thread; rounds run every second, reading only the sources that are due. */
  public void start() {
    synchronized (lock) {
      if (thread != null) {
        throw new IllegalStateException("the watcher is already running");
      }
      running = true;
      thread = new Thread(this::loop, "marsad-watch");
      thread.setDaemon(true);
      thread.start();
    }
  }

  private void loop() {
    while (running) {
      try {
        round();
      } catch (RuntimeException e) {
        // A database error in one round must not end the watch; the next round tries again.
        listener.sourceFailed(null, "round failed: " + e);
      }
      synchronized (lock) {
        if (!running) {
          break;
        }
        try {
          lock.wait(Math.min(every.toMillis(), 1000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  /** Stops after the item in hand; waits for the thread to end. */
  public void stop() {
    Thread t;
    synchronized (lock) {
      running = false;
      lock.notifyAll();
      t = thread;
      thread = null;
    }
    if (t != null) {
      try {
        t.join(60_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  public boolean isRunning() {
    return running;
  }

  @Override
  public void close() {
    stop();
  }
}
