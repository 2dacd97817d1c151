package org.marsad.fetch;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Spaces requests to one host at least an interval apart (politeness towards small outlets). */
final class HostPacer {
  private final long intervalNanos;
  private final Map<String, Long> next = new HashMap<>();

  HostPacer(Duration interval) {
    this.intervalNanos = interval.toNanos();
  }

  /** Waits until {@code host} may be asked again, and books the following slot. */
  void await(String host) {
    if (intervalNanos <= 0 || host == null) {
      return;
    }
    long wait;
    synchronized (next) {
      long now = System.nanoTime();
      String h = host.toLowerCase(Locale.ROOT);
      long at = Math.max(now, next.getOrDefault(h, now));
      next.put(h, at + intervalNanos);
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
