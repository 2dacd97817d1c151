package org.marsad.ingest;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.marsad.BadInputException;

/**
 * A file or folder of reports (text, HTML, JSON Lines, see {@link ReportSources}), or a Telegram
 * Desktop export. Each report's key is its name (path, or path#line), so a watched folder offers
 * new files and new lines; changed bytes under a known name are not offered again.
 */
public final class FileOrigin implements Origin {
  private final Path path;
  private final String telegramChannel;

  /** {@code telegramChannel}: the public name of the channel when the path is a Telegram export, or null. */
  public FileOrigin(Path path, String telegramChannel) {
    this.path = path;
    this.telegramChannel = telegramChannel;
  }

  @Override
  public String location() {
    return path.toString();
  }

  @Override
  public Cursor read(Cursor since, Items items) {
    if (TelegramExport.isExport(path)) {
      return new TelegramExport(path, telegramChannel).read(since, items);
    }
    try {
      ReportSources.read(path, s -> {
        if (!items.seen(s.name())) {
          items.accept(new Item(s.name(), s, null, null));
        }
      }, e -> items.reject(nameOf(e), e));
    } catch (UncheckedIOException e) {
      items.reject(path.toString(), new BadInputException(path + ": cannot read (" + e.getCause().getMessage() + ")", e));
    }
    return Cursor.NONE;
  }

  private static String nameOf(BadInputException e) {
    String m = String.valueOf(e.getMessage());
    int i = m.indexOf(": ");
    return i < 0 ? m : m.substring(0, i);
  }
}
