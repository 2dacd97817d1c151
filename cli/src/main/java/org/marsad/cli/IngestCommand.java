package org.marsad.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.marsad.BadInputException;
import org.marsad.Pipeline;
import org.marsad.fetch.Origins;
import org.marsad.fetch.Robots;
import org.marsad.fetch.SafeFetcher;
import org.marsad.fetch.WebOrigin;
import org.marsad.ingest.Origin;
import org.marsad.ingest.TelegramExport;
import org.marsad.ingest.Source;
import org.marsad.store.Derivation;
import org.marsad.store.IngestSummary;
import org.marsad.store.Ingestor;
import org.marsad.store.OriginIngest;
import org.marsad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code marsad ingest PATH...}: reads, extracts and stores reports; safe to re-run. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {
      "Reads reports from files, folders (*.txt, *.html, *.htm, *.jsonl, recursively), JSON Lines files,"
          + " Telegram Desktop exports (result.json), RSS/Atom feed URLs (each entry's page is fetched) and article"
          + " page URLs, extracts their events and stores each report with its extraction in one transaction.",
      "A report already stored (the same bytes) is skipped, so an interrupted run can simply be run again."
    })
public class IngestCommand implements Callable<Integer> {
  /** Chunk fill rate (%) of the H2 file under which an ingest compacts it at the end. */
  static final int COMPACT_BELOW_FILL_RATE = 50;

  @Parameters(arity = "1..*", paramLabel = "URL|PATH",
      description = "Feed or page URLs, files, folders, JSON Lines files or Telegram exports to read.")
  List<String> inputs;

  @Mixin StoreOptions store;

  @Mixin FetchOptions fetch;

  @Option(names = "--telegram-channel", paramLabel = "NAME",
      description = "Public name of the channel of a Telegram export, for t.me/NAME/ID links"
          + " (without it, links use the channel's numeric id: t.me/c/ID/MESSAGE).")
  String telegramChannel;

  @Option(names = "--threads", paramLabel = "N",
      description = "Extraction threads (default: the number of processors, ${DEFAULT-VALUE} here).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--published", paramLabel = "YYYY-MM-DD",
      description = "Publication date of reports that do not give one (plain files; JSON Lines lines without"
          + " \"published\"): relative dates (\"last Friday\") resolve against it.")
  LocalDate published;

  @Option(names = "--outlet", paramLabel = "NAME",
      description = "Outlet of reports that do not name one (plain files; JSON Lines lines without \"outlet\"/\"source\").")
  String outlet;

  @Option(names = "--batch", paramLabel = "N",
      description = "Inputs stored per transaction (group commit; a crash redoes at most one batch). Default: ${DEFAULT-VALUE}.")
  int batch = Ingestor.DEFAULT_BATCH;

  @Option(names = {"-q", "--quiet"}, description = "No progress bar (there is none either when output is not a terminal).")
  boolean quiet;

  @Option(names = "--no-server",
      description = "Open the record here even when a 'marsad serve' runs on it. Without this, JSON Lines files are"
          + " handed to that server, which holds the pipeline and the record open (one more report in about a second"
          + " instead of the seconds a new process takes to load).")
  boolean noServer;

  @Spec CommandSpec spec;

  public IngestCommand() {}

