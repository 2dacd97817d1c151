package org.marsad.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.marsad.BadInputException;
import org.marsad.Pipeline;
import org.marsad.ingest.Origin;
import org.marsad.store.OriginIngest;
import org.marsad.store.Store;
import org.marsad.store.StoreConfig;

/**
 * Hostile and broken inputs, each replayed in a batch with a good report, through the path
 * {@code marsad ingest} takes (origins into a real record), with pages and feeds served from
 * 127.0.0.1. Each bad input gets a one-line reason or is read whole; the good report is always
 * stored; nothing of a refused input is stored; each batch finishes within its time limit.
 * Large inputs are generated here, not committed.
 */
class BadInputCorpusTest {
  @TempDir static Path tmp;
  static TestServer server;
  static final String GOOD = "فرضت قوات النظام حصارا على بلدة جاسم في ريف درعا ومنعت إدخال الطحين.";
  static final String SECRET = "marsad-secret-" + Long.toHexString(new Random(7).nextLong());

  /**
   * One case. {@code refused}: a part of the expected reason, or null when the input is read
   * whole; {@code stored}: reports the bad input itself gives (besides the good one).
   */
  record Case(String name, List<String> inputs, String refused, int stored, Duration limit, FetchPolicy policy) {
    @Override
    public String toString() {
      return name;
    }
  }

