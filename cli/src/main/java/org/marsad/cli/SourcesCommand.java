package org.marsad.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.marsad.fetch.WebOrigin;
import org.marsad.store.SourceList;
import org.marsad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code marsad sources add|list|remove}: the sources {@code marsad watch} follows, kept in the record. */
@Command(name = "sources", mixinStandardHelpOptions = true,
    description = "Keeps the list of sources (feed and page URLs, folders, Telegram exports) that 'marsad watch' follows.",
    subcommands = {SourcesCommand.Add.class, SourcesCommand.ListSources.class, SourcesCommand.Remove.class})
public class SourcesCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "add", mixinStandardHelpOptions = true, description = "Follows a feed or page URL, a folder or a Telegram export.")
  static class Add implements Runnable {
    @Parameters(arity = "1..*", paramLabel = "URL|PATH") List<String> locations;

    @Option(names = "--telegram-channel", paramLabel = "NAME",
        description = "Public name of the channel of a Telegram export (for t.me/NAME/ID links).")
    String telegramChannel;

    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Override
    public void run() {
      PrintWriter out = spec.commandLine().getOut();
      for (String l : locations) {
        if (!WebOrigin.isUrl(l) && !Files.exists(Path.of(l))) {
          throw new ParameterException(spec.commandLine(), "neither an http(s) URL nor an existing file or folder: " + l);
        }
      }
      try (Store s = store.open()) {
        SourceList list = new SourceList(s);
        for (String l : locations) {
          String loc = WebOrigin.isUrl(l) ? l : Path.of(l).toAbsolutePath().normalize().toString();
          out.println((list.add(loc, telegramChannel) ? "following " : "already followed: ") + loc);
        }
      }
      out.flush();
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists followed sources and their state.")
  static class ListSources implements Runnable {
    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Override
    public void run() {
      PrintWriter out = spec.commandLine().getOut();
      try (Store s = store.open()) {
        List<SourceList.Entry> all = new SourceList(s).list();
        if (all.isEmpty()) {
          out.println("no sources followed (add one with: marsad sources add URL|PATH)");
        }
        for (SourceList.Entry e : all) {
          out.printf(Locale.ROOT, "%s  %s%n    last read %s, next %s, %d failure(s)%s%s%n", e.id().substring(0, 12), TextOut.cell(e.location()),
              e.lastReadAt() == null ? "never" : e.lastReadAt(), e.nextReadAt() == null ? "now" : e.nextReadAt(), e.failures(),
              e.lastItem() == null ? "" : ", last item " + TextOut.cell(e.lastItem()),
              e.lastError() == null ? "" : "\n    last error: " + TextOut.cell(e.lastError()));
        }
      }
      out.flush();
    }
  }

  @Command(name = "remove", mixinStandardHelpOptions = true, description = "Stops following sources (their reports stay in the record).")
  static class Remove implements Runnable {
    @Parameters(arity = "1..*", paramLabel = "URL|PATH|ID") List<String> locations;
    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Override
    public void run() {
      PrintWriter out = spec.commandLine().getOut();
      try (Store s = store.open()) {
        SourceList list = new SourceList(s);
        for (String l : locations) {
          boolean gone = list.remove(l) || (!WebOrigin.isUrl(l) && list.remove(Path.of(l).toAbsolutePath().normalize().toString()))
              || removeByPrefix(list, l);
          out.println((gone ? "no longer following " : "not followed: ") + l);
        }
      }
      out.flush();
    }

    private static boolean removeByPrefix(SourceList list, String prefix) {
      List<SourceList.Entry> m = list.list().stream().filter(e -> prefix.length() >= 6 && e.id().startsWith(prefix)).toList();
      return m.size() == 1 && list.remove(m.get(0).id());
    }
  }
}
