package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.Store;
import org.marsad.store.StoreConfig;

/**
 * A real {@code marsad watch} process following a feed on 127.0.0.1 is killed with SIGKILL in
 * the middle of a round; more entries appear; a restart reads the rest. Every entry ends up in
 * the record exactly once.
 */
class WatchKillTest {
  @TempDir Path tmp;

  private final AtomicInteger entries = new AtomicInteger(6);

  private String feed(int port) {
    StringBuilder items = new StringBuilder();
    for (int i = entries.get(); i >= 1; i--) {
      items.append("<item><guid>urn:item:").append(i).append("</guid><link>http://127.0.0.1:").append(port)
          .append("/a/").append(i).append("</link><title>").append(i).append("</title></item>");
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>نشرة</title>"
        + "<link>http://127.0.0.1/</link><description>d</description>" + items + "</channel></rss>";
  }

  private static String page(int i) {
    return "<html><head><title>خبر " + i + "</title><meta property=\"og:site_name\" content=\"وكالة الاختبار\">"
        + "<meta property=\"article:published_time\" content=\"2024-02-0" + (i % 9 + 1) + "\"></head><body><article>"
        + "<p>أفاد مراسلنا في الخبر رقم " + i + " أن قوات النظام فرضت حصارا على بلدة جاسم في ريف درعا ومنعت دخول الطحين.</p>"
        + "<p>وقال ناشطون إن الحواجز أغلقت الطرق المؤدية إلى البلدة في اليوم " + i + " من الشهر.</p></article></body></html>";
  }

  @Test
  void aKilledWatchRestartsWithoutLosingOrRepeatingAnItem() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(4));
    int port = server.getAddress().getPort();
    server.createContext("/feed.xml", x -> LocalHttp.send(x, "application/rss+xml", feed(port)));
    server.createContext("/a/", x -> {
      try {
        Thread.sleep(250); // a slow site: the kill lands in the middle of a round
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      String p = x.getRequestURI().getPath();
      LocalHttp.send(x, "text/html; charset=utf-8", page(Integer.parseInt(p.substring(p.lastIndexOf('/') + 1))));
    });
    server.start();
    try {
      String data = tmp.resolve("data").toString();
      String feedUrl = "http://127.0.0.1:" + port + "/feed.xml";
      assertThat(Main.run("sources", "add", feedUrl, "--data", data)).isZero();

      Process child = start(data, "--every", "1s");
      int added = 0;
      try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = out.readLine()) != null) {
          if (line.startsWith("added ") && ++added == 3) {
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no close()
            break;
          }
        }
      }
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(child.exitValue()).as("killed, see %s", tmp.resolve("child.err")).isEqualTo(137);
      assertThat(added).isEqualTo(3);

      entries.set(9); // three entries appear while the watcher is down
      Process again = start(data, "--once");
      List<String> lines = new ArrayList<>();
      try (BufferedReader out = new BufferedReader(new InputStreamReader(again.getInputStream(), StandardCharsets.UTF_8))) {
        out.lines().forEach(lines::add);
      }
      assertThat(again.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(again.exitValue()).as("%s / %s", lines, tmp.resolve("child.err")).isZero();

      try (Store s = Store.open(StoreConfig.of(Path.of(data)))) {
        List<String> urls = s.jdbi().withHandle(h -> h.createQuery("SELECT url FROM reports ORDER BY url").mapTo(String.class).list());
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
          expected.add("http://127.0.0.1:" + port + "/a/" + i);
        }
        assertThat(urls).as("each entry once: restart output %s", lines).containsExactlyInAnyOrderElementsOf(expected);
        long taken = s.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM source_items WHERE report_id IS NOT NULL")
            .mapTo(Long.class).one());
        assertThat(taken).isEqualTo(9);
      }
    } finally {
      server.stop(0);
    }
  }

  private Process start(String data, String... extra) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "-Dfile.encoding=UTF-8", "-Xmx512m",
        Main.class.getName(), "watch", "--data", data, "--allow-private-addresses", "--host-interval", "0ms"));
    cmd.addAll(List.of(extra));
    Path err = tmp.resolve("child.err");
    Files.deleteIfExists(err);
    return new ProcessBuilder(cmd).redirectError(err.toFile()).start();
  }
}
