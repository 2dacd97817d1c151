package org.marsad.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.server.Fixture.expectJson;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.ingest.Source;

/**
 * A level rise reaches a webhook receiver on 127.0.0.1 that fails twice and accepts the third try,
 * signed with the subscription's secret; the SSE stream gets it too; ingest does not wait for it.
 */
class AlertTest {
  @TempDir Path dir;

  @Test
  void riseReachesAFlakyWebhookOnTheThirdTry() throws Exception {
    HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    AtomicInteger calls = new AtomicInteger();
    List<String> bodies = new CopyOnWriteArrayList<>();
    List<String> signatures = new CopyOnWriteArrayList<>();
    receiver.createContext("/hook", ex -> {
      int n = calls.incrementAndGet();
      String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      try {
        Thread.sleep(300); // a slow receiver: ingest must not wait for it
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (n >= 3) {
        bodies.add(body);
        signatures.add(ex.getRequestHeaders().getFirst(Webhooks.SIGNATURE));
      }
      ex.sendResponseHeaders(n < 3 ? 500 : 204, -1);
      ex.close();
    });
    receiver.start();
    ServerConfig cfg = ServerConfig.defaults().withWebhookRetry(5, Duration.ofMillis(200));
    try (Fixture f = new Fixture(dir, cfg)) {
      f.loadDemo("kanaker-2020-09-20");
      String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
      JsonNode sub = expectJson(f.post("/api/v1/subscriptions", "application/json",
          "{\"url\": \"" + url + "\", \"places\": [\"SYPT1651\"], \"levels\": [\"PARTIAL_SIEGE\", \"FULL_SIEGE\"]}", f.admin), 201);
      String secret = sub.get("secret").asText();
      BlockingQueue<String> sse = openStream(f, "/api/v1/alerts/stream?place=SYPT1651");

      Source seed = DemoReports.sources().stream().filter(s -> s.name().contains("kanaker-2020-09-29")).findFirst().orElseThrow();
      String body = Json.write(java.util.Map.of("content", new String(seed.bytes(), StandardCharsets.UTF_8),
          "published", "2020-09-29", "outlet", "العربي الجديد"));
      long t0 = System.nanoTime();
      JsonNode res = expectJson(f.post("/api/v1/reports", "application/json", body, f.ingest), 201);
      long ms = (System.nanoTime() - t0) / 1_000_000;
      assertThat(res.get("added").asInt()).isEqualTo(1);
      // three deliveries with 300 ms each and 200 + 400 ms backoff take over 1.5 s; ingest returned before any was done
      assertThat(calls.get()).as("ingest took %d ms", ms).isLessThan(3);

      String event = sse.poll(20, TimeUnit.SECONDS);
      assertThat(event).isNotNull();
      JsonNode pushed = Json.MAPPER.readTree(event);
      assertThat(pushed.get("community").get("id").asText()).isEqualTo("SYPT1651");
      assertThat(pushed.get("new_level").asText()).isIn("PARTIAL_SIEGE", "FULL_SIEGE");

      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (bodies.isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertThat(calls.get()).isEqualTo(3);
      JsonNode alert = Json.MAPPER.readTree(bodies.get(0));
      assertThat(alert.get("new_level").asText()).isIn("PARTIAL_SIEGE", "FULL_SIEGE");
      assertThat(alert.get("old_level").asText()).isIn("NONE", "WATCH");
      assertThat(alert.get("since").asText()).startsWith("2020-09");
      assertThat(alert.get("events").size()).isGreaterThan(0);
      assertThat(alert.get("events").get(0).has("outlet")).isTrue();
      assertThat(signatures.get(0)).isEqualTo("sha256=" + Webhooks.sign(secret, bodies.get(0)));

      JsonNode delivery = null;
      for (int i = 0; i < 100 && (delivery == null || !"delivered".equals(delivery.get("state").asText())); i++) {
        Thread.sleep(50);
        for (JsonNode a : expectJson(f.get("/api/v1/alerts"), 200).get("items")) {
          if (a.get("deliveries").size() > 0) {
            delivery = a.get("deliveries").get(0);
          }
        }
      }
      assertThat(delivery.get("state").asText()).isEqualTo("delivered");
      assertThat(delivery.get("attempts").asInt()).isEqualTo(3);
      assertThat(delivery.get("last_status").asInt()).isEqualTo(204);
    } finally {
      receiver.stop(0);
    }
  }

  @Test
  void liftingIsAnAlertAndFallsAreNot() {
    try (Fixture f = new Fixture(dir)) {
      f.loadDemo("kanaker-2020-09-20", "kanaker-2020-09-29");
      int before = expectJson(f.get("/api/v1/alerts"), 200).get("items").size();
      f.loadDemo("kanaker-2020-10-12");
      JsonNode items = expectJson(f.get("/api/v1/alerts"), 200).get("items");
      assertThat(items.size()).isEqualTo(before + 1);
      JsonNode lifted = items.get(0); // newest first
      assertThat(lifted.get("kind").asText()).isEqualTo("lifted");
      assertThat(lifted.get("new_level").asText()).isEqualTo("LIFTED");
      assertThat(lifted.get("old_level").asText()).isIn("PARTIAL_SIEGE", "FULL_SIEGE");
      // a stream asked for without Accept: text/event-stream is refused as JSON
      expectJson(f.get("/api/v1/alerts/stream"), 406);
    }
  }

  @Test
  void subscriptionFilters() {
    Subscriptions.Filter any = new Subscriptions.Filter(List.of(), List.of(), List.of());
    assertThat(any.matches("SYPT1651", "Rural Damascus", "WATCH")).isTrue();
    Subscriptions.Filter f = new Subscriptions.Filter(List.of(), List.of("rural damascus"), List.of("full_siege", "LIFTED"));
    assertThat(f.matches("SYPT1651", "Rural Damascus", "FULL_SIEGE")).isTrue();
    assertThat(f.matches("SYPT1651", "Rural Damascus", "WATCH")).isFalse();
    assertThat(f.matches("SYPT0016", "Daraa", "FULL_SIEGE")).isFalse();
    assertThat(new Subscriptions.Filter(List.of("SYPT0016"), null, null).matches("SYPT1651", null, "LIFTED")).isFalse();
  }

  /** Reads the SSE stream on a thread; each "data:" line of an "alert" event goes to the queue. */
  private static BlockingQueue<String> openStream(Fixture f, String path) throws Exception {
    BlockingQueue<String> out = new LinkedBlockingQueue<>();
    HttpResponse<java.io.InputStream> r = f.http.send(HttpRequest.newBuilder(URI.create(f.base() + path)).header("Accept", "text/event-stream").GET().build(),
        HttpResponse.BodyHandlers.ofInputStream());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
    Thread t = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
        String line;
        boolean alert = false;
        while ((line = in.readLine()) != null) {
          if (line.startsWith("event:")) {
            alert = line.substring(6).strip().equals("alert");
          } else if (alert && line.startsWith("data:")) {
            out.add(line.substring(5).strip());
          }
        }
      } catch (java.io.IOException e) {
        // stream closed at the end of the test
      }
    }, "sse-reader");
    t.setDaemon(true);
    t.start();
    // the server registers the listener when the stream opens; give the handshake a moment
    Thread.sleep(200);
    return out;
  }
}
