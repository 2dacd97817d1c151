package org.marsad.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import org.marsad.Pipeline;
import org.marsad.fetch.Origins;
import org.marsad.fetch.Robots;
import org.marsad.fetch.SafeFetcher;
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

/** {@code marsad watch}: follows the record's sources until stopped. */
@Command(name = "watch", mixinStandardHelpOptions = true,
    description = {
      "Reads the followed sources (see 'marsad sources') again and again, storing each new item once.",
      "Each source's state (items taken, ETag, failures) is in the record: stopped or killed at any moment,"
          + " a restart neither misses nor repeats an item. A failing source is retried later and later (up to a day)."
    })
public class WatchCommand implements Runnable {
  @Option(names = "--every", paramLabel = "DURATION", defaultValue = "15m",
      description = "Time between two reads of one source (default: ${DEFAULT-VALUE}).")
  String every;

  @Option(names = "--once", description = "Read every due source once, then exit.")
  boolean once;

  @Mixin StoreOptions store;
  @Mixin FetchOptions fetch;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    Duration interval;
    try {
      interval = FetchOptions.duration(every);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--every: " + e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    SafeFetcher fetcher = new SafeFetcher(fetch.policy());
    try (Store s = store.open()) {
      if (new SourceList(s).list().isEmpty()) {
        throw new ParameterException(spec.commandLine(), "no sources followed: add some with 'marsad sources add URL|PATH'");
      }
      Watcher w = new Watcher(s, new OriginIngest(s, Pipeline.defaultPipeline()),
          e -> Origins.of(e.location(), e.telegramChannel(), fetcher, new Robots(fetcher)), interval, new Printer(out));
      if (once) {
        w.round();
        return;
      }
      CountDownLatch stopped = new CountDownLatch(1);
      Thread hook = new Thread(() -> {
        w.stop();
        stopped.countDown();
      }, "marsad-watch-stop");
      Runtime.getRuntime().addShutdownHook(hook);
      out.printf(Locale.ROOT, "watching every %s (Ctrl-C stops after the item in hand)%n", every);
      out.flush();
      w.start();
      try {
        stopped.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        w.stop();
      }
    }
  }

  /** One line per item and per failed source, flushed at once (a log others may follow). */
  record Printer(PrintWriter out) implements Watcher.Listener {
    @Override
    public void done(String key, String name, OriginIngest.Outcome outcome, String reason) {
      switch (outcome) {
        case ADDED -> out.println("added " + TextOut.cell(name));
        case KNOWN -> out.println("known " + TextOut.cell(name));
        case REJECTED -> out.println("rejected " + TextOut.cell(reason));
      }
      out.flush();
    }

    @Override
    public void sourceFailed(SourceList.Entry source, String reason) {
      out.println("source failed: " + TextOut.cell(reason));
      out.flush();
    }

    @Override
    public void roundDone(Watcher.Round r) {
      if (r.sources() > 0) {
        out.printf(Locale.ROOT, "round: %d source(s) read, %d failed; %d new, %d known, %d rejected%n",
            r.sources(), r.failed(), r.added(), r.known(), r.rejected());
        out.flush();
      }
    }
  }
}
