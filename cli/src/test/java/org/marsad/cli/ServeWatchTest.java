package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code marsad serve} follows the record's sources in the background: a feed on 127.0.0.1 gets a
 * new entry while the server runs, and after the next round its report's events, fused events
 * and the community's status are in the API (read over HTTP), and the server's alerts were raised.
 * Texts written for this test.
 */
class ServeWatchTest {
  @TempDir Path tmp;

  private final List<Integer> entries = new CopyOnWriteArrayList<>(List.of(1));

  static final String JASIM = "فرضت قوات النظام السوري، منذ صباح اليوم، حصاراً خانقاً على بلدة جاسم في ريف درعا الشمالي،"
      + " ومنعت إدخال المواد الغذائية والأدوية إلى البلدة.</p><p>وقال ناشطون إن الحواجز العسكرية أغلقت الطرق المؤدية إلى جاسم.";

  static final String TAFAS = "أغلقت قوات النظام صباح اليوم جميع الطرق المؤدية إلى مدينة طفس في ريف درعا الغربي،"
      + " وفرضت حصاراً على المدينة ومنعت دخول الطحين والوقود إليها.</p><p>وقال أهالٍ إن الأفران توقفت عن العمل.";

  private String feed(int port) {
    StringBuilder items = new StringBuilder();
    for (int i : entries) {
      items.append("<item><guid>urn:item:").append(i).append("</guid><link>http://127.0.0.1:").append(port)
          .append("/a/").append(i).append("</link><title>").append(i).append("</title></item>");
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>نشرة</title>"
        + "<link>http://127.0.0.1/</link><description>d</description>" + items + "</channel></rss>";
  }

  private static String page(int i) {
    return "<html><head><title>خبر " + i + "</title><meta property=\"og:site_name\" content=\"وكالة الاختبار\">"
        + "<meta property=\"article:published_time\" content=\"2020-03-1" + i + "\"></head><body><article><p>"
        + (i == 1 ? JASIM : TAFAS) + "</p></article></body></html>";
  }

  @Test
  void serveReadsTheFollowedFeedAndTheApiShowsWhatARoundAdded() throws Exception {
    HttpServer site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    site.setExecutor(Executors.newFixedThreadPool(2));
    int sitePort = site.getAddress().getPort();
    site.createContext("/feed.xml", x -> LocalHttp.send(x, "application/rss+xml", feed(sitePort)));
    site.createContext("/a/", x -> {
      String p = x.getRequestURI().getPath();
      LocalHttp.send(x, "text/html; charset=utf-8", page(Integer.parseInt(p.substring(p.lastIndexOf('/') + 1))));
    });
    site.start();
    Thread serving = null;
    ServeCommand serve = new ServeCommand();
    try {
      String data = tmp.resolve("data").toString();
      assertThat(Main.run("sources", "add", "http://127.0.0.1:" + sitePort + "/feed.xml", "--data", data)).isZero();

      StringWriter out = new StringWriter();
      CommandLine cl = new CommandLine(serve);
      cl.setOut(new PrintWriter(out, true));
      cl.setErr(new PrintWriter(out, true));
      int[] code = {-1};
      serving = new Thread(() -> code[0] = cl.execute("--data", data, "--port", "0", "--watch-every", "1s",
          "--allow-private-addresses", "--host-interval", "0ms"), "serve-under-test");
      serving.start();
      Matcher at = waitFor(() -> Pattern.compile("Marsad API at http://127\\.0\\.0\\.1:(\\d+)/api/v1").matcher(out.toString()),
          Matcher::find, out);
      String api = "http://127.0.0.1:" + at.group(1) + "/api/v1";
      waitFor(out::toString, o -> o.contains("Watching 1 source(s), each read every 1s"), out);

      JsonNode fused = waitFor(() -> get(api + "/fused-events?type=SIEGE"), j -> j.path("items").size() == 1, out);
      assertThat(fused.path("items").get(0).toString()).contains("SYPT");
      JsonNode communities = get(api + "/communities");
      assertThat(communities.path("items")).as(communities.toString()).hasSize(1);

      entries.add(2); // a new entry while the server runs: the next round reads it
      JsonNode both = waitFor(() -> get(api + "/fused-events?type=SIEGE"), j -> j.path("items").size() == 2, out);
      assertThat(both.path("items")).hasSize(2);
      JsonNode events = get(api + "/events");
      assertThat(events.toString()).contains("/a/2");
      assertThat(get(api + "/communities").path("items")).as("both towns now have a status").hasSize(2);
      // the rounds ran the server's own derivation: each town's rise is an alert
      JsonNode alerts = get(api + "/alerts");
      assertThat(alerts.path("items")).as(alerts.toString()).hasSize(2);
      assertThat(out.toString()).contains("added ").doesNotContain("source failed");

      serve.stop.countDown();
      serving.join(TimeUnit.SECONDS.toMillis(60));
      assertThat(serving.isAlive()).isFalse();
      assertThat(code[0]).as(out.toString()).isZero();
    } finally {
      serve.stop.countDown();
      if (serving != null) {
        serving.join(TimeUnit.SECONDS.toMillis(60));
      }
      site.stop(0);
    }
  }

  @Test
  void withoutFollowedSourcesServeSaysItIsNotWatchingAndABadIntervalIsABadArgument() throws Exception {
    StringWriter err = new StringWriter();
    CommandLine bad = new CommandLine(new ServeCommand());
    bad.setErr(new PrintWriter(err, true));
    assertThat(bad.execute("--data", tmp.resolve("d").toString(), "--watch-every", "soon")).isEqualTo(2);
    assertThat(err.toString()).contains("--watch-every").contains("not a duration");

    ServeCommand serve = new ServeCommand();
    StringWriter out = new StringWriter();
    CommandLine cl = new CommandLine(serve);
    cl.setOut(new PrintWriter(out, true));
    int[] code = {-1};
    Thread serving = new Thread(() -> code[0] = cl.execute("--data", tmp.resolve("d").toString(), "--port", "0"));
    serving.start();
    try {
      waitFor(out::toString, o -> o.contains("Not watching: the record follows no sources"), out);
    } finally {
      serve.stop.countDown();
      serving.join(TimeUnit.SECONDS.toMillis(60));
    }
    assertThat(code[0]).isZero();
  }

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode get(String url) {
    try {
      HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      return JSON.readTree(r.body());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Asks again until the answer passes (the watcher runs on its own thread), at most 60 s. */
  private static <T> T waitFor(java.util.function.Supplier<T> ask, Predicate<T> ok, StringWriter log) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    T last = null;
    while (System.nanoTime() < deadline) {
      last = ask.get();
      if (ok.test(last)) {
        return last;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("gave up waiting; last answer " + last + "; output:\n" + log);
  }
}
