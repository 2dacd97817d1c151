package org.marsad.fetch;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * GETs http(s) URLs under a {@link FetchPolicy}: every URL, the first and each redirect target,
 * is checked before any connection (scheme, then each address its host resolves to); redirects
 * are followed by hand so that each hop is checked; the body is refused once over the cap, and
 * the whole exchange has one deadline, so a server dripping a byte a second is cut off.
 *
 * <p>Known gap: the HTTP client resolves the host again when it connects, so a DNS server that
 * answers differently within that instant (rebinding) is not caught. Pinning the address would
 * need a Host header the JDK client refuses to send.
 */
public final class SafeFetcher {
  private final FetchPolicy policy;
  private final HttpClient client;
  private final HostPacer pacer;
  private final AtomicLong requests = new AtomicLong();

  public SafeFetcher(FetchPolicy policy) {
    this.policy = policy;
    this.client = HttpClient.newBuilder()
        .connectTimeout(policy.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
    this.pacer = new HostPacer(policy.minHostInterval());
  }

  public FetchPolicy policy() {
    return policy;
  }

  /** Spaces requests to {@code host} at least {@code interval} apart (a robots.txt Crawl-delay, at most a minute). */
  void slowDown(String host, java.time.Duration interval) {
    java.time.Duration max = java.time.Duration.ofMinutes(1);
    pacer.atLeast(host, interval.compareTo(max) > 0 ? max : interval);
  }

  /** Requests sent so far (a refused URL sends none): lets tests prove nothing was attempted. */
  public long requestsSent() {
    return requests.get();
  }

  /** GETs {@code url}; a 2xx response is returned, anything else refused with a one-line reason. */
  public Fetched get(String url) {
    return get(url, null, null);
  }

  /**
   * A conditional GET: with an ETag or Last-Modified from the previous fetch, an unchanged
   * resource comes back as a 304 {@link Fetched#notModified()} with an empty body.
   */
  public Fetched get(String url, String etag, String lastModified) {
    URI uri = parse(url);
    for (int hop = 0; ; hop++) {
      check(uri);
      HttpRequest.Builder rb = HttpRequest.newBuilder(uri).GET()
          .timeout(policy.timeout())
          .header("User-Agent", policy.userAgent())
          .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.8");
      if (etag != null) {
        rb.header("If-None-Match", etag);
      }
      if (lastModified != null) {
        rb.header("If-Modified-Since", lastModified);
      }
      HttpResponse<byte[]> r = send(uri, rb.build());
      int status = r.statusCode();
      if (status >= 300 && status < 400 && status != 304) {
        String loc = r.headers().firstValue("Location").orElse(null);
        if (loc == null) {
          throw new FetchRefused(url + ": redirect " + status + " without a Location");
        }
        if (hop >= policy.maxRedirects()) {
          throw new FetchRefused(url + ": more than " + policy.maxRedirects() + " redirects (last to " + loc + ")");
        }
        try {
          uri = uri.resolve(loc.strip());
        } catch (IllegalArgumentException e) {
          throw new FetchRefused(url + ": unreadable redirect target \"" + oneLine(loc) + "\"");
        }
        continue;
      }
      if (status != 304 && (status < 200 || status >= 300)) {
        throw new HttpStatusRefused(url + ": HTTP " + status + (uri.toString().equals(url) ? "" : " from " + uri), status);
      }
      return new Fetched(uri, status, r.body(),
          r.headers().firstValue("Content-Type").orElse(null),
          r.headers().firstValue("ETag").orElse(null),
          r.headers().firstValue("Last-Modified").orElse(null));
    }
  }

  private static URI parse(String url) {
    try {
      URI u = new URI(url.strip());
      if (u.getScheme() == null) {
        throw new FetchRefused(url + ": not an absolute URL");
      }
      return u;
    } catch (java.net.URISyntaxException e) {
      throw new FetchRefused(oneLine(url) + ": not a URL (" + e.getReason() + ")");
    }
  }

  /** Refuses a URL whose scheme is not http(s) or whose host resolves to a forbidden address. */
  void check(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new FetchRefused(uri + ": only http and https URLs are fetched, not " + (scheme.isEmpty() ? "a relative URL" : scheme));
    }
    String host = uri.getHost();
    if (host == null || host.isEmpty()) {
      throw new FetchRefused(uri + ": no host");
    }
    if (policy.allowPrivate()) {
      return;
    }
    String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    InetAddress[] addresses;
    try {
      addresses = policy.resolver().resolve(bare);
    } catch (UnknownHostException e) {
      throw new FetchRefused(uri + ": unknown host " + host);
    }
    if (addresses == null || addresses.length == 0) {
      throw new FetchRefused(uri + ": unknown host " + host);
    }
    for (InetAddress a : addresses) {
      String why = Addresses.nonPublic(a);
      if (why != null) {
        throw new FetchRefused(uri + ": refused, " + host + " is a " + why + " address (" + a.getHostAddress()
            + "); allow private addresses in the configuration to fetch it");
      }
    }
  }

  private HttpResponse<byte[]> send(URI uri, HttpRequest req) {
    pacer.await(uri.getHost());
    requests.incrementAndGet();
    CappedBody body = new CappedBody(policy.maxBytes());
    CompletableFuture<HttpResponse<byte[]>> f = client.sendAsync(req, info -> {
      long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
      if (declared > policy.maxBytes()) {
        body.refuse("declares " + declared + " bytes");
      }
      return body;
    });
    long ms = policy.timeout().toMillis();
    try {
      return f.get(ms, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      body.refuse("timed out");
      f.cancel(true);
      throw new FetchRefused(uri + ": no complete response within " + ms / 1000.0 + " s");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      f.cancel(true);
      throw new FetchRefused(uri + ": interrupted");
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof BodyTooLarge) {
        throw new FetchRefused(uri + ": body over the limit of " + policy.maxBytes() + " bytes (" + c.getMessage() + ")");
      }
      String msg = c == null ? e.toString() : c.getClass().getSimpleName() + (c.getMessage() == null ? "" : ": " + c.getMessage());
      throw new FetchRefused(uri + ": cannot fetch (" + oneLine(msg) + ")", c);
    }
  }

  static String oneLine(String s) {
    String t = s.replaceAll("[\\r\\n\\t]+", " ");
    return t.length() > 300 ? t.substring(0, 300) + "..." : t;
  }

  private static final class BodyTooLarge extends RuntimeException {
    BodyTooLarge(String m) {
      super(m, null, false, false);
    }
  }

  /** Collects a body up to a cap; over it, cancels the stream and fails instead of truncating. */
  private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
    private final long cap;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private volatile Flow.Subscription subscription;
    private volatile String refused;

    CappedBody(long cap) {
      this.cap = cap;
    }

    void refuse(String why) {
      refused = why;
      Flow.Subscription s = subscription;
      if (s != null) {
        s.cancel();
      }
      result.completeExceptionally(new BodyTooLarge(why));
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      if (refused != null) {
        s.cancel();
        return;
      }
      s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      if (refused != null) {
        return;
      }
      for (ByteBuffer b : items) {
        if (out.size() + (long) b.remaining() > cap) {
          refuse("more than " + cap + " bytes sent");
          return;
        }
        byte[] chunk = new byte[b.remaining()];
        b.get(chunk);
        out.write(chunk, 0, chunk.length);
      }
      subscription.request(1);
    }

    @Override
    public void onError(Throwable t) {
      result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      result.complete(out.toByteArray());
    }
  }
}
