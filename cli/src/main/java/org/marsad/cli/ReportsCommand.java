package org.marsad.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.marsad.BadInputException;
import org.marsad.model.Actor;
import org.marsad.model.DocumentMeta;
import org.marsad.model.Event;
import org.marsad.model.Extraction;
import org.marsad.model.Span;
import org.marsad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code marsad reports show ID}: one stored report with its events and the evidence of each. */
@Command(name = "reports", mixinStandardHelpOptions = true,
    description = "Stored reports. `marsad reports show ID` prints one (ID: the report id that status and events"
        + " list, or its first 8 or more characters) with its events and the evidence each cites.",
    subcommands = {ReportsCommand.Show.class})
public class ReportsCommand implements Runnable {
  @Spec CommandSpec spec;

  public ReportsCommand() {}

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code marsad reports show ID}. */
  @Command(name = "show", mixinStandardHelpOptions = true, description = "Prints a stored report with its events and evidence.")
  public static class Show implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ID", description = "A report id, or its first 8 or more characters.")
    String id;

    @Mixin StoreOptions store;

    @Spec CommandSpec spec;

    public Show() {}

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      String q = id.strip().toLowerCase(java.util.Locale.ROOT);
      if (q.length() < 8 || !q.matches("[0-9a-f]+")) {
        throw new BadInputException("report id \"" + TextOut.cell(id) + "\": give the id (hex) or its first 8 or more characters");
      }
      try (Store s = store.openForReading()) {
        List<String> ids = s.jdbi().withHandle(h -> h.createQuery("SELECT id FROM reports WHERE id LIKE :p ORDER BY id LIMIT 6")
            .bind("p", q + "%").mapTo(String.class).list());
        if (ids.isEmpty()) {
          throw new BadInputException("no report " + q + " in the record");
        }
        if (ids.size() > 1) {
          throw new BadInputException("\"" + q + "\" starts several report ids: " + String.join(", ", ids) + " (give more characters)");
        }
        Extraction x = s.extraction(ids.get(0)).orElseThrow();
        out.print(render(x));
        out.flush();
      }
      return ExitCodes.OK;
    }
  }

  static String render(Extraction x) {
    DocumentMeta m = x.document();
    StringBuilder b = new StringBuilder();
    b.append("report ").append(m.id()).append('\n');
    line(b, "title", m.title());
    line(b, "outlet", m.outlet());
    line(b, "published", m.published() == null ? null : m.published().toString());
    line(b, "url", m.url());
    line(b, "language", m.language());
    b.append(String.format(java.util.Locale.ROOT, "  %-10s %d characters%n", "text", x.text().length()));
    b.append(x.events().size()).append(" events:\n");
    for (Event e : x.events()) {
      b.append("- ").append(e.id()).append(' ').append(e.type());
      if (!e.attributes().isEmpty()) {
        b.append(' ').append(TextOut.cell(e.attributes().toString()));
      }
      b.append(" [").append(e.modality().code()).append(e.historical() ? ", background" : "").append("]\n");
      if (e.date() != null) {
        b.append("    date: ").append(e.date().kind()).append(' ').append(e.date().value()).append('\n');
      }
      if (e.place() != null) {
        b.append("    place: ").append(TextOut.cell(e.place().name())).append(e.place().id() == null ? "" : " [" + e.place().id() + "]")
            .append('\n');
      }
      actor(b, "actor1", e.actor1());
      actor(b, "actor2", e.actor2());
      String quote = e.evidence().stream().sorted().filter(sp -> sp.end() <= x.text().length())
          .map((Span sp) -> sp.of(x.text())).collect(Collectors.joining(" … "));
      b.append("    evidence: \u00ab").append(TextOut.cell(quote)).append("\u00bb\n");
      b.append("    rule: ").append(e.ruleId()).append('\n');
    }
    return b.toString();
  }

  private static void line(StringBuilder b, String k, String v) {
    if (v != null && !v.isBlank()) {
      b.append(String.format(java.util.Locale.ROOT, "  %-10s %s%n", k, TextOut.cell(v)));
    }
  }

  private static void actor(StringBuilder b, String k, Actor a) {
    if (a != null) {
      b.append("    ").append(k).append(": ").append(TextOut.cell(a.name())).append(a.kind() == null ? "" : " (" + a.kind() + ")")
          .append('\n');
    }
  }
}
