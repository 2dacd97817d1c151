package org.marsad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.marsad.BadInputException;
import org.marsad.store.Bench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code marsad bench-file CORPUS OUT --reports N}: the ingest benchmark's input (docs/performance.md). */
@Command(name = "bench-file", mixinStandardHelpOptions = true,
    description = "Writes a JSON Lines file of N distinct reports made from a JSON Lines corpus: its lines repeated,"
        + " each copy after the first with one line appended to its content (as a syndicated copy with its own footer).")
public class BenchFileCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "CORPUS", description = "A JSON Lines corpus (one report per line, with \"content\").")
  Path corpus;

  @Parameters(index = "1", paramLabel = "OUT", description = "The file to write.")
  Path out;

  @Option(names = "--reports", paramLabel = "N", defaultValue = "50000", description = "Reports to write. Default: ${DEFAULT-VALUE}.")
  long reports;

  @Spec CommandSpec spec;

  public BenchFileCommand() {}

  @Override
  public Integer call() {
    if (!Files.isRegularFile(corpus)) {
      throw new BadInputException(corpus + ": no such file");
    }
    if (reports < 1) {
      throw new BadInputException("--reports must be at least 1, got " + reports);
    }
    Bench.write(corpus, out, reports);
    spec.commandLine().getOut().println("wrote " + reports + " reports to " + out);
    return ExitCodes.OK;
  }
}
