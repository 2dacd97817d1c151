package org.marsad.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.marsad.Pipeline;
import org.marsad.geocode.Gazetteer;
import org.marsad.ingest.Source;
import org.marsad.store.Store;
import org.marsad.store.StoreConfig;

/** A real server on 127.0.0.1 (a free port) over a fresh store, with one token per role. */
final class Fixture implements AutoCloseable {
  static final Gazetteer GAZETTEER = Gazetteer.loadDefault();
  final Store store;
  final MarsadServer server;
  final String admin;
  final String reviewer;
  final String ingest;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  Fixture(Path dir, ServerConfig config) {
    this(StoreConfig.of(dir), config);
  }

  Fixture(StoreConfig storeConfig, ServerConfig config) {
    store = Store.open(storeConfig);
    server = MarsadServer.start(store, Pipeline.defaultPipeline(), GAZETTEER, config.withPort(0));
    admin = server.tokens().create("admin-test", Role.ADMIN).token();
    reviewer = server.tokens().create("reviewer-test", Role.REVIEWER).token();
    ingest = server.tokens().create("ingest-test", Role.INGEST).token();
  }

  Fixture(Path dir) {
    this(dir, ServerConfig.defaults());
  }

  String base() {
    return "http://127.0.0.1:" + server.port();
  }

  /** Ingests the demo reports (all, or those whose file name contains one of {@code names}). */
  void loadDemo(String... names) {
    List<Source> all = DemoReports.sources().stream()
        .filter(s -> names.length == 0 || List.of(names).stream().anyMatch(n -> s.name().contains(n))).toList();
    server.record().ingest(all);
  }

  record Res(int status, String body, HttpResponse<String> raw) {
    JsonNode json() {
      try {
        return Json.MAPPER.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON (" + status + "): " + body, e);
      }
    }

    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  Res get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base() + path)).GET(), null);
  }

  Res get(String path, String token) {
    return send(HttpRequest.newBuilder(URI.create(base() + path)).GET(), token);
  }

  Res post(String path, String contentType, String body, String token) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    return send(b, token);
  }

  Res delete(String path, String token) {
    return send(HttpRequest.newBuilder(URI.create(base() + path)).DELETE(), token);
  }

  Res send(HttpRequest.Builder b, String token) {
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    try {
      HttpResponse<String> r = http.send(b.timeout(Duration.ofSeconds(60)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      // Every response, error or not, tells browsers not to sniff.
      assertThat(r.headers().firstValue("X-Content-Type-Options")).as(r.uri().toString()).contains("nosniff");
      return new Res(r.statusCode(), r.body(), r);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** A JSON API response: status, Content-Type application/json and an {error, detail} body for errors. */
  static JsonNode expectJson(Res r, int status) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.header("Content-Type")).startsWith("application/json");
    JsonNode n = r.json();
    if (status >= 400) {
      assertThat(n.has("error") && n.has("detail")).as(r.body()).isTrue();
    }
    return n;
  }

  @Override
  public void close() {
    server.close();
    store.close();
  }
}
