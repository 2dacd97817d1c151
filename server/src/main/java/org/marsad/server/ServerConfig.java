package org.marsad.server;

import java.time.Duration;

/**
 * How the server runs. {@code readToken}: reads need a valid token too (writes always do).
 * {@code verifiedByDefault}: status from verified events only unless a request asks for
 * {@code basis=all}. {@code bodyLimit}: request bodies above it get 413.
 */
public record ServerConfig(String bind, int port, long bodyLimit, boolean readToken, boolean verifiedByDefault,
    int webhookAttempts, Duration webhookFirstDelay) {
  public static final long DEFAULT_BODY_LIMIT = 10L * 1024 * 1024;

  public static ServerConfig defaults() {
    return new ServerConfig("127.0.0.1", 8080, DEFAULT_BODY_LIMIT, false, false, 5, Duration.ofSeconds(2));
  }

  public ServerConfig withPort(int p) {
    return new ServerConfig(bind, p, bodyLimit, readToken, verifiedByDefault, webhookAttempts, webhookFirstDelay);
  }

  public ServerConfig withBodyLimit(long n) {
    return new ServerConfig(bind, port, n, readToken, verifiedByDefault, webhookAttempts, webhookFirstDelay);
  }

  public ServerConfig withReadToken(boolean b) {
    return new ServerConfig(bind, port, bodyLimit, b, verifiedByDefault, webhookAttempts, webhookFirstDelay);
  }

  public ServerConfig withWebhookRetry(int attempts, Duration firstDelay) {
    return new ServerConfig(bind, port, bodyLimit, readToken, verifiedByDefault, attempts, firstDelay);
  }
}
