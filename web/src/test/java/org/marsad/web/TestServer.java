package org.marsad.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.marsad.Pipeline;
import org.marsad.geocode.Gazetteer;
import org.marsad.server.MarsadServer;
import org.marsad.server.Role;
import org.marsad.server.ServerConfig;
import org.marsad.store.Store;
import org.marsad.store.StoreConfig;

/**
 * The real server (issue 10's) on 127.0.0.1 over a fresh store, serving this module's built
 * dashboard from the classpath; reports go in through the HTTP API as a client would send them.
 */
final class TestServer implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String REVIEWER = "reviewer-amal";

  private final Store store;
  private final MarsadServer server;
  private final String ingestToken;
  private final String reviewerToken;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private TestServer(Path data) {
    store = Store.open(StoreConfig.of(data));
    server = MarsadServer.start(store, Pipeline.defaultPipeline(), Gazetteer.loadDefault(), ServerConfig.defaults().withPort(0));
    ingestToken = server.tokens().create("ingest-test", Role.INGEST).token();
    reviewerToken = server.tokens().create(REVIEWER, Role.REVIEWER).token();
  }

  static TestServer start(Path data) {
    return new TestServer(data);
  }

  String url() {
    return "http://127.0.0.1:" + server.port() + "/";
  }

  /**
   * POSTs a test resource as a report (JSON: content, published, outlet), waiting for the status to
   * be re-derived; returns the report's id.
   */
  String ingest(String resource, String published, String outlet) throws IOException {
    ObjectNode body = JSON.createObjectNode();
    body.put("content", resource(resource));
    body.put("published", published);
    body.put("outlet", outlet);
    JsonNode answer = send(HttpRequest.newBuilder(URI.create(url() + "api/v1/reports?wait=true"))
        .header("Authorization", "Bearer " + ingestToken).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8)), 201);
    return answer.path("reports").path(0).path("id").asText();
  }

  String reviewerToken() {
    return reviewerToken;
  }

  String reviewerName() {
    return REVIEWER;
  }

  /**
   * The first event of {@code type} at {@code place} whose evidence contains {@code cue}, as the
   * dashboard's address.
   */
  String eventHash(String place, String type, String cue) throws IOException {
    JsonNode items = get("api/v1/events?limit=200&type=" + type + "&place=" + URLEncoder.encode(place, StandardCharsets.UTF_8))
        .path("items");
    for (JsonNode item : items) {
      if (item.path("event").path("evidence").toString().contains(cue)) {
        return "#/event/" + item.path("report").path("id").asText() + "/" + item.path("event").path("id").asText();
      }
    }
    throw new AssertionError("no " + type + " event at " + place + " citing " + cue + ": " + items);
  }

  /** The place of the first event of a report. */
  String placeOf(String reportId) throws IOException {
    for (JsonNode item : get("api/v1/events?limit=200&report=" + reportId).path("items")) {
      JsonNode p = item.path("event").path("place").path("id");
      if (!p.isMissingNode() && !p.isNull()) {
        return p.asText();
      }
    }
    throw new AssertionError("report " + reportId + " has no placed event");
  }

  JsonNode get(String path) throws IOException {
    return send(HttpRequest.newBuilder(URI.create(url() + path)).GET(), 200);
  }

  private JsonNode send(HttpRequest.Builder b, int expected) throws IOException {
    try {
      HttpResponse<String> r = http.send(b.timeout(Duration.ofSeconds(60)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (r.statusCode() != expected) {
        throw new AssertionError(r.uri() + " answered " + r.statusCode() + ": " + r.body());
      }
      return JSON.readTree(r.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  static String resource(String name) {
    try (InputStream in = TestServer.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("test resource " + name + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.close();
    store.close();
  }
}
