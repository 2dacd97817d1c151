package org.marsad.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.marsad.Pipeline;
import org.marsad.fetch.FetchPolicy;
import org.marsad.fetch.Origins;
import org.marsad.fetch.Robots;
import org.marsad.fetch.SafeFetcher;
import org.marsad.geocode.Gazetteer;
import org.marsad.server.MarsadServer;
import org.marsad.server.Role;
import org.marsad.server.Tokens;
import org.marsad.server.ServerConfig;
import org.marsad.store.OriginIngest;
import org.marsad.store.SourceList;
import org.marsad.store.Store;
import org.marsad.store.Watcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code marsad serve}: the HTTP API (docs/api.md) over the record until stopped, following its sources meanwhile. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serves the record over HTTP: the JSON API under /api/v1 (docs/api.md), Swagger UI at /api/v1/docs.",
      "When the record follows sources ('marsad sources add'), they are read in the background as 'marsad watch' does,"
          + " and what they bring shows in the API after each round."})
public class ServeCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Option(names = "--port", paramLabel = "N", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port = 8080;

  @Option(names = "--bind", paramLabel = "ADDRESS", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String bind = "127.0.0.1";

  @Option(names = "--read-token", description = "Reads need a valid token too (writes always do).")
  boolean readToken;

  @Option(names = "--body-limit", paramLabel = "BYTES", description = "Largest request body; larger ones get 413 (default: ${DEFAULT-VALUE}).")
  long bodyLimit = ServerConfig.DEFAULT_BODY_LIMIT;

  @Option(names = "--status-basis", paramLabel = "all|verified",
      description = "Status from all events or from verified events only, unless a request says basis= (default: ${DEFAULT-VALUE}).")
  String basis = "all";

  @Option(names = "--watch-every", paramLabel = "DURATION", defaultValue = "15m",
      description = "Time between two reads of one followed source while serving (default: ${DEFAULT-VALUE}).")
  String watchEvery;

  @Option(names = "--no-watch", description = "Do not read the followed sources while serving.")
  boolean noWatch;

  @Mixin FetchOptions fetch;

  @Spec CommandSpec spec;

  /** Counted down by the shutdown hook (Ctrl-C) or by a test: the server stops and the command returns. */
  final CountDownLatch stop = new CountDownLatch(1);

  /** How a server follows the record's sources: the interval and the fetch policy. */
  record Watching(Duration every, FetchPolicy policy) {
    /** Starts a watcher on the server's record, or returns null (saying why) when no source is followed. */
    Watcher start(PrintWriter out, Store s, MarsadServer server) {
      int n = new SourceList(s).list().size();
      if (n == 0) {
        out.println("Not watching: the record follows no sources ('marsad sources add URL|PATH', then restart)");
        return null;
      }
      SafeFetcher fetcher = new SafeFetcher(policy);
      Robots robots = new Robots(fetcher);
      // The server's own derivation: reviews applied, alerts raised, its cached views renewed.
      Watcher w = new Watcher(s, new OriginIngest(s, server.record().pipeline()),
          e -> Origins.of(e.location(), e.telegramChannel(), fetcher, robots), every, new WatchCommand.Printer(out),
          server.record()::derive);
      w.start();
      out.printf(Locale.ROOT, "Watching %d source(s), each read every %s (--no-watch turns this off)%n", n,
          every.toString().substring(2).toLowerCase(Locale.ROOT));
      return w;
    }
  }

  @Override
  public Integer call() throws InterruptedException {
    if (!basis.equals("all") && !basis.equals("verified")) {
      throw new ParameterException(spec.commandLine(), "--status-basis must be all or verified, got " + basis);
    }
    Watching watching;
    try {
      watching = noWatch ? null : new Watching(FetchOptions.duration(watchEvery), fetch.policy());
      if (watching != null && (watching.every().isZero() || watching.every().isNegative())) {
        throw new IllegalArgumentException("the interval must be positive, got " + watchEvery);
      }
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--watch-every, --host-interval or --fetch-timeout: " + e.getMessage());
    }
    ServerConfig d = ServerConfig.defaults();
    ServerConfig cfg = new ServerConfig(bind, port, bodyLimit, readToken, basis.equals("verified"), d.webhookAttempts(),
        d.webhookFirstDelay());
    try (Store s = store.open()) {
      run(spec.commandLine().getOut(), s, cfg, null, watching, stop);
    }
    return 0;
  }

  /** Starts the server, prints where it listens (and {@code extra}), and blocks until the JVM stops. */
  static void run(PrintWriter out, Store s, ServerConfig cfg, String extra) throws InterruptedException {
    run(out, s, cfg, extra, null, new CountDownLatch(1));
  }

  /**
   * Tells {@code marsad ingest} on the same H2 record to hand its reports to this server
   * ({@link ServerHandoff}), with an ingest token of this run; null when the record is not an H2
   * file under the data directory or the announcement cannot be written (ingest then opens the
   * record itself, as it always could).
   */
  private static Tokens.Info announce(PrintWriter out, Store s, ServerConfig cfg, int port) {
    if (!s.config().isH2()) {
      return null;
    }
    Tokens.Created t = new Tokens(s.jdbi()).create("marsad ingest via this server (" + ProcessHandle.current().pid() + ")",
        Role.INGEST);
    try {
      ServerHandoff.announce(s.config().dataDir(), cfg.bind(), port, t.token());
      out.println("marsad ingest --data " + s.config().dataDir() + " hands its JSON Lines reports to this server");
      return t.info();
    } catch (java.io.IOException e) {
      new Tokens(s.jdbi()).revoke(t.info().id());
      out.println("(could not write " + ServerHandoff.FILE + ": " + e.getMessage() + "; marsad ingest opens the record itself)");
      return null;
    }
  }

  /**
   * As above, with the record's sources followed when {@code watching} is given, until the JVM
   * stops or {@code stop} is counted down. The watcher stops first (after the item in hand), then
   * the server.
   */
  static void run(PrintWriter out, Store s, ServerConfig cfg, String extra, Watching watching, CountDownLatch stop)
      throws InterruptedException {
    CountDownLatch closed = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      stop.countDown();
      try {
        closed.await(90, TimeUnit.SECONDS); // the JVM halts when hooks end: let the main thread close the record first
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "marsad-serve-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    try (MarsadServer server = MarsadServer.start(s, Pipeline.defaultPipeline(), Gazetteer.loadDefault(), cfg)) {
      out.printf("Marsad API at http://%s:%d/api/v1 (Swagger UI: /api/v1/docs); Ctrl-C stops it%n", cfg.bind(), server.port());
      if (ServeCommand.class.getClassLoader().getResource("marsad/web/index.html") != null) {
        out.printf("Dashboard at http://%s:%d/%n", cfg.bind(), server.port());
      }
      if (extra != null) {
        out.println(extra);
      }
      Watcher watcher = watching == null ? null : watching.start(out, s, server);
      Tokens.Info handoff = announce(out, s, cfg, server.port());
      out.flush();
      try {
        stop.await();
      } finally {
        if (handoff != null) {
          ServerHandoff.withdraw(s.config().dataDir());
          new Tokens(s.jdbi()).revoke(handoff.id());
        }
        if (watcher != null) {
          watcher.stop(); // its last derivation runs on the server's record, which closes next
        }
      }
    } finally {
      closed.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // the JVM is already shutting down: the hook is running
      }
    }
  }
}
