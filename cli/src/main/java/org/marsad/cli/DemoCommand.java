package org.marsad.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.marsad.Pipeline;
import org.marsad.server.Alerts;
import org.marsad.server.DemoReports;
import org.marsad.server.Record;
import org.marsad.server.Role;
import org.marsad.server.ServerConfig;
import org.marsad.server.Subscriptions;
import org.marsad.server.Tokens;
import org.marsad.server.Webhooks;
import org.marsad.store.Store;
import org.marsad.store.StoreConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marsad demo}: the server on a fresh store holding the project's example reports. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Starts the API on a fresh embedded store preloaded with the example reports; prints the URL and a reviewer token.")
public class DemoCommand implements Callable<Integer> {
  @Option(names = "--port", paramLabel = "N", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port = 8080;

  @Option(names = "--bind", paramLabel = "ADDRESS", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String bind = "127.0.0.1";

  @Option(names = "--data", paramLabel = "DIR", description = "Where to put the demo store (default: a new temporary folder).")
  Path data;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    Path dir = data != null ? data : Files.createTempDirectory("marsad-demo-");
    if (data != null && Files.exists(dir.resolve("marsad.mv.db"))) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--data " + dir + " already holds a record; the demo needs a fresh folder");
    }
    try (Store s = Store.open(StoreConfig.of(dir))) {
      Subscriptions subs = new Subscriptions(s.jdbi());
      try (Alerts alerts = new Alerts(s.jdbi(), new Webhooks(s.jdbi(), subs, 1, java.time.Duration.ofSeconds(1)))) {
        Record.IngestResult r = new Record(s, Pipeline.defaultPipeline(), org.marsad.geocode.Gazetteer.loadDefault(), alerts)
            .ingest(DemoReports.sources());
        spec.commandLine().getErr().printf("demo record in %s: %d reports%n", dir, r.added());
      }
      Tokens.Created t = new Tokens(s.jdbi()).create("demo-reviewer", Role.REVIEWER);
      ServerConfig d = ServerConfig.defaults();
      ServeCommand.run(spec.commandLine().getOut(), s,
          new ServerConfig(bind, port, d.bodyLimit(), false, false, d.webhookAttempts(), d.webhookFirstDelay()),
          "Reviewer token: " + t.token() + "\nTry: curl 'http://" + bind + ":" + (port == 0 ? "PORT" : port)
              + "/api/v1/communities'");
    }
    return 0;
  }
}