  @BeforeAll
  static void serve() throws IOException {
    server = new TestServer();
    Files.writeString(tmp.resolve("secret.txt"), SECRET, StandardCharsets.UTF_8);
    StringBuilder deep = new StringBuilder("<html><body>");
    deep.append("<div>".repeat(100_000)).append("<p>").append(GOOD).append("</p>").append("</div>".repeat(100_000));
    server.page("/deep.html", "text/html", deep.append("</body></html>").toString());
    StringBuilder links = new StringBuilder("<html><body><article><p>" + GOOD + "</p></article><ul>");
    for (int i = 0; i < 100_000; i++) {
      links.append("<li><a href=\"/l/").append(i).append("\">رابط ").append(i).append("</a></li>");
    }
    server.page("/links.html", "text/html", links.append("</ul></body></html>").toString());
    server.page("/bomb.xml", "application/rss+xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\">"
        + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
        + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">"
        + "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">]>\n"
        + "<rss version=\"2.0\"><channel><title>&g;</title><link>http://a/</link><description>d</description></channel></rss>");
    server.page("/xxe.xml", "application/rss+xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM \"file://"
        + tmp.resolve("secret.txt") + "\">]>\n<rss version=\"2.0\"><channel><title>t</title><link>http://a/</link>"
        + "<description>d</description><item><guid>x1</guid><link>/good.txt</link><title>&x;</title><description>&x;</description>"
        + "</item></channel></rss>");
    server.page("/good.txt", "text/plain; charset=utf-8", GOOD);
    server.redirect("/loop", "/loop");
    server.redirect("/to-loopback", "http://localhost:" + port() + "/good-web.txt");
    server.page("/good-web.txt", "text/plain; charset=utf-8", "أغلقت الحواجز الطرق المؤدية إلى مدينة طفس.");
    server.on("/drip", x -> {
      x.sendResponseHeaders(200, 0);
      OutputStream o = x.getResponseBody();
      for (int i = 0; i < 120; i++) {
        o.write('x');
        o.flush();
        try {
          Thread.sleep(1000);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static int port() {
    return Integer.parseInt(server.url("").replaceAll(".*:(\\d+).*", "$1"));
  }

  static Path file(String name, byte[] bytes) throws IOException {
    Path p = tmp.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  static final FetchPolicy LOCAL = FetchPolicy.defaults().allowingPrivate().withMinHostInterval(Duration.ZERO)
      .withTimeout(Duration.ofMillis(1500));
  /** The default configuration, except that the test server's own address stands for a public host. */
  static final FetchPolicy DEFAULT_BUT_SERVER_PUBLIC = FetchPolicy.defaults().withMinHostInterval(Duration.ZERO)
      .withResolver(h -> h.equals("127.0.0.1") ? new InetAddress[] {InetAddress.getByName("192.0.2.10")} : InetAddress.getAllByName(h));

  static Stream<Arguments> cases() throws IOException {
    Duration quick = Duration.ofSeconds(10);
    Path huge = tmp.resolve("huge.txt");
    try (OutputStream o = Files.newOutputStream(huge)) {
      byte[] line = (GOOD + "\n").getBytes(StandardCharsets.UTF_8);
      byte[] block = new byte[line.length * 8192];
      for (int i = 0; i < 8192; i++) {
        System.arraycopy(line, 0, block, i * line.length, line.length);
      }
      for (long written = 0; written < 100L * 1024 * 1024; written += block.length) {
        o.write(block);
      }
    }
    byte[] binary = new byte[4096];
    new Random(11).nextBytes(binary);
    binary[0] = (byte) 0x89;
    binary[1] = 'P';
    binary[2] = 'N';
    binary[3] = 'G';
    byte[] invalid = concat(GOOD.getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xA0, '\n'},
        GOOD.getBytes(StandardCharsets.UTF_8));
    byte[] mixed = concat((GOOD + "\n").getBytes(StandardCharsets.UTF_8), "قصفت المدفعية مدينة طفس\n".getBytes(Charset.forName("windows-1256")));
    String telegram;
    try (InputStream in = BadInputCorpusTest.class.getResourceAsStream("/telegram/result.json")) {
      telegram = new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("\"messages\": [", "\"unknown_top\": {\"x\": [1, {\"y\": null}]}, \"messages\": [")
          .replace("\"reactions\"", "\"new_field\": [[[]]], \"reactions\"");
    }
    List<Case> c = List.of(
        new Case("empty file", List.of(file("empty.txt", new byte[0]).toString()), "empty input", 0, quick, LOCAL),
        new Case("binary", List.of(file("image.txt", binary).toString()), "binary data", 0, quick, LOCAL),
        new Case("100 MB text", List.of(huge.toString()), "over the limit", 0, quick, LOCAL),
        new Case("100k-deep nested HTML", List.of(server.url("/deep.html")), "nested over 512 levels", 0, Duration.ofSeconds(2), LOCAL),
        new Case("HTML with 100k links", List.of(server.url("/links.html")), null, 1, Duration.ofSeconds(5), LOCAL),
        new Case("invalid UTF-8", List.of(file("invalid.txt", invalid).toString()), null, 1, quick, LOCAL),
        new Case("mixed encodings", List.of(file("mixed.txt", mixed).toString()), null, 1, quick, LOCAL),
        new Case("XML entity bomb feed", List.of(server.url("/bomb.xml")), "not a readable feed", 0, quick, LOCAL),
        new Case("XXE feed", List.of(server.url("/xxe.xml")), "not a readable feed", 0, quick, LOCAL),
        new Case("JSON Lines with a broken middle line", List.of(file("broken.jsonl", (
            "{\"content\": \"قصفت المدفعية مدينة طفس\"}\n{\"content\": \"broken\n{\"content\": \"أغلقت الحواجز طرق جاسم\"}\n")
            .getBytes(StandardCharsets.UTF_8)).toString()), "not a JSON object", 2, quick, LOCAL),
        new Case("Telegram export with unknown fields", List.of(file("result.json", telegram.getBytes(StandardCharsets.UTF_8)).toString()),
            null, 4, quick, LOCAL),
        new Case("redirect loop", List.of(server.url("/loop")), "more than 5 redirects", 0, quick, LOCAL),
        new Case("redirect to 127.0.0.1 (default configuration)", List.of(server.url("/to-loopback")), "loopback", 0, quick,
            DEFAULT_BUT_SERVER_PUBLIC),
        new Case("server dripping a byte a second", List.of(server.url("/drip")), "no complete response within 1.5 s", 0,
            Duration.ofSeconds(5), LOCAL));
    return c.stream().map(Arguments::of);
  }

  private static byte[] concat(byte[]... parts) {
    int n = Arrays.stream(parts).mapToInt(p -> p.length).sum();
    byte[] out = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachBadInputGetsAOneLineReasonAndTheRestOfItsBatchIsStored(Case c) throws IOException {
    Path good = file("good-" + c.name().hashCode() + ".txt", (GOOD + " " + c.name()).getBytes(StandardCharsets.UTF_8));
    List<String> batch = new ArrayList<>(c.inputs());
    batch.add(good.toString());
    try (Store s = Store.open(StoreConfig.of(tmp.resolve("data-" + Math.abs(c.name().hashCode()))))) {
      OriginIngest ingest = new OriginIngest(s, Pipeline.defaultPipeline());
      SafeFetcher fetcher = new SafeFetcher(c.policy());
      Robots robots = new Robots(fetcher);
      List<String> reasons = new ArrayList<>();
      long stored = 0;
      long t0 = System.nanoTime();
      for (String in : batch) {
        try {
          OriginIngest.Result r = ingest.read(Origins.of(in, null, fetcher, robots), null, Origin.Cursor.NONE,
              (key, name, outcome, reason) -> {
                if (reason != null) {
                  reasons.add(reason);
                }
              });
          stored += r.added();
        } catch (BadInputException e) {
          reasons.add(e.getMessage());
          s.reject(in, e.getMessage());
        }
      }
      Duration took = Duration.ofNanos(System.nanoTime() - t0);
      assertThat(took).as("%s took %s", c, took).isLessThan(c.limit());
      assertThat(stored).as("%s: reasons %s", c, reasons).isEqualTo(c.stored() + 1);
      assertThat(reportWith(s, GOOD + " " + c.name())).as("the good report of the batch").isTrue();
      if (c.refused() == null) {
        assertThat(reasons).as(c.name()).isEmpty();
      } else {
        assertThat(reasons).as(c.name()).singleElement().asString().contains(c.refused()).doesNotContain("\n");
        assertThat(s.rejects()).extracting(Store.Reject::reason).anyMatch(r -> r.contains(c.refused()));
      }
      assertThat(s.counts().get("reports")).as("nothing else stored").isEqualTo(c.stored() + 1);
      assertThat(reportWith(s, SECRET)).as("no local file leaks into the record").isFalse();
    }
  }

  private static boolean reportWith(Store s, String text) {
    return s.jdbi().withHandle(h -> h.createQuery("SELECT raw_text FROM reports").mapTo(String.class).list())
        .stream().anyMatch(t -> t.contains(text));
  }
}
