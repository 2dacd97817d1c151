package org.marsad.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.BadInputException;
import org.marsad.ingest.Origin;

class WebOriginTest {
  static final FetchPolicy TEST = FetchPolicy.defaults().allowingPrivate().withMinHostInterval(Duration.ZERO);

  static final class Collect implements Origin.Items {
    final List<Origin.Item> items = new ArrayList<>();
    final List<String> rejects = new ArrayList<>();
    final Set<String> seen = new HashSet<>();

    @Override
    public boolean seen(String key) {
      return seen.contains(key);
    }

    @Override
    public void accept(Origin.Item item) {
      items.add(item);
      seen.add(item.key());
    }

    @Override
    public void reject(String key, BadInputException why) {
      rejects.add(why.getMessage());
    }

    String text(int i) {
      return new String(items.get(i).source().bytes(), StandardCharsets.UTF_8);
    }
  }

  private static Origin.Cursor read(TestServer s, String path, Origin.Cursor since, Collect c) {
    SafeFetcher f = new SafeFetcher(TEST);
    return new WebOrigin(s.url(path), f, new Robots(f)).read(since, c);
  }

  @Test
  void anArticlePageGivesItsBodyWithoutMenuRelatedLinksOrCommentsAndItsJsonLdDate() throws IOException {
    try (TestServer s = new TestServer()) {
      s.page("/news/1", "text/html; charset=utf-8", Pages.article("حصار جاسم", "2020-03-12T10:00:00+03:00", Pages.BODY_1, Pages.BODY_2, Pages.BODY_3));
      Collect c = new Collect();
      read(s, "/news/1", null, c);
      assertThat(c.items).hasSize(1);
      String text = c.text(0);
      assertThat(text).contains(Pages.BODY_1).contains(Pages.BODY_2).contains(Pages.BODY_3).startsWith("حصار جاسم\n")
          .doesNotContain(Pages.MENU).doesNotContain(Pages.RELATED).doesNotContain(Pages.COMMENT).doesNotContain("جميع الحقوق");
      var src = c.items.get(0).source();
      assertThat(src.published()).isEqualTo(LocalDate.of(2020, 3, 12));
      assertThat(src.outlet()).isEqualTo("وكالة الخبر");
      assertThat(src.title()).isEqualTo("حصار جاسم");
      assertThat(src.url()).isEqualTo(s.url("/news/1"));
      assertThat(c.items.get(0).author()).isEqualTo("مراسل الوكالة");
    }
  }

  @Test
  void rssAndAtomEntriesAreFetchedAsPagesRespectingRobotsAndConditionalGet() throws IOException {
    try (TestServer s = new TestServer()) {
      s.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
      s.page("/a/1", "text/html", Pages.article("جاسم أولا", "2020-03-10", Pages.BODY_1));
      s.page("/a/2", "text/html", Pages.article("جاسم ثانيا", "2020-03-11", Pages.BODY_2));
      s.page("/private/3", "text/html", Pages.article("ممنوع", "2020-03-11", Pages.BODY_3));
      String rss = Pages.rss("نشرة الخبر",
          Pages.rssItem("g2", s.url("/a/2"), "2", "Wed, 11 Mar 2020 10:00:00 GMT"),
          Pages.rssItem("g3", s.url("/private/3"), "3", "Wed, 11 Mar 2020 11:00:00 GMT"),
          Pages.rssItem("g1", "/a/1", "1", "Tue, 10 Mar 2020 10:00:00 GMT"));
      int[] full = {0};
      s.on("/feed.xml", x -> {
        if ("\"r1\"".equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
          x.sendResponseHeaders(304, -1);
          return;
        }
        full[0]++;
        x.getResponseHeaders().add("ETag", "\"r1\"");
        TestServer.send(x, 200, "application/rss+xml", rss.getBytes(StandardCharsets.UTF_8));
      });
      Collect c = new Collect();
      Origin.Cursor next = read(s, "/feed.xml", Origin.Cursor.NONE, c);
      assertThat(c.items).extracting(Origin.Item::key).containsExactly("g1", "g2");
      assertThat(c.text(0)).contains(Pages.BODY_1);
      assertThat(c.items.get(0).source().published()).isEqualTo(LocalDate.of(2020, 3, 10));
      assertThat(c.rejects).singleElement().asString().contains("disallowed by").contains("robots.txt");
      assertThat(next.etag()).isEqualTo("\"r1\"");
      int hits = s.hits();
      Collect again = new Collect();
      assertThat(read(s, "/feed.xml", next, again)).isEqualTo(next);
      assertThat(again.items).isEmpty();
      assertThat(s.hits() - hits).as("robots.txt and one 304").isEqualTo(2);
      assertThat(full[0]).isEqualTo(1);

      s.page("/atom.xml", "application/atom+xml", Pages.atom("أطلس", "urn:e1", s.url("/a/2"), "2020-03-11T10:00:00Z"));
      Collect atom = new Collect();
      read(s, "/atom.xml", null, atom);
      assertThat(atom.items).extracting(Origin.Item::key).containsExactly("urn:e1");
      assertThat(atom.text(0)).contains(Pages.BODY_2);
    }
  }

