package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code marsad ingest} on a record a {@code marsad serve} holds open hands its JSON Lines to that
 * server (stored and derived there, once); {@code --no-server} opens the record here (which the
 * server holds: a clear refusal), and so does a stale announcement (nothing listens). Texts
 * written for this test.
 */
class IngestHandoffTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path tmp;

  private Path reports() throws Exception {
    Path f = tmp.resolve("two.jsonl");
    Files.write(f, List.of(
        JSON.writeValueAsString(java.util.Map.of("content", ServeWatchTest.JASIM.replace("</p><p>", "\n"),
            "published", "2020-03-11", "outlet", "وكالة الاختبار")),
        JSON.writeValueAsString(java.util.Map.of("content", ServeWatchTest.TAFAS.replace("</p><p>", "\n"),
            "published", "2020-03-12", "outlet", "وكالة الاختبار"))), StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void ingestHandsJsonLinesToTheRunningServerWhichStoresAndDerivesThemOnce() throws Exception {
    Path file = reports();
    String data = tmp.resolve("data").toString();
    ServeCommand serve = new ServeCommand();
    StringWriter out = new StringWriter();
    CommandLine cl = new CommandLine(serve);
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(out, true));
    Thread serving = new Thread(() -> cl.execute("--data", data, "--port", "0", "--no-watch"), "serve-under-test");
    serving.start();
    try {
      Matcher at = Pattern.compile("Marsad API at (http://127\\.0\\.0\\.1:\\d+/api/v1)").matcher("");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!(at = at.reset(out.toString())).find() || !Files.exists(Path.of(data, ServerHandoff.FILE))) {
        assertThat(System.nanoTime()).as(out.toString()).isLessThan(deadline);
        Thread.sleep(100);
      }
      String api = at.group(1);

      CliRun first = CliRun.run("ingest", file.toString(), "--data", data, "-q");
      assertThat(first.code()).as(first.err()).isZero();
      assertThat(first.out()).contains("reports: 2 new, 0 already known, 0 rejected")
          .contains("stored and derived by the server running on this record");
      // Derived before ingest returned: both towns' sieges are fused events of the server's record.
      JsonNode sieges = get(api + "/fused-events?type=SIEGE");
      assertThat(sieges.path("items")).as(sieges.toString()).hasSize(2);

      CliRun again = CliRun.run("ingest", file.toString(), "--data", data, "-q");
      assertThat(again.out()).contains("reports: 0 new, 2 already known");
      // Without the server's help the record has one writer, the server: ingest says so (as it did
      // for every ingest beside a server before the handoff).
      CliRun here = CliRun.run("ingest", file.toString(), "--data", data, "-q", "--no-server");
      assertThat(here.code()).isNotZero();
      assertThat(here.err()).contains("is being written by another marsad process");
    } finally {
      serve.stop.countDown();
      serving.join(TimeUnit.SECONDS.toMillis(60));
    }
    // Stopped: the announcement is withdrawn and its token revoked.
    assertThat(Path.of(data, ServerHandoff.FILE)).doesNotExist();
    CliRun tokens = CliRun.run("token", "list", "--data", data);
    String line = tokens.out().lines().filter(l -> l.contains("marsad ingest via this server")).findFirst().orElseThrow();
    String[] columns = line.split("\t");
    assertThat(columns).as(line).hasSize(5);
    assertThat(columns[4]).as("revoked at").isNotBlank();
  }

  @Test
  void aStaleAnnouncementIsIgnoredAndTheRecordIsOpenedHere() throws Exception {
    Path file = reports();
    Path data = tmp.resolve("stale");
    Files.createDirectories(data);
    int closed;
    try (ServerSocket s = new ServerSocket(0)) {
      closed = s.getLocalPort(); // nothing listens there once closed
    }
    ServerHandoff.announce(data, "127.0.0.1", closed, "mrs_from_a_killed_server");
    CliRun run = CliRun.run("ingest", file.toString(), "--data", data.toString(), "-q");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("reports: 2 new").contains("derived: ").doesNotContain("by the server");
  }

  private static JsonNode get(String url) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }
}
