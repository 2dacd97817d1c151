package org.marsad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.BadInputException;
import org.marsad.Pipeline;
import org.marsad.eval.external.FakesArticle;
import org.marsad.eval.external.FakesEval;
import org.marsad.eval.external.FakesOutcome;
import org.marsad.eval.external.FakesReader;
import org.marsad.eval.external.FakesReport;
import org.marsad.eval.external.GovernorateLabels;
import org.marsad.eval.external.PlaceRecogniser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code marsad eval-fakes [PATH]}: runs the pipeline (English) over the FA-KES articles and
 * reports how often Marsad's main place lies in the labelled governorate and its main event date
 * matches the labelled date (docs/quality-external.md).
 */
@Command(name = "eval-fakes", mixinStandardHelpOptions = true,
    description = "Compare Marsad's main place and date per article with the FA-KES location and date labels.")
public class EvalFakesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "PATH", defaultValue = "../shared/data/fakes/FA-KES-Dataset.csv",
      description = "FA-KES CSV (default: ${DEFAULT-VALUE}).")
  Path path;

  @Option(names = "--no-published",
      description = "do not give the pipeline the CSV date as publication date (only absolute dates can then agree)")
  boolean noPublished;

  @Option(names = "--top", defaultValue = "15", paramLabel = "N",
      description = "how many of the most frequent disagreements to list (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(names = "--list", description = "also list every disagreeing article: id, label, Marsad's place")
  boolean list;

  public EvalFakesCommand() {}

  @Override
  public Integer call() {
    if (top < 0) {
      throw new BadInputException("--top must be at least 0");
    }
    PrintWriter out = spec.commandLine().getOut();
    List<FakesArticle> articles = FakesReader.read(path);
    GovernorateLabels labels = GovernorateLabels.fakes();
    for (FakesArticle a : articles) {
      if (!labels.knows(a.location())) {
        throw new BadInputException(path + ": article " + a.id() + " has the location \"" + a.location()
            + "\", which marsad/eval/fakes-governorates.tsv does not map");
      }
    }
    long t0 = System.nanoTime();
    PlaceRecogniser places = PlaceRecogniser.loadDefault();
    List<FakesOutcome> outcomes = FakesEval.run(articles, Pipeline.defaultPipeline(), places, labels, !noPublished);
    FakesReport r = FakesReport.of(outcomes, places.geocoder().gazetteer());
    out.println("FA-KES location and date check: " + path + (noPublished ? " (no publication dates)" : ""));
    out.print(r.render(top));
    if (list) {
      for (FakesOutcome o : outcomes) {
        if (o.place() != null && !o.placeAgrees()) {
          out.printf("  %s  %s  -> %s (%s, %d %s)%n", o.id(), o.label(), o.place().place().name(),
              places.geocoder().gazetteer().adminName(o.governorate()), o.place().count(),
              o.place().fromEvents() ? "events" : "mentions");
        }
      }
    }
    out.printf("time %.1f s%n", (System.nanoTime() - t0) / 1e9);
    out.flush();
    return ExitCodes.OK;
  }
}
