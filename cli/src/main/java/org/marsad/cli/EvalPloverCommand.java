package org.marsad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.Pipeline;
import org.marsad.eval.external.PloverEval;
import org.marsad.eval.external.PloverOutcome;
import org.marsad.eval.external.PloverReader;
import org.marsad.eval.external.PloverReport;
import org.marsad.eval.external.PloverSentence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code marsad eval-plover [PATH]}: runs the English pipeline over the PLOVER gold-standard
 * sentences and reports, per category, how often Marsad finds the codebook type it maps to, and
 * how often it reports anything on categories the codebook does not model (docs/quality-external.md).
 */
@Command(name = "eval-plover", mixinStandardHelpOptions = true,
    description = "Per-category recall of the mapped codebook type on the PLOVER gold-standard sentences (English).")
public class EvalPloverCommand implements Callable<Integer> {
  public enum Format { text, json }

  public enum HalfOption { all, tuning, held_out }

  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "PATH", defaultValue = "../shared/data/plover-gsr/PLOVER_GSR_CAMEO.json",
      description = "PLOVER records, a JSON array (default: ${DEFAULT-VALUE}).")
  Path path;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text (a readable report) or json. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--half", defaultValue = "all", paramLabel = "HALF",
      description = "score only one half: all, tuning or held_out (split by the record id). Default: ${DEFAULT-VALUE}.")
  HalfOption half;

  @Option(names = "--list", description = "text format: also list each sentence scored wrong (id, category, types found)")
  boolean list;

  public EvalPloverCommand() {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<PloverSentence> sentences = PloverReader.read(path).stream()
        .filter(s -> half == HalfOption.all || s.half().name().equalsIgnoreCase(half.name()))
        .toList();
    long t0 = System.nanoTime();
    List<PloverOutcome> outcomes = PloverEval.run(sentences, Pipeline.defaultPipeline());
    PloverReport r = PloverReport.of(outcomes);
    if (format == Format.json) {
      out.println(r.json());
    } else {
      out.println("PLOVER event check: " + path + " (" + sentences.size() + " sentences, half: " + half + ")");
      out.print(r.render());
      if (list) {
        for (PloverOutcome o : outcomes) {
          boolean wrong = o.sentence().category().modelled() ? !o.found() : o.anyEvent();
          if (wrong) {
            out.printf(Locale.ROOT, "  %s  %s  -> %s%n", o.sentence().id(), o.sentence().category(),
                o.types().stream().map(Enum::name).sorted().toList());
          }
        }
      }
      out.printf(Locale.ROOT, "time %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }
    out.flush();
    return ExitCodes.OK;
  }
}
