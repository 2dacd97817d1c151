package org.marsad.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeFetcherTest {
  private static final FetchPolicy TEST = FetchPolicy.defaults().allowingPrivate().withMinHostInterval(Duration.ZERO);

  @ParameterizedTest
  @ValueSource(strings = {"http://10.0.0.1/x", "http://169.254.169.254/latest/meta-data/", "http://[::1]/x",
      "http://192.168.1.1/", "http://0.0.0.0/", "http://224.0.0.1/", "http://[fd00::1]/",
      "http://wire.test/x", "http://meta.test/", "http://six.test/"})
  void theDefaultConfigurationRefusesNonPublicAddressesBeforeAnyRequest(String url) throws Exception {
    // Names resolved by a fixed table: no test traffic leaves 127.0.0.1, and no DNS is asked.
    Map<String, String> dns = Map.of("wire.test", "10.0.0.1", "meta.test", "169.254.169.254", "six.test", "::1");
    FetchPolicy p = FetchPolicy.defaults().withResolver(h -> {
      String ip = dns.getOrDefault(h, h);
      return new InetAddress[] {InetAddress.getByName(ip)};
    });
    SafeFetcher f = new SafeFetcher(p);
    assertThatThrownBy(() -> f.get(url)).isInstanceOf(FetchRefused.class)
        .hasMessageContaining("refused").hasMessageNotContaining("\n");
    assertThat(f.requestsSent()).isZero();
  }

  @Test
  void loopbackIsRefusedByDefaultAndNoSocketIsOpened() throws Exception {
    try (ServerSocket listener = new ServerSocket()) {
      listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      listener.setSoTimeout(300);
      SafeFetcher f = new SafeFetcher(FetchPolicy.defaults());
      for (String host : new String[] {"127.0.0.1", "localhost"}) {
        assertThatThrownBy(() -> f.get("http://" + host + ":" + listener.getLocalPort() + "/"))
            .isInstanceOf(FetchRefused.class).hasMessageContaining("loopback");
      }
      assertThat(f.requestsSent()).isZero();
      assertThatThrownBy(listener::accept).as("no connection reached the listener").isInstanceOf(SocketTimeoutException.class);
    }
  }

  @Test
  void onlyHttpAndHttps() {
    SafeFetcher f = new SafeFetcher(TEST);
    for (String u : new String[] {"file:///etc/passwd", "ftp://127.0.0.1/x", "gopher://127.0.0.1/", "jar:file:/x!/y"}) {
      assertThatThrownBy(() -> f.get(u)).isInstanceOf(FetchRefused.class).hasMessageContaining("only http and https");
    }
    assertThat(f.requestsSent()).isZero();
  }

  @Test
  void followsUpToFiveRedirectsCheckingEachHop() throws IOException {
    try (TestServer s = new TestServer()) {
      s.page("/end", "text/plain", "arrived");
      for (int i = 0; i < 5; i++) {
        s.redirect("/r" + i, i == 4 ? "/end" : "/r" + (i + 1));
      }
      s.redirect("/loop", "/loop");
      s.redirect("/six", "/r0");
      SafeFetcher f = new SafeFetcher(TEST);
      Fetched ok = f.get(s.url("/r0"));
      assertThat(new String(ok.body(), StandardCharsets.UTF_8)).isEqualTo("arrived");
      assertThat(ok.uri().getPath()).isEqualTo("/end");
      assertThatThrownBy(() -> f.get(s.url("/six"))).hasMessageContaining("more than 5 redirects");
      assertThatThrownBy(() -> f.get(s.url("/loop"))).hasMessageContaining("more than 5 redirects");
    }
  }

  @Test
  void aRedirectToPrivateAddressIsRefusedAtThatHop() throws IOException {
    try (TestServer s = new TestServer()) {
      s.redirect("/to-meta", "http://169.254.169.254/latest/meta-data/");
      // The test server stands for a public host (its name resolves to a public address in this
      // table, as a real outlet's would); its redirect into the private network is refused.
      FetchPolicy loopbackOnly = FetchPolicy.defaults().withMinHostInterval(Duration.ZERO).withResolver(h ->
          h.equals("127.0.0.1") ? new InetAddress[] {InetAddress.getByName("8.8.8.8")} : InetAddress.getAllByName(h));
      SafeFetcher g = new SafeFetcher(loopbackOnly);
      assertThatThrownBy(() -> g.get(s.url("/to-meta"))).isInstanceOf(FetchRefused.class)
          .hasMessageContaining("169.254.169.254").hasMessageContaining("link-local");
      assertThat(g.requestsSent()).as("the first hop only").isEqualTo(1);
    }
  }

  @Test
  void aBodyOverTheCapIsRefusedNotTruncated() throws IOException {
    try (TestServer s = new TestServer()) {
      s.page("/big", "text/plain", new byte[5000]);
      s.on("/chunked", x -> {
        x.sendResponseHeaders(200, 0);
        try (OutputStream o = x.getResponseBody()) {
          for (int i = 0; i < 100; i++) {
            o.write(new byte[1000]);
          }
        }
      });
      SafeFetcher f = new SafeFetcher(TEST.withMaxBytes(4096));
      assertThatThrownBy(() -> f.get(s.url("/big"))).hasMessageContaining("over the limit of 4096 bytes");
      assertThatThrownBy(() -> f.get(s.url("/chunked"))).hasMessageContaining("over the limit of 4096 bytes");
    }
  }

  @Test
  void aDrippingServerIsCutOffAtTheDeadline() throws IOException {
    try (TestServer s = new TestServer()) {
      s.on("/drip", x -> {
        x.sendResponseHeaders(200, 0);
        OutputStream o = x.getResponseBody();
        for (int i = 0; i < 60; i++) {
          o.write('a');
          o.flush();
          try {
            Thread.sleep(1000);
          } catch (InterruptedException e) {
            return;
          }
        }
      });
      SafeFetcher f = new SafeFetcher(TEST.withTimeout(Duration.ofMillis(1500)));
      long t0 = System.nanoTime();
      assertThatThrownBy(() -> f.get(s.url("/drip"))).hasMessageContaining("no complete response within 1.5 s");
      assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(4));
    }
  }

  @Test
  void conditionalGetGivesNotModified() throws IOException {
    try (TestServer s = new TestServer()) {
      s.on("/feed", x -> {
        if ("\"v1\"".equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
          x.sendResponseHeaders(304, -1);
          return;
        }
        x.getResponseHeaders().add("ETag", "\"v1\"");
        TestServer.send(x, 200, "application/rss+xml", "<rss/>".getBytes(StandardCharsets.UTF_8));
      });
      SafeFetcher f = new SafeFetcher(TEST);
      Fetched first = f.get(s.url("/feed"));
      assertThat(first.etag()).isEqualTo("\"v1\"");
      assertThat(f.get(s.url("/feed"), first.etag(), null).notModified()).isTrue();
      assertThatThrownBy(() -> f.get(s.url("/missing"))).hasMessageContaining("HTTP 404");
    }
  }
}
