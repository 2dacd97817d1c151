package org.marsad.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;

/**
 * How careful a {@link SafeFetcher} is. The defaults suit fetching the public web from a machine
 * inside a private network: only public addresses, bounded time and size.
 *
 * @param connectTimeout time to open a connection
 * @param timeout time for the whole exchange, headers and body (a server dripping bytes is cut off)
 * @param maxBytes body size cap; a longer body is refused, never truncated
 * @param maxRedirects redirects followed, each checked like the first request
 * @param allowPrivate whether loopback, private, link-local and multicast addresses may be fetched
 *     (tests allow them to serve from 127.0.0.1; a deployment fetching an intranet may too)
 * @param minHostInterval the least time between two requests to one host (politeness)
 * @param userAgent sent with each request and matched against robots.txt
 * @param resolver host name to addresses (the system's DNS by default; tests map names)
 */
public record FetchPolicy(
    Duration connectTimeout,
    Duration timeout,
    long maxBytes,
    int maxRedirects,
    boolean allowPrivate,
    Duration minHostInterval,
    String userAgent,
    Resolver resolver) {

  /** Resolves a host name to every address it names. */
  @FunctionalInterface
  public interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  public static final String USER_AGENT = "marsad";

  public FetchPolicy {
    if (maxRedirects < 0 || maxRedirects > 5) {
      throw new IllegalArgumentException("maxRedirects must be 0..5, got " + maxRedirects);
    }
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
    }
  }

  /** Public addresses only, 10 s to connect, 30 s per exchange, 10 MB, 5 redirects, 1 s per host. */
  public static FetchPolicy defaults() {
    return new FetchPolicy(Duration.ofSeconds(10), Duration.ofSeconds(30), 10L * 1024 * 1024, 5, false,
        Duration.ofSeconds(1), USER_AGENT, InetAddress::getAllByName);
  }

  public FetchPolicy allowingPrivate() {
    return new FetchPolicy(connectTimeout, timeout, maxBytes, maxRedirects, true, minHostInterval, userAgent, resolver);
  }

  public FetchPolicy withTimeout(Duration t) {
    return new FetchPolicy(connectTimeout, t, maxBytes, maxRedirects, allowPrivate, minHostInterval, userAgent, resolver);
  }

  public FetchPolicy withMaxBytes(long n) {
    return new FetchPolicy(connectTimeout, timeout, n, maxRedirects, allowPrivate, minHostInterval, userAgent, resolver);
  }

  public FetchPolicy withMinHostInterval(Duration d) {
    return new FetchPolicy(connectTimeout, timeout, maxBytes, maxRedirects, allowPrivate, d, userAgent, resolver);
  }

  public FetchPolicy withResolver(Resolver r) {
    return new FetchPolicy(connectTimeout, timeout, maxBytes, maxRedirects, allowPrivate, minHostInterval, userAgent, r);
  }
}
