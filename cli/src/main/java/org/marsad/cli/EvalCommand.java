package org.marsad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.BadInputException;
import org.marsad.Pipeline;
import org.marsad.eval.EvalJson;
import org.marsad.eval.EvalRunner;
import org.marsad.eval.EvalSummary;
import org.marsad.eval.EvalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code marsad eval GOLD_DIR}: runs the default pipeline over every NAME.ar.txt / NAME.en.txt
 * that has NAME.gold.json beside it and scores it (docs/eval.md). Writes only to stdout/stderr,
 * never into the gold folder. Exit codes: 0 scored, 1 a file could not be read or scored, 2 no
 * gold pairs in the folder.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Score the pipeline against gold files (NAME.gold.json beside NAME.ar.txt or NAME.en.txt).")
public class EvalCommand implements Callable<Integer> {
  /** Report formats. */
  public enum Format { text, json }

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "GOLD_DIR", description = "Folder searched recursively for text and gold pairs.")
  Path goldDir;

  @Option(names = "--published-from-gold",
      description = "Give the pipeline the gold file's publication date and outlet (otherwise it gets neither).")
  boolean publishedFromGold;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text (a readable report) or json. Default: ${DEFAULT-VALUE}.")
  Format format = Format.text;

  public EvalCommand() {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<EvalRunner.GoldPair> pairs;
    try {
      pairs = EvalRunner.findPairs(goldDir);
    } catch (BadInputException e) {
      err.println("marsad eval: " + e.getMessage());
      err.flush();
      return 2;
    }
    if (pairs.isEmpty()) {
      err.println("marsad eval: no gold pairs (NAME.ar.txt or NAME.en.txt with NAME.gold.json beside it) under " + goldDir);
      err.flush();
      return 2;
    }
    EvalSummary summary;
    try {
      summary = EvalRunner.run(pairs, Pipeline.defaultPipeline(), publishedFromGold);
    } catch (RuntimeException e) {
      // a broken gold file or a pipeline failure: name it and stop, a partial score would mislead
      err.println("marsad eval: " + e.getMessage());
      err.flush();
      return 1;
    }
    out.print(format == Format.json ? EvalJson.write(summary) + "\n" : EvalText.render(summary));
    out.flush();
    return 0;
  }
}
