package org.marsad.server;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.marsad.Pipeline;
import org.marsad.geocode.Gazetteer;
import org.marsad.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: the JSON API under /api/v1, Swagger UI at /api/v1/docs, and the dashboard's
 * static files from the classpath folder marsad/web/ at / when a web module provides them.
 */
public final class MarsadServer implements AutoCloseable {
  public static final String API = "/api/v1";
  public static final String VERSION = "0.1.0";
  public static final String SWAGGER_UI = "5.34.1";
  private static final Logger LOG = LoggerFactory.getLogger(MarsadServer.class);

  private final Record record;
  private final Tokens tokens;
  private final Alerts alerts;
  private final Javalin app;
  private final List<String> routes = Collections.synchronizedList(new ArrayList<>());

  private MarsadServer(Store store, Pipeline pipeline, Gazetteer gazetteer, ServerConfig config) {
    this.tokens = new Tokens(store.jdbi());
    Subscriptions subscriptions = new Subscriptions(store.jdbi());
    this.alerts = new Alerts(store.jdbi(),
        new Webhooks(store.jdbi(), subscriptions, config.webhookAttempts(), config.webhookFirstDelay()));
    this.record = new Record(store, pipeline, gazetteer, alerts);
    Auth auth = new Auth(tokens, config.readToken());
    Api api = new Api(record, auth, subscriptions, config);
    this.app = Javalin.create(c -> configure(c, config, api));
  }

  /** Starts a server on the store (which the caller keeps and closes after {@link #close}). */
  public static MarsadServer start(Store store, Pipeline pipeline, Gazetteer gazetteer, ServerConfig config) {
    MarsadServer s = new MarsadServer(store, pipeline, gazetteer, config);
    s.app.start(config.bind(), config.port());
    return s;
  }

  private void configure(JavalinConfig c, ServerConfig config, Api api) {
    c.startup.showJavalinBanner = false;
    c.http.maxRequestSize = config.bodyLimit();
    c.events.handlerAdded(h -> {
      String method = h.getHttpMethod().name();
      if (!method.startsWith("BEFORE") && !method.startsWith("AFTER")) { // filters are not routes
        routes.add(method + " " + h.getPath());
      }
    });
    c.staticFiles.enableWebjars();
    if (MarsadServer.class.getClassLoader().getResource("marsad/web") != null) {
      c.staticFiles.add(sf -> {
        sf.hostedPath = "/";
        sf.directory = "/marsad/web";
        sf.location = Location.CLASSPATH;
      });
    }
    c.routes.before(ctx -> {
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("Referrer-Policy", "no-referrer");
      ctx.header("X-Frame-Options", "DENY");
      if (ctx.path().startsWith(API) && !ctx.path().equals(API + "/docs")) {
        ctx.header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
      }
      String len = ctx.header("Content-Length");
      if (len != null && len.chars().allMatch(Character::isDigit) && !len.isEmpty()
          && Long.parseLong(len) > config.bodyLimit()) {
        throw new ApiException(413, "body too large",
            "the body has " + len + " bytes; this server accepts at most " + config.bodyLimit());
      }
    });
    c.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.error(), e.getMessage()));
    c.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(),
        e.getStatus() == 413 ? "body too large" : e.getStatus() == 404 ? "not found" : "error", e.getMessage()));
    c.routes.exception(Exception.class, (e, ctx) -> {
      LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
      error(ctx, 500, "internal error", "the server failed on this request; see its log");
    });
    c.routes.error(404, ctx -> {
      if (ctx.result() == null || ctx.result().isEmpty()) {
        error(ctx, 404, "not found", "no resource at " + ctx.path());
      }
    });
    c.routes.error(405, ctx -> error(ctx, 405, "method not allowed", ctx.method().name() + " is not served at " + ctx.path()));
    c.routes.get(API + "/health", ctx -> ctx.json(java.util.Map.of("status", "ok")));
    c.routes.get(API + "/version", ctx -> ctx.json(java.util.Map.of("name", "marsad", "version", VERSION, "api", "v1")));
    c.routes.get(API + "/openapi.json", ctx -> ctx.contentType("application/json").result(resource("marsad/server/openapi.json")));
    c.routes.get(API + "/docs", ctx -> ctx.contentType("text/html; charset=utf-8").result(resource("marsad/server/docs.html")
        .replace("{{SWAGGER_UI}}", SWAGGER_UI)));
    api.register(c.routes);
    c.routes.before(API + "/alerts/stream", ctx -> {
      String accept = ctx.header("Accept");
      if (accept == null || !accept.contains("text/event-stream")) {
        throw new ApiException(406, "not acceptable", "the alert stream is Server-Sent Events: send Accept: text/event-stream");
      }
    });
    c.routes.sse(API + "/alerts/stream", client -> {
      client.keepAlive();
      Subscriptions.Filter f;
      try {
        f = Api.subscriptionFilter(client.ctx());
      } catch (ApiException e) {
        client.sendEvent("error", Json.write(java.util.Map.of("error", e.error(), "detail", e.getMessage())));
        client.close();
        return;
      }
      alerts.listen(client, f);
      client.sendComment("connected");
    });
  }

  static void error(Context ctx, int status, String error, String detail) {
    java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("error", error);
    body.put("detail", detail);
    ctx.status(status).json(body);
  }

  static String resource(String name) {
    try (InputStream in = MarsadServer.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
  }

  public int port() {
    return app.port();
  }

  public Record record() {
    return record;
  }

  public Tokens tokens() {
    return tokens;
  }

  /** Every route the server registered, as "METHOD /path" (for the OpenAPI check). */
  public List<String> routes() {
    synchronized (routes) {
      return List.copyOf(routes);
    }
  }

  @Override
  public void close() {
    app.stop();
    record.close();
    alerts.close();
  }
}
