package org.marsad.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jdbi.v3.core.Jdbi;

/**
 * Delivers alerts to subscribed webhooks on a background scheduler: a JSON POST signed with
 * {@code X-Marsad-Signature: sha256=HEX} (HMAC-SHA256 of the body with the subscription's secret),
 * retried with exponential backoff on failure, each attempt recorded in alert_deliveries.
 */
public final class Webhooks implements AutoCloseable {
  public static final String SIGNATURE = "X-Marsad-Signature";
  private final Jdbi jdbi;
  private final Subscriptions subscriptions;
  private final int maxAttempts;
  private final Duration firstDelay;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "marsad-webhooks");
    t.setDaemon(true);
    return t;
  });

  /** {@code firstDelay} doubles after each failed attempt. */
  public Webhooks(Jdbi jdbi, Subscriptions subscriptions, int maxAttempts, Duration firstDelay) {
    this.jdbi = jdbi;
    this.subscriptions = subscriptions;
    this.maxAttempts = maxAttempts;
    this.firstDelay = firstDelay;
  }

  public Subscriptions subscriptions() {
    return subscriptions;
  }

  /** Queues the alert for every matching subscription and returns at once. */
  public void deliver(Alerts.Alert a) {
    String body = Json.write(a.payload());
    for (Subscriptions.Subscription s : subscriptions.active()) {
      if (!s.filter().matches(a.placeId(), a.admin1(), a.newLevel())) {
        continue;
      }
      jdbi.useHandle(h -> h.createUpdate("INSERT INTO alert_deliveries (alert_id, subscription_id, state, attempts, updated_at)"
              + " VALUES (:a, :s, 'pending', 0, :at)")
          .bind("a", a.id()).bind("s", s.id()).bind("at", now()).execute());
      scheduler.execute(() -> attempt(a.id(), s, body, 1));
    }
  }

  private void attempt(long alertId, Subscriptions.Subscription s, String body, int n) {
    Integer status = null;
    String error = null;
    try {
      HttpRequest req = HttpRequest.newBuilder(URI.create(s.url())).timeout(Duration.ofSeconds(10))
          .header("Content-Type", "application/json; charset=utf-8")
          .header(SIGNATURE, "sha256=" + sign(s.secret(), body))
          .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
      HttpResponse<Void> res = http.send(req, HttpResponse.BodyHandlers.discarding());
      status = res.statusCode();
      if (status / 100 != 2) {
        error = "HTTP " + status;
      }
    } catch (java.io.IOException | IllegalArgumentException e) {
      error = e.toString();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    boolean ok = error == null;
    boolean retry = !ok && n < maxAttempts;
    String state = ok ? "delivered" : retry ? "pending" : "failed";
    Integer st = status;
    String err = error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error;
    jdbi.useHandle(h -> h.createUpdate("UPDATE alert_deliveries SET state = :state, attempts = :n, last_status = :st,"
            + " last_error = :err, updated_at = :at WHERE alert_id = :a AND subscription_id = :s")
        .bind("state", state).bind("n", n).bind("st", st).bind("err", err).bind("at", now())
        .bind("a", alertId).bind("s", s.id()).execute());
    if (retry) {
      long delay = firstDelay.toMillis() << (n - 1);
      scheduler.schedule(() -> attempt(alertId, s, body, n + 1), delay, TimeUnit.MILLISECONDS);
    }
  }

  /** Hex HMAC-SHA256 of {@code body} under {@code secret}: what a receiver recomputes to check an alert. */
  public static String sign(String secret, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }
}
