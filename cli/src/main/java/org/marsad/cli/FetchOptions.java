package org.marsad.cli;

import java.time.Duration;
import java.util.Locale;
import org.marsad.fetch.FetchPolicy;
import picocli.CommandLine.Option;

/** How URLs are fetched, for commands that read the web ({@code @Mixin FetchOptions}). */
public class FetchOptions {
  @Option(names = "--allow-private-addresses",
      description = "Also fetch loopback, private and link-local addresses (an intranet, a test server)."
          + " Off by default: a feed must not make Marsad probe the machine's own network.")
  boolean allowPrivate;

  @Option(names = "--host-interval", paramLabel = "DURATION", defaultValue = "1s",
      description = "Least time between two requests to one host (default: ${DEFAULT-VALUE}).")
  String hostInterval;

  @Option(names = "--fetch-timeout", paramLabel = "DURATION", defaultValue = "30s",
      description = "Longest time for one HTTP exchange, body included (default: ${DEFAULT-VALUE}).")
  String timeout;

  public FetchPolicy policy() {
    FetchPolicy p = FetchPolicy.defaults().withMinHostInterval(duration(hostInterval)).withTimeout(duration(timeout));
    return allowPrivate ? p.allowingPrivate() : p;
  }

  /** "15m", "30s", "2h", "1d", "500ms". */
  static Duration duration(String s) {
    String t = s.strip().toLowerCase(Locale.ROOT);
    try {
      if (t.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
      }
      long n = Long.parseLong(t.substring(0, t.length() - 1));
      return switch (t.charAt(t.length() - 1)) {
        case 's' -> Duration.ofSeconds(n);
        case 'm' -> Duration.ofMinutes(n);
        case 'h' -> Duration.ofHours(n);
        case 'd' -> Duration.ofDays(n);
        default -> throw new IllegalArgumentException();
      };
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not a duration: \"" + s + "\" (use e.g. 500ms, 30s, 15m, 2h, 1d)");
    }
  }
}
