package org.marsad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A running {@code marsad serve} taking the reports of {@code marsad ingest} on the same record.
 * The server holds the pipeline and the record open, so one more report costs its extraction and
 * derivation instead of a new JVM loading lexicons, gazetteer and database (seconds). The server
 * announces itself in {@code DATA/serve.json} (its address and an ingest token minted for this
 * run, readable by the owner only: whoever reads the data directory can already write the
 * database) and withdraws the file and revokes the token when it stops. A stale file (a killed
 * server) is harmless: nothing answers, and {@code ingest} opens the record itself.
 */
final class ServerHandoff {
  static final String FILE = "serve.json";
  /** JSON Lines per request: well under the server's default body limit of 10 MB for news-sized reports. */
  private static final int LINES_PER_REQUEST = 200;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Where a running server listens and the token it accepts from this machine's ingests. */
  record Target(URI base, String token) {}

  private ServerHandoff() {}

  /** Writes the announcement (owner-only where the file system has POSIX permissions). */
  static void announce(Path dataDir, String bind, int port, String token) throws IOException {
    ObjectNode o = JSON.createObjectNode();
    String host = bind == null || bind.isBlank() || InetAddress.getByName(bind).isAnyLocalAddress() ? "127.0.0.1" : bind;
    o.put("url", URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port).toString());
    o.put("token", token);
    Path tmp = dataDir.resolve(FILE + ".tmp");
    Files.deleteIfExists(tmp);
    try {
      Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException e) {
      Files.createFile(tmp);
    }
    Files.writeString(tmp, JSON.writeValueAsString(o), StandardCharsets.UTF_8);
    Files.move(tmp, dataDir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  static void withdraw(Path dataDir) {
    try {
      Files.deleteIfExists(dataDir.resolve(FILE));
    } catch (IOException e) {
      // a stale announcement only costs the next ingest one refused connection
    }
  }

  /** The server announced in {@code dataDir}, if any. */
  static Optional<Target> find(Path dataDir) {
    Path f = dataDir.resolve(FILE);
    if (!Files.isRegularFile(f)) {
      return Optional.empty();
    }
    try {
      JsonNode n = JSON.readTree(Files.readString(f, StandardCharsets.UTF_8));
      if (!n.path("url").isTextual() || !n.path("token").isTextual()) {
        return Optional.empty();
      }
      return Optional.of(new Target(URI.create(n.get("url").asText()), n.get("token").asText()));
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** What the server did with the reports sent; {@code unreachable}: nothing was sent (fall back). */
  record Outcome(boolean unreachable, long added, long known, long rejected, long events, Map<String, Long> reasons) {}

  /**
   * Sends the lines of JSON Lines files to the server, {@value #LINES_PER_REQUEST} per request,
   * each request returning once the server has derived what it added ({@code wait=true}), so the
   * record is as a direct ingest leaves it.
   */
  static Outcome send(Target t, List<Path> files) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long[] n = new long[4];
    Map<String, Long> reasons = new LinkedHashMap<>();
    boolean sentAny = false;
    for (Path f : files) {
      try (BufferedReader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
        StringBuilder body = new StringBuilder();
        int lines = 0;
        String line;
        while (true) {
          line = in.readLine();
          if (line != null && !line.isBlank()) {
            body.append(line).append('\n');
            lines++;
          }
          if (lines > 0 && (line == null || lines == LINES_PER_REQUEST)) {
            Optional<JsonNode> r = post(http, t, body.toString(), !sentAny);
            if (r.isEmpty()) {
              return new Outcome(true, 0, 0, 0, 0, Map.of());
            }
            sentAny = true;
            count(r.get(), n, reasons);
            body.setLength(0);
            lines = 0;
          }
          if (line == null) {
            break;
          }
        }
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
    return new Outcome(false, n[0], n[1], n[2], n[3], reasons);
  }

  /** The server's answer; empty when the first request finds no server (the announcement is stale). */
  private static Optional<JsonNode> post(HttpClient http, Target t, String ndjson, boolean first)
      throws IOException, InterruptedException {
    HttpRequest req = HttpRequest.newBuilder(t.base().resolve("/api/v1/reports?wait=true"))
        .header("Authorization", "Bearer " + t.token())
        .header("Content-Type", "application/x-ndjson")
        .POST(HttpRequest.BodyPublishers.ofString(ndjson, StandardCharsets.UTF_8))
        .build();
    HttpResponse<String> res;
    try {
      res = http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (ConnectException e) {
      if (first) {
        return Optional.empty();
      }
      throw e;
    }
    if (first && res.statusCode() == 401) {
      return Optional.empty(); // a token from an earlier run of the server: not this one's
    }
    if (res.statusCode() != 200 && res.statusCode() != 201) {
      throw new IOException("the running server at " + t.base() + " answered " + res.statusCode() + ": "
          + res.body().lines().findFirst().orElse(""));
    }
    return Optional.of(JSON.readTree(res.body()));
  }

  private static void count(JsonNode r, long[] n, Map<String, Long> reasons) {
    n[0] += r.path("added").asLong();
    n[1] += r.path("known").asLong();
    n[2] += r.path("rejected").asLong();
    for (JsonNode one : r.path("reports")) {
      if ("added".equals(one.path("outcome").asText())) {
        n[3] += one.path("events").asLong();
      }
      if ("rejected".equals(one.path("outcome").asText())) {
        String reason = one.path("reason").asText("");
        reasons.merge(reason.isEmpty() ? "unknown" : reason, 1L, Long::sum);
      }
    }
  }
}
