package org.marsad.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code marsad} command: one subcommand per pipeline use. */
@Command(
    name = "marsad",
    mixinStandardHelpOptions = true,
    version = "marsad 0.1.0",
    description = "Reads news reports about sieges and armed conflict into evidence-linked events.",
    subcommands = {ExtractCommand.class, IngestCommand.class, StatusCommand.class, EventsCommand.class, EvalCommand.class, EvalAnercorpCommand.class, EvalFakesCommand.class, EvalPloverCommand.class, SourcesCommand.class, WatchCommand.class, DuplicatesCommand.class, CommandLine.HelpCommand.class,
        ServeCommand.class, TokenCommand.class, ExportCommand.class, DemoCommand.class,
        RejectsCommand.class, ReportsCommand.class, BenchFileCommand.class})
public final class Main implements Runnable {
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command line and returns its exit code (for tests). */
  public static int run(String... args) {
    CommandLine cl = new CommandLine(new Main());
    // Arabic evidence must not depend on the platform charset.
    cl.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    cl.setExecutionExceptionHandler(new Errors());
    cl.registerConverter(java.time.LocalDate.class, Arguments::date);
    // One line naming the argument, and where the usage is (no parser exception text).
    cl.setParameterExceptionHandler((ex, a) -> {
      CommandLine c = ex.getCommandLine();
      c.getErr().println("marsad: " + Arguments.oneLine(ex.getMessage()) + " (see: " + c.getCommandSpec().qualifiedName() + " --help)");
      return ExitCodes.BAD_INPUT;
    });
    return cl.execute(args);
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}