  @Test
  void theSameReportInEveryEncodingReadsTheSameFromHeaderMetaOrDetection() throws IOException {
    String body = Pages.BODY_1 + "\n" + Pages.BODY_2;
    try (TestServer s = new TestServer()) {
      s.page("/utf8", "text/plain; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
      s.page("/cp1256", "text/plain; charset=windows-1256", body.getBytes(Charset.forName("windows-1256")));
      s.page("/iso", "text/plain", body.getBytes(Charset.forName("ISO-8859-6")));
      byte[] le = body.getBytes(StandardCharsets.UTF_16LE);
      byte[] bom = new byte[le.length + 2];
      bom[0] = (byte) 0xFF;
      bom[1] = (byte) 0xFE;
      System.arraycopy(le, 0, bom, 2, le.length);
      s.page("/utf16", "text/plain", bom);
      String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-6\"></head><body><p>"
          + Pages.BODY_1 + "</p><p>" + Pages.BODY_2 + "</p></body></html>";
      s.page("/meta", "text/html", html.getBytes(Charset.forName("ISO-8859-6")));
      for (String path : List.of("/utf8", "/cp1256", "/iso", "/utf16", "/meta")) {
        Collect c = new Collect();
        read(s, path, null, c);
        assertThat(c.text(0)).as(path).isEqualTo(body);
      }
    }
  }

  @Test
  void aCrawlDelaySpacesRequestsToTheHost() throws IOException {
    try (TestServer s = new TestServer()) {
      s.page("/robots.txt", "text/plain", "User-agent: *\nCrawl-delay: 1\n");
      s.page("/a/1", "text/html", Pages.article("جاسم أولا", "2020-03-10", Pages.BODY_1));
      s.page("/a/2", "text/html", Pages.article("جاسم ثانيا", "2020-03-11", Pages.BODY_2));
      s.page("/feed.xml", "application/rss+xml", Pages.rss("نشرة",
          Pages.rssItem("g2", s.url("/a/2"), "2", "Wed, 11 Mar 2020 10:00:00 GMT"),
          Pages.rssItem("g1", s.url("/a/1"), "1", "Tue, 10 Mar 2020 10:00:00 GMT")));
      long t0 = System.nanoTime();
      Collect c = new Collect();
      read(s, "/feed.xml", null, c);
      assertThat(c.items).hasSize(2);
      // robots.txt, then the feed, then two pages: three spaced requests after the first
      assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(1900));
    }
  }

  @Test
  void aFeedWithADoctypeIsRefusedSoNoEntityIsExpanded() throws IOException {
    String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
        + "<rss version=\"2.0\"><channel><title>&x;</title><link>http://a/</link><description>d</description></channel></rss>";
    try (TestServer s = new TestServer()) {
      s.page("/xxe.xml", "application/rss+xml", xxe);
      assertThatThrownBy(() -> read(s, "/xxe.xml", null, new Collect()))
          .isInstanceOf(BadInputException.class).hasMessageContaining("not a readable feed").hasMessageNotContaining("root:");
    }
  }
}
