package org.marsad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.BadInputException;
import org.marsad.eval.external.AnercorpEval;
import org.marsad.eval.external.AnercorpReport;
import org.marsad.eval.external.ConllReader;
import org.marsad.eval.external.ConllToken;
import org.marsad.eval.external.PlaceRecogniser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code marsad eval-anercorp [PATH]}: LOC precision, recall and F1 of the pipeline's place
 * recogniser on a BIO-tagged CoNLL corpus such as ANERcorp (docs/quality-external.md). The corpus
 * is only read; the top error strings go to the terminal.
 */
@Command(name = "eval-anercorp", mixinStandardHelpOptions = true,
    description = "Score the place recogniser against the LOC tags of a CoNLL corpus (ANERcorp).")
public class EvalAnercorpCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "PATH", defaultValue = "../shared/data/anercorp/ANERCorp.conll",
      description = "\"token TAG\" file, BIO tags (default: ${DEFAULT-VALUE}).")
  Path path;

  @Option(names = "--chunk", defaultValue = "10", paramLabel = "N",
      description = "sentences per text given to the recogniser, one line each (default: ${DEFAULT-VALUE}).")
  int chunk;

  @Option(names = "--top", defaultValue = "25", paramLabel = "N",
      description = "how many of the most frequent false positives and negatives to list (default: ${DEFAULT-VALUE}).")
  int top;

  public EvalAnercorpCommand() {}

  @Override
  public Integer call() {
    if (chunk < 1 || top < 0) {
      throw new BadInputException("--chunk must be at least 1 and --top at least 0");
    }
    PrintWriter out = spec.commandLine().getOut();
    List<List<ConllToken>> sentences = ConllReader.read(path);
    long t0 = System.nanoTime();
    PlaceRecogniser rec = PlaceRecogniser.loadDefault();
    AnercorpReport r = AnercorpEval.run(sentences, rec::spans, chunk);
    out.println("ANERcorp LOC check of the place recogniser: " + path + " (chunks of " + chunk + " sentences)");
    out.print(r.render(top));
    out.printf("time %.1f s%n", (System.nanoTime() - t0) / 1e9);
    out.flush();
    return ExitCodes.OK;
  }
}
