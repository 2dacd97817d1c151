package org.marsad.fetch;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Spaces requests to one host at least an interval apart (politeness towards small outlets). */
final class HostPacer {
  private final long intervalNanos;
  private final Map<String, Long> next = new HashMap<>();
  private final Map<String, Long> slower = new HashMap<>();

  HostPacer(Duration interval) {
    this.intervalNanos = interval.toNanos();
  }

  /** A host that asks for more time between requests (robots.txt's Crawl-delay) gets it. */
  void atLeast(String host, Duration interval) {
    if (host != null && interval.toNanos() > intervalNanos) {
      synchronized (next) {
        slower.put(host.toLowerCase(Locale.ROOT), interval.toNanos());
      }
    }
  }

  /** Waits until {@code host} may be asked again, and books the following slot. */
  void await(String host) {
    if (host == null) {
      return;
    }
    long wait;
    synchronized (next) {
      String h = host.toLowerCase(Locale.ROOT);
      long interval = slower.getOrDefault(h, intervalNanos);
      if (interval <= 0) {
        return;
      }
      long now = System.nanoTime();
      long at = Math.max(now, next.getOrDefault(h, now));
      next.put(h, at + interval);
      wait = at - now;
    }
    if (wait > 0) {
      try {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new FetchRefused(host + ": interrupted while waiting for the host's rate limit");
      }
    }
  }
}
