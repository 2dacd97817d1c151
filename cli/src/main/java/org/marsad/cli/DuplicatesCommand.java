package org.marsad.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.marsad.store.DuplicateLinks;
import org.marsad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code marsad duplicates [REPORT]}: the groups of copies of one story that count as one source. */
@Command(name = "duplicates", mixinStandardHelpOptions = true,
    description = "Lists groups of near-duplicate reports (one story syndicated or reposted by several outlets),"
        + " which fusion and status count as one source; with a report id (or its first characters), only its group.")
public class DuplicatesCommand implements Runnable {
  @Parameters(arity = "0..1", paramLabel = "REPORT") String report;
  @Mixin StoreOptions store;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    try (Store s = store.open()) {
      List<DuplicateLinks.Cluster> clusters = DuplicateLinks.clusters(s, report);
      if (clusters.isEmpty()) {
        out.println(report == null ? "no near-duplicate reports in the record" : "report " + TextOut.cell(report) + " has no near-duplicates");
      }
      for (DuplicateLinks.Cluster c : clusters) {
        out.printf(Locale.ROOT, "story %s: %d copies, counted as one source%n", c.id().substring(0, 12), c.members().size());
        for (DuplicateLinks.Member m : c.members()) {
          out.printf(Locale.ROOT, "  %s  %s  %s  %s%n", m.reportId().substring(0, 12), m.published() == null ? "----------" : m.published(),
              TextOut.cell(m.outlet()), TextOut.cell(m.url() != null ? m.url() : m.title()));
        }
      }
    }
    out.flush();
  }
}
