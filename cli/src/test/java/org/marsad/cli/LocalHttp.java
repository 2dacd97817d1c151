package org.marsad.cli;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Answers of the tests' feed servers on 127.0.0.1. */
final class LocalHttp {
  private LocalHttp() {}

  /** Sends {@code body} as UTF-8 with status 200 and the given content type. */
  static void send(HttpExchange x, String type, String body) throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().add("Content-Type", type);
    x.sendResponseHeaders(200, b.length);
    try (OutputStream o = x.getResponseBody()) {
      o.write(b);
    }
  }
}
