package org.marsad.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.marsad.BadInputException;
import org.marsad.Pipeline;
import org.marsad.ingest.ReportSources;
import org.marsad.ingest.Source;
import org.marsad.model.Extraction;

/**
 * Reads sources from paths, extracts them on worker threads (with each report's MinHash signature)
 * and stores them from the calling thread in input order, one transaction per batch of
 * {@code batchSize} inputs (group commit, idempotent by the hash of each report's bytes: a crash
 * re-does at most the batch in flight). Memory stays bounded: the reader blocks once a few
 * batches of reports are waiting to be written.
 */
public final class Ingestor {
  /** What happened to one input. */
  public enum Outcome { ADDED, KNOWN, REJECTED }

  /** Told about each input as it is written (on the calling thread). */
  @FunctionalInterface
  public interface Listener {
    void done(String sourceName, Outcome outcome);
  }

  /** Inputs per transaction by default: large enough to amortise a commit, small enough to redo. */
  public static final int DEFAULT_BATCH = 256;

  private final Store store;
  private final Function<Source, Extraction> work;
  private final int threads;
  private final int batchSize;

  public Ingestor(Store store, Pipeline pipeline, int threads) {
    this(store, s -> pipeline.extract(pipeline.read(s)), threads);
  }

  /** With another per-source step than the pipeline's read + extract (tests, custom pipelines). */
  public Ingestor(Store store, Function<Source, Extraction> work, int threads) {
    this(store, work, threads, DEFAULT_BATCH);
  }