  @Override
  public Integer call() {
    List<Path> paths = new ArrayList<>();
    List<String> origins = new ArrayList<>();
    for (String in : inputs) {
      if (WebOrigin.isUrl(in)) {
        origins.add(in);
        continue;
      }
      Path p = Path.of(in);
      if (!Files.exists(p)) {
        throw new ParameterException(spec.commandLine(), "no such file or folder: " + p);
      }
      if (TelegramExport.isExport(p)) {
        origins.add(in);
      } else {
        paths.add(p);
      }
    }
    if (threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1, got " + threads);
    }
    if (batch < 1) {
      throw new ParameterException(spec.commandLine(), "--batch must be at least 1, got " + batch);
    }
    long t0 = System.nanoTime();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Integer handedOff = handOff(paths, origins, out, err, t0);
    if (handedOff != null) {
      return handedOff;
    }
    // The pipeline's lexicons load while the record opens (both take seconds of a small ingest).
    java.util.concurrent.CompletableFuture<Pipeline> loading =
        java.util.concurrent.CompletableFuture.supplyAsync(Pipeline::defaultPipeline);
    try (Store s = store.open()) {
      Store.IndexRecovery rec = s.indexRecovery();
      if (rec.checked() && (rec.rebuilt() || rec.reindexed() > 0 || rec.removed() > 0)) {
        err.printf(Locale.ROOT, "search index %s: %d reports indexed, %d removed%n",
            rec.rebuilt() ? "was unreadable and was rebuilt" : "was behind the database", rec.reindexed(), rec.removed());
      }
      Pipeline pipeline = loading.join();
      Ingestor ingestor = new Ingestor(s, src -> pipeline.extract(pipeline.read(withDefaults(src))), threads, batch);
      IngestSummary sum;
      if (paths.isEmpty()) {
        sum = new IngestSummary(0, 0, 0, 0, Map.of(), Duration.ZERO);
      } else if (!quiet && System.console() != null) {
        try (ProgressBar bar = new ProgressBarBuilder()
            .setTaskName("ingest")
            .setInitialMax(Ingestor.countSources(paths))
            .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
            .setUnit(" reports", 1)
            .showSpeed()
            .setUpdateIntervalMillis(250)
            .build()) {
          long[] counts = new long[3];
          sum = ingestor.ingest(paths, (name, outcome) -> {
            counts[outcome.ordinal()]++;
            bar.step();
            bar.setExtraMessage(String.format(Locale.ROOT, " new %d, known %d, rejected %d", counts[0], counts[1], counts[2]));
          });
        }
      } else {
        sum = ingestor.ingest(paths, null);
      }
      if (!origins.isEmpty()) {
        sum = plus(sum, readOrigins(s, pipeline, origins, err));
      }
      print(out, sum, s);
      // Only the areas the new reports touch are re-derived; reports a crashed run stored but did
      // not derive from are still pending and are finished here.
      Derivation.Summary d = Derivation.defaults().run(s);
      out.printf(Locale.ROOT, "derived: %d reports re-derived (%d areas); record: %d fused events, %d status intervals"
              + " at %d places (%d syndicated copies); record date %s; %s%n", d.derivedReports(), d.areas(), d.fused(),
          d.intervals(), d.places(), d.copies(), d.horizon() == null ? "unknown" : d.horizon(), seconds(d.elapsed()));
      // A long ingest leaves an H2 file mostly of dead chunks: rewrite it when under half is live.
      s.compactIfSparse(COMPACT_BELOW_FILL_RATE).ifPresent(c -> out.printf(Locale.ROOT,
          "compacted the database: %d MB to %d MB; %s%n", c.bytesBefore() >> 20, c.bytesAfter() >> 20, seconds(c.elapsed())));
      double secs = (System.nanoTime() - t0) / 1e9;
      out.printf(Locale.ROOT, "total: %d inputs in %.1f s (%.0f inputs/s)%n", sum.total(), secs, sum.total() / secs);
      out.flush();
      return exitCode(sum, paths, err);
    }
  }

