package org.marsad.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.marsad.Pipeline;
import org.marsad.geocode.Gazetteer;
import org.marsad.server.MarsadServer;
import org.marsad.server.ServerConfig;
import org.marsad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marsad serve}: the HTTP API (docs/api.md) over the record until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serves the record over HTTP: the JSON API under /api/v1 (docs/api.md), Swagger UI at /api/v1/docs.")
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

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    if (!basis.equals("all") && !basis.equals("verified")) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--status-basis must be all or verified, got " + basis);
    }
    ServerConfig d = ServerConfig.defaults();
    ServerConfig cfg = new ServerConfig(bind, port, bodyLimit, readToken, basis.equals("verified"), d.webhookAttempts(),
        d.webhookFirstDelay());
    try (Store s = store.open()) {
      run(spec.commandLine().getOut(), s, cfg, null);
    }
    return 0;
  }

  /** Starts the server, prints where it listens (and {@code extra}), and blocks until the JVM stops. */
  static void run(PrintWriter out, Store s, ServerConfig cfg, String extra) throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    try (MarsadServer server = MarsadServer.start(s, Pipeline.defaultPipeline(), Gazetteer.loadDefault(), cfg)) {
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        server.close();
        stopped.countDown();
      }, "marsad-serve-stop"));
      out.printf("Marsad API at http://%s:%d/api/v1 (Swagger UI: /api/v1/docs); Ctrl-C stops it%n", cfg.bind(), server.port());
      if (ServeCommand.class.getClassLoader().getResource("marsad/web/index.html") != null) {
        out.printf("Dashboard at http://%s:%d/%n", cfg.bind(), server.port());
      }
      if (extra != null) {
        out.println(extra);
      }
      out.flush();
      stopped.await();
    }
  }
}
