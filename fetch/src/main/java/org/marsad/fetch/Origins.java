package org.marsad.fetch;

import java.nio.file.Path;
import org.marsad.ingest.FileOrigin;
import org.marsad.ingest.Origin;

/** The origin for a location: a URL is read over the network, anything else as a file or folder. */
public final class Origins {
  private Origins() {}

  /** A new origin; {@code robots} may be shared across origins within one round. */
  public static Origin of(String location, String telegramChannel, SafeFetcher fetcher, Robots robots) {
    if (WebOrigin.isUrl(location)) {
      return new WebOrigin(location, fetcher, robots);
    }
    return new FileOrigin(Path.of(location), telegramChannel);
  }
}