  public Ingestor(Store store, Function<Source, Extraction> work, int threads, int batchSize) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
    }
    this.store = store;
    this.work = work;
    this.threads = threads;
    this.batchSize = batchSize;
  }

  private sealed interface Result permits Known, Extracted, Rejected, End {}

  private record Known(String name) implements Result {}

  private record Extracted(String name, Extraction extraction, long[] signature) implements Result {}

  private record Rejected(String name, String reason) implements Result {}

  private record End(Throwable failure) implements Result {}

  /** Thrown inside the reader thread to unwind out of ReportSources when the run is abandoned. */
  private static final class Stopped extends RuntimeException {
    Stopped() {
      super(null, null, false, false);
    }
  }

  public IngestSummary ingest(List<Path> paths, Listener listener) {
    long t0 = System.nanoTime();
    AtomicInteger n = new AtomicInteger();
    ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "marsad-extract-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    BlockingQueue<Future<Result>> queue = new ArrayBlockingQueue<>(Math.max(threads * 4, batchSize * 2));
    Thread reader = new Thread(() -> read(paths, workers, queue), "marsad-read");
    reader.setDaemon(true);
    reader.start();
    long added = 0;
    long known = 0;
    long rejected = 0;
    long events = 0;
    Map<String, Long> reasons = new HashMap<>();
    List<Result> batch = new ArrayList<>(batchSize);
    try {
      while (true) {
        Result r = queue.take().get();
        if (r instanceof End end) {
          if (end.failure() != null) {
            throw new IllegalStateException("reading the input failed: " + end.failure().getMessage(), end.failure());
          }
          break;
        }
        batch.add(r);
        if (batch.size() >= batchSize) {
          long[] c = write(batch, listener, reasons);
          added += c[0];
          known += c[1];
          rejected += c[2];
          events += c[3];
        }
      }
      long[] c = write(batch, listener, reasons);
      added += c[0];
      known += c[1];
      rejected += c[2];
      events += c[3];
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("ingest interrupted", e);
    } catch (ExecutionException e) {
      // Workers turn extraction failures into rejects: what arrives here is a database error or an Error.
      throw new IllegalStateException("ingest failed: " + e.getCause(), e.getCause());
    } finally {
      reader.interrupt();
      workers.shutdownNow();
    }
    store.flushIndex();
    Map<String, Long> sorted = new LinkedHashMap<>();
    reasons.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return new IngestSummary(added, known, rejected, events, sorted, Duration.ofNanos(System.nanoTime() - t0));
  }

  /** Stores one batch in one transaction and tells the listener; returns added, known, rejected, events. */
  private long[] write(List<Result> batch, Listener listener, Map<String, Long> reasons) {
    long[] c = new long[4];
    if (batch.isEmpty()) {
      return c;
    }
    List<Store.Input> inputs = new ArrayList<>();
    for (Result r : batch) {
      if (r instanceof Extracted x) {
        inputs.add(new Store.Accepted(x.extraction(), x.name(), x.signature(), true));
      } else if (r instanceof Rejected j) {
        inputs.add(new Store.Refused(j.name(), j.reason()));
      }
    }
    boolean[] added = store.putAll(inputs);
    int k = 0;
    for (Result r : batch) {
      Outcome o;
      String name;
      if (r instanceof Known known) {
        name = known.name();
        o = Outcome.KNOWN;
      } else if (r instanceof Extracted x) {
        name = x.name();
        o = added[k++] ? Outcome.ADDED : Outcome.KNOWN;
        if (o == Outcome.ADDED) {
          c[3] += x.extraction().events().size();
        }
      } else {
        Rejected j = (Rejected) r;
        k++;
        name = j.name();
        reasons.merge(shortReason(name, j.reason()), 1L, Long::sum);
        o = Outcome.REJECTED;
      }
      c[o.ordinal()]++;
      if (listener != null) {
        listener.done(name, o);
      }
    }
    batch.clear();
    return c;
  }

  /**
   * One source through the same steps as {@link #ingest(List, Listener)} (known bytes skipped,
   * extraction, one transaction, rejects recorded), on the calling thread: the API's path. The
   * caller flushes the index ({@link Store#flushIndex}) after a batch.
   */
  public One ingestOne(Source s) {
    String id = Pipeline.sha256(s.bytes());
    Result r = process(s);
    if (r instanceof Extracted x) {
      boolean added = store.put(x.extraction(), x.name());
      return new One(added ? Outcome.ADDED : Outcome.KNOWN, id, added ? x.extraction().events().size() : 0, null);
    }
    if (r instanceof Rejected j) {
      store.reject(j.name(), j.reason());
      return new One(Outcome.REJECTED, id, 0, j.reason());
    }
    return new One(Outcome.KNOWN, id, 0, null);
  }

  /** What {@link #ingestOne} did: the report's id, events added, and the reason of a refusal. */
  public record One(Outcome outcome, String reportId, int events, String reason) {}

  /** Sources read and waiting for one known-report query (see {@link #read}). */
  private static final int CHECK_EVERY = 128;

  private void read(List<Path> paths, ExecutorService workers, BlockingQueue<Future<Result>> queue) {
    Throwable failure = null;
    // Known bytes are skipped before the costly part with one query per CHECK_EVERY sources, not one
    // per source on the workers; putAll() checks again inside its transaction. Sources wait here in
    // input order, and are flushed before a refusal is queued, so the queue keeps that order.
    List<Source> waiting = new ArrayList<>(CHECK_EVERY);
    try {
      for (Path p : paths) {
        try {
          ReportSources.read(p,
              s -> {
                waiting.add(s);
                if (waiting.size() >= CHECK_EVERY) {
                  submit(waiting, workers, queue);
                }
              },
              e -> {
                submit(waiting, workers, queue);
                put(queue, CompletableFuture.completedFuture(new Rejected(nameOf(e), e.getMessage())));
              });
        } catch (UncheckedIOException e) {
          // A folder or JSON Lines file that cannot be read: refuse it, go on with the next path.
          submit(waiting, workers, queue);
          put(queue, CompletableFuture.completedFuture(new Rejected(p.toString(), p + ": " + e.getCause().getMessage())));
        }
      }
      submit(waiting, workers, queue);
    } catch (Stopped e) {
      return; // the writer gave up; nobody is listening
    } catch (RuntimeException | Error e) {
      failure = e;
    }
    try {
      queue.put(CompletableFuture.completedFuture(new End(failure)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Queues {@code sources} in order: known ones as such, the others as extraction work; clears the list. */
  private void submit(List<Source> sources, ExecutorService workers, BlockingQueue<Future<Result>> queue) {
    if (sources.isEmpty()) {
      return;
    }
    List<String> ids = sources.stream().map(s -> Pipeline.sha256(s.bytes())).toList();
    java.util.Set<String> known = store.known(ids);
    for (int i = 0; i < sources.size(); i++) {
      Source s = sources.get(i);
      put(queue, known.contains(ids.get(i)) ? CompletableFuture.completedFuture(new Known(s.name()))
          : workers.submit(() -> extract(s)));
    }
    sources.clear();
  }

  private static void put(BlockingQueue<Future<Result>> queue, Future<Result> f) {
    try {
      queue.put(f);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Stopped();
    }
  }

  private Result process(Source s) {
    // Skip known bytes before the costly part; put() checks again inside its transaction.
    if (store.contains(Pipeline.sha256(s.bytes()))) {
      return new Known(s.name());
    }
    return extract(s);
  }

  /** Extraction, signature and index analysis of a source not yet known; failures become refusals. */
  private Result extract(Source s) {
    try {
      Extraction x = work.apply(s);
      // The signature and the index's text analysis are the costly parts after extraction: done
      // here, on all cores, so that the single writer only writes.
      long[] signature = Signatures.DUPLICATES.signature(x.text());
      store.index(x);
      return new Extracted(s.name(), x, signature);
    } catch (BadInputException e) {
      return new Rejected(s.name(), e.getMessage());
    } catch (RuntimeException e) {
      // A bug on one report must not stop a long run; the report is retried by the next ingest.
      return new Rejected(s.name(), s.name() + ": extraction failed (" + e + ")");
    }
  }

  /** A BadInputException's message starts with the input's name, "name: reason". */
  private static String nameOf(BadInputException e) {
    String m = String.valueOf(e.getMessage());
    int i = m.indexOf(": ");
    return i < 0 ? m : m.substring(0, i);
  }

  private static String shortReason(String name, String reason) {
    String r = reason == null ? "unknown" : reason;
    r = r.startsWith(name + ": ") ? r.substring(name.length() + 2) : r;
    // Details in parentheses (a parser's position, an exception) differ per input: group without them.
    int paren = r.indexOf(" (");
    return paren > 0 ? r.substring(0, paren) : r;
  }

  /**
   * How many inputs {@code paths} hold (files, and non-blank lines of JSON Lines files), for a
   * progress bar's total; cheap compared with extraction.
   */
  public static long countSources(List<Path> paths) {
    long total = 0;
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          total += walk.filter(Files::isRegularFile).mapToLong(f -> countFile(f, true)).sum();
        } catch (IOException e) {
          throw new UncheckedIOException("cannot list " + p, e);
        }
      } else {
        total += countFile(p, false);
      }
    }
    return total;
  }

  private static long countFile(Path f, boolean inFolder) {
    String name = f.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    if (name.endsWith(".jsonl")) {
      try (Stream<String> lines = Files.lines(f, java.nio.charset.StandardCharsets.UTF_8)) {
        return lines.filter(l -> !l.isBlank()).count();
      } catch (IOException | UncheckedIOException e) {
        return 1;
      }
    }
    boolean report = name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm");
    return !inFolder || report ? 1 : 0;
  }
}
