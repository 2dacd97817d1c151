package org.marsad.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.marsad.Pipeline;
import org.marsad.store.IngestSummary;
import org.marsad.store.Ingestor;
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
      "Reads reports from files, folders (*.txt, *.html, *.htm, *.jsonl, recursively) and JSON Lines files,"
          + " extracts their events and stores each report with its extraction in one transaction.",
      "A report already stored (the same bytes) is skipped, so an interrupted run can simply be run again."
    })
public class IngestCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders or JSON Lines files to read.")
  List<Path> paths;

  @Mixin StoreOptions store;

  @Option(names = "--threads", paramLabel = "N",
      description = "Extraction threads (default: the number of processors, ${DEFAULT-VALUE} here).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Spec CommandSpec spec;

  public IngestCommand() {}

  @Override
  public Integer call() {
    for (Path p : paths) {
      if (!Files.exists(p)) {
        throw new ParameterException(spec.commandLine(), "no such file or folder: " + p);
      }
    }
    if (threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1, got " + threads);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (Store s = store.open()) {
      Store.IndexRecovery rec = s.indexRecovery();
      if (rec.checked() && (rec.rebuilt() || rec.reindexed() > 0 || rec.removed() > 0)) {
        err.printf(Locale.ROOT, "search index %s: %d reports indexed, %d removed%n",
            rec.rebuilt() ? "was unreadable and was rebuilt" : "was behind the database", rec.reindexed(), rec.removed());
      }
      Ingestor ingestor = new Ingestor(s, Pipeline.defaultPipeline(), threads);
      IngestSummary sum;
      if (System.console() != null) {
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
      print(out, sum, s);
    }
    return 0;
  }

  private static void print(PrintWriter out, IngestSummary sum, Store s) {
    out.printf(Locale.ROOT, "reports: %d new, %d already known, %d rejected; %d events stored; %s%n",
        sum.added(), sum.known(), sum.rejected(), sum.events(), seconds(sum.elapsed()));
    for (Map.Entry<String, Long> r : sum.rejectReasons().entrySet()) {
      out.printf(Locale.ROOT, "  rejected %6d  %s%n", r.getValue(), r.getKey());
    }
    if (sum.rejected() > 0) {
      out.println("  (each rejected input is listed in the rejects table)");
    }
    out.printf(Locale.ROOT, "record: %s (%d reports)%n", s.config().describe(), s.counts().get("reports"));
    out.flush();
  }

  private static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
  }
}
