package org.marsad.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code marsad rejects}: the inputs the record refused, and why (the latest refusal of each). */
@Command(name = "rejects", mixinStandardHelpOptions = true,
    description = "Lists the inputs that ingest refused (unreadable, not a report, extraction failed) with the reason."
        + " A rejected input is retried by the next ingest; when it succeeds it leaves this list.")
public class RejectsCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Spec CommandSpec spec;

  public RejectsCommand() {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Store s = store.openForReading()) {
      List<Store.Reject> rejects = s.rejects();
      if (rejects.isEmpty()) {
        out.println("no rejected inputs");
      } else {
        out.println(rejects.size() + " rejected inputs (input, when, reason):");
        for (Store.Reject r : rejects) {
          out.println(TextOut.cell(r.sourceName()) + "\t" + r.at().toLocalDate() + "\t" + TextOut.cell(r.reason()));
        }
      }
      out.flush();
    }
    return ExitCodes.OK;
  }
}
