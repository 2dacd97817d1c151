package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SourcesCommandsTest {
  @TempDir Path tmp;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  static final String STORY = "فرضت قوات النظام السوري، منذ صباح اليوم، حصاراً خانقاً على بلدة جاسم في ريف درعا الشمالي، ومنعت إدخال المواد الغذائية والأدوية إلى البلدة.\n"
      + "وقال ناشطون من أبناء البلدة إن الحواجز العسكرية أغلقت الطرق المؤدية إلى جاسم ومنعت الأهالي من الخروج منها.\n"
      + "وأضاف الناشطون أن الأفران توقفت عن العمل بسبب نفاد الطحين، وأن المرضى لا يستطيعون الوصول إلى المشافي في مدينة درعا.";

  @Test
  void ingestsAPageUrlOnlyWhenPrivateAddressesAreAllowedAndShowsTheCopiesOfAStory() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    byte[] page = ("<html><head><title>جاسم</title><meta property=\"og:site_name\" content=\"وكالة الخبر\">"
        + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2020-03-12T08:00:00Z\"}</script>"
        + "</head><body><article><p>" + STORY.replace("\n", "</p><p>") + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8);
    server.createContext("/news/1", x -> {
      x.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
      x.sendResponseHeaders(200, page.length);
      try (OutputStream o = x.getResponseBody()) {
        o.write(page);
      }
    });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/news/1";
      String data = tmp.resolve("data").toString();
      Run refused = run("ingest", url, "--data", data);
      // Nothing accepted is a failure (issue 12): the refusal is recorded and named.
      assertThat(refused.code()).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(refused.out()).contains("0 new").contains("1 rejected").contains("loopback address");
      assertThat(refused.err()).contains("nothing was accepted");

      Path copy = tmp.resolve("copy.jsonl");
      Files.write(copy, List.of(new ObjectMapper().writeValueAsString(Map.of("content", "خبر عاجل من الجنوب\n" + STORY,
          "outlet", "صحيفة الوادي", "published", "2020-03-12"))), StandardCharsets.UTF_8);
      Run ok = run("ingest", url, copy.toString(), "--data", data, "--allow-private-addresses");
      assertThat(ok.code()).as(ok.err()).isZero();
      assertThat(ok.out()).contains("reports: 2 new").contains("(1 syndicated copies)");

      Run dups = run("duplicates", "--data", data);
      assertThat(dups.out()).contains("2 copies, counted as one source").contains("وكالة الخبر").contains("صحيفة الوادي")
          .contains(url).contains("2020-03-12");

      assertThat(run("sources", "add", url, "--data", data).out()).contains("following " + url);
      assertThat(run("sources", "add", url, "--data", data).out()).contains("already followed");
      assertThat(run("sources", "list", "--data", data).out()).contains(url).contains("last read never");
      assertThat(run("sources", "remove", url, "--data", data).out()).contains("no longer following");
      assertThat(run("sources", "list", "--data", data).out()).contains("no sources followed");
      assertThat(run("sources", "add", tmp.resolve("nope").toString(), "--data", data).code()).isEqualTo(2);
    } finally {
      server.stop(0);
    }
  }
}