  /**
   * Hands the reports to a {@code marsad serve} running on this record ({@link ServerHandoff}):
   * only JSON Lines files, read as they are (no --published/--outlet to apply), on an H2 record.
   * Returns the exit code, or null when the reports are to be ingested here (no server answers).
   */
  private Integer handOff(List<Path> paths, List<String> origins, PrintWriter out, PrintWriter err, long t0) {
    boolean eligible = !noServer && origins.isEmpty() && !paths.isEmpty() && published == null && outlet == null
        && store.config().isH2() && paths.stream().allMatch(p -> Files.isRegularFile(p)
            && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl"));
    if (!eligible) {
      return null;
    }
    java.util.Optional<ServerHandoff.Target> target = ServerHandoff.find(store.config().dataDir());
    if (target.isEmpty()) {
      return null;
    }
    ServerHandoff.Outcome o;
    try {
      o = ServerHandoff.send(target.get(), paths);
    } catch (java.io.IOException e) {
      err.println("marsad: the server running on this record stopped taking reports (" + e.getMessage() + "); run the"
          + " same command again (reports already stored are skipped), or with --no-server");
      return ExitCodes.INTERNAL;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ExitCodes.INTERNAL;
    }
    if (o.unreachable()) {
      return null;
    }
    IngestSummary sum = new IngestSummary(o.added(), o.known(), o.rejected(), o.events(), o.reasons(),
        Duration.ofNanos(System.nanoTime() - t0));
    out.printf(Locale.ROOT, "reports: %d new, %d already known, %d rejected; %d events stored; %s%n",
        sum.added(), sum.known(), sum.rejected(), sum.events(), seconds(sum.elapsed()));
    for (Map.Entry<String, Long> r : sum.rejectReasons().entrySet()) {
      out.printf(Locale.ROOT, "  rejected %6d  %s%n", r.getValue(), r.getKey());
    }
    out.printf(Locale.ROOT, "stored and derived by the server running on this record (%s; --no-server opens the record"
        + " here)%n", target.get().base());
    out.flush();
    return exitCode(sum, paths, err);
  }

  private static int exitCode(IngestSummary sum, List<Path> paths, PrintWriter err) {
    if (sum.total() == 0) {
      err.println("marsad: no reports found in " + paths + " (give .txt, .html or .jsonl files or folders of them)");
      return ExitCodes.BAD_INPUT;
    }
    if (sum.added() + sum.known() == 0) {
      err.println("marsad: nothing was accepted: all " + sum.rejected() + " inputs were rejected (marsad rejects lists"
          + " them with the reason)");
      return ExitCodes.BAD_INPUT;
    }
    return ExitCodes.OK;
  }

  /** Reads URLs and Telegram exports, each item a report; an origin that fails is one reject. */
  private IngestSummary readOrigins(Store s, Pipeline pipeline, List<String> origins, PrintWriter err) {
    long t0 = System.nanoTime();
    OriginIngest ingest = new OriginIngest(s, src -> pipeline.extract(pipeline.read(withDefaults(src))));
    SafeFetcher fetcher = new SafeFetcher(fetch.policy());
    Robots robots = new Robots(fetcher);
    long[] n = new long[4];
    Map<String, Long> reasons = new HashMap<>();
    for (String o : origins) {
      try {
        OriginIngest.Result r = ingest.read(Origins.of(o, telegramChannel, fetcher, robots), null, Origin.Cursor.NONE, null);
        n[0] += r.added();
        n[1] += r.known();
        n[2] += r.rejected();
        n[3] += r.events();
        r.rejectReasons().forEach((k, v) -> reasons.merge(k, v, Long::sum));
      } catch (BadInputException e) {
        s.reject(o, e.getMessage());
        n[2]++;
        String m = e.getMessage().startsWith(o + ": ") ? e.getMessage().substring(o.length() + 2) : e.getMessage();
        reasons.merge(m, 1L, Long::sum);
      }
    }
    return new IngestSummary(n[0], n[1], n[2], n[3], reasons, Duration.ofNanos(System.nanoTime() - t0));
  }

  private static IngestSummary plus(IngestSummary a, IngestSummary b) {
    Map<String, Long> reasons = new LinkedHashMap<>(a.rejectReasons());
    b.rejectReasons().forEach((k, v) -> reasons.merge(k, v, Long::sum));
    return new IngestSummary(a.added() + b.added(), a.known() + b.known(), a.rejected() + b.rejected(),
        a.events() + b.events(), reasons, a.elapsed().plus(b.elapsed()));
  }

  /** The caller's publication date and outlet for a report that does not give its own. */
  private Source withDefaults(Source src) {
    if ((published == null || src.published() != null) && (outlet == null || src.outlet() != null)) {
      return src;
    }
    return new Source(src.name(), src.bytes(), src.published() != null ? src.published() : published,
        src.outlet() != null ? src.outlet() : outlet, src.url(), src.title(), src.language());
  }

  private static void print(PrintWriter out, IngestSummary sum, Store s) {
    out.printf(Locale.ROOT, "reports: %d new, %d already known, %d rejected; %d events stored; %s%n",
        sum.added(), sum.known(), sum.rejected(), sum.events(), seconds(sum.elapsed()));
    for (Map.Entry<String, Long> r : sum.rejectReasons().entrySet()) {
      out.printf(Locale.ROOT, "  rejected %6d  %s%n", r.getValue(), r.getKey());
    }
    if (sum.rejected() > 0) {
      out.println("  (marsad rejects lists each rejected input and why)");
    }
    out.printf(Locale.ROOT, "record: %s (%d reports)%n", s.config().describe(), s.counts().get("reports"));
    out.flush();
  }

  private static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
  }
}
