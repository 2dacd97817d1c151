package org.marsad.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A real HTTP server on 127.0.0.1 serving what a test puts in it. */
public final class TestServer implements AutoCloseable {
  /** Answers one request. */
  @FunctionalInterface
  public interface Handler {
    void handle(HttpExchange x) throws IOException;
  }

  private final HttpServer server;
  private final Map<String, Handler> routes = new ConcurrentHashMap<>();
  private final AtomicInteger hits = new AtomicInteger();

  public TestServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "test-http");
      t.setDaemon(true);
      return t;
    }));
    server.createContext("/", x -> {
      hits.incrementAndGet();
      Handler h = routes.get(x.getRequestURI().getPath());
      try {
        if (h == null) {
          send(x, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
        } else {
          h.handle(x);
        }
      } catch (IOException e) {
        // the client went away (a test cut it off on purpose)
      } finally {
        x.close();
      }
    });
    server.start();
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  public int hits() {
    return hits.get();
  }

  public TestServer on(String path, Handler h) {
    routes.put(path, h);
    return this;
  }

  public TestServer page(String path, String contentType, byte[] body) {
    return on(path, x -> send(x, 200, contentType, body));
  }

  public TestServer page(String path, String contentType, String body) {
    return page(path, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  public TestServer redirect(String path, String location) {
    return on(path, x -> {
      x.getResponseHeaders().add("Location", location);
      x.sendResponseHeaders(302, -1);
    });
  }

  public static void send(HttpExchange x, int status, String contentType, byte[] body) throws IOException {
    if (contentType != null) {
      x.getResponseHeaders().add("Content-Type", contentType);
    }
    x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream o = x.getResponseBody()) {
      o.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
