package org.marsad.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.server.Fixture.expectJson;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes: ingest through the API, auth (401/403), validation (400 naming the field), 413, 415. */
class WriteApiTest {
  @TempDir Path dir;

  static final String REPORT = "{\"content\": \"شددت قوات النظام السوري اليوم الثلاثاء حصارها على بلدة كناكر\","
      + " \"published\": \"2020-09-29\", \"outlet\": \"test\", \"title\": \"t\"}";

  @Test
  void ingestNeedsAnIngestToken() {
    try (Fixture f = new Fixture(dir)) {
      Fixture.Res none = f.post("/api/v1/reports", "application/json", REPORT, null);
      expectJson(none, 401);
      assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
      expectJson(f.post("/api/v1/reports", "application/json", REPORT, "mrs_not-a-token"), 401);
      expectJson(f.post("/api/v1/reports", "application/json", REPORT, f.reviewer), 403);
      JsonNode added = expectJson(f.post("/api/v1/reports", "application/json", REPORT, f.ingest), 201);
      assertThat(added.get("added").asInt()).isEqualTo(1);
      assertThat(added.get("reports").get(0).get("events").asInt()).isGreaterThan(0);
      // the same bytes again: the CLI's idempotent path says "known"
      JsonNode again = expectJson(f.post("/api/v1/reports", "application/json", REPORT, f.admin), 200);
      assertThat(again.get("known").asInt()).isEqualTo(1);
      assertThat(expectJson(f.get("/api/v1/reports"), 200).get("total").asInt()).isEqualTo(1);
      // review needs a reviewer; an ingest token is the wrong role
      String key = expectJson(f.get("/api/v1/events"), 200).get("items").get(0).get("key").asText();
      expectJson(f.post("/api/v1/events/" + key + "/review", "application/json", "{\"state\": \"verified\"}", null), 401);
      expectJson(f.post("/api/v1/events/" + key + "/review", "application/json", "{\"state\": \"verified\"}", f.ingest), 403);
      expectJson(f.post("/api/v1/events/" + key + "/review", "application/json", "{\"state\": \"verified\"}", f.reviewer), 200);
      // subscriptions are admin's
      expectJson(f.get("/api/v1/subscriptions", f.reviewer), 403);
      expectJson(f.get("/api/v1/subscriptions", f.admin), 200);
      // a revoked token stops working
      assertThat(f.server.tokens().revoke("ingest-test")).isTrue();
      expectJson(f.post("/api/v1/reports", "application/json", REPORT, f.ingest), 401);
    }
  }

  @Test
  void jsonLinesBatchAndPlainText() {
    try (Fixture f = new Fixture(dir)) {
      String batch = "{\"content\": \"حاصرت قوات النظام بلدة كناكر\", \"published\": \"2020-09-25\"}\n\n"
          + "{\"content\": \"Government forces besieged Daraa al-Balad on Tuesday.\", \"published\": \"2021-07-27\"}\n";
      JsonNode r = expectJson(f.post("/api/v1/reports", "application/x-ndjson", batch, f.ingest), 201);
      assertThat(r.get("added").asInt()).isEqualTo(2);
      JsonNode t = expectJson(f.post("/api/v1/reports?published=2020-09-29&outlet=x", "text/plain; charset=utf-8",
          "قصفت قوات النظام بلدة كناكر اليوم", f.ingest), 201);
      String id = t.get("reports").get(0).get("id").asText();
      assertThat(expectJson(f.get("/api/v1/reports/" + id), 200).get("report").get("published").asText()).isEqualTo("2020-09-29");
    }
  }

  @Test
  void validationNamesTheField() {
    try (Fixture f = new Fixture(dir)) {
      assertThat(err(f, "application/json", "{\"published\": \"2020-01-01\"}")).contains("content");
      assertThat(err(f, "application/json", "{\"content\": \"x\", \"published\": \"someday\"}")).contains("published");
      assertThat(err(f, "application/json", "not json")).contains("body");
      assertThat(err(f, "application/json", "[1, 2]")).contains("body");
      assertThat(err(f, "application/x-ndjson", "{\"content\": \"a\"}\n{oops")).contains("body");
      expectJson(f.post("/api/v1/reports", "application/pdf", "%PDF", f.ingest), 415);
      expectJson(f.post("/api/v1/reports", null, "x", f.ingest), 415);
      f.server.record().ingest(DemoReports.sources());
      String key = expectJson(f.get("/api/v1/events"), 200).get("items").get(0).get("key").asText();
      String path = "/api/v1/events/" + key;
      assertThat(expectJson(f.post(path + "/review", "application/json", "{\"state\": \"great\"}", f.reviewer), 400)
          .get("error").asText()).contains("state");
      assertThat(expectJson(f.post(path + "/corrections", "application/json",
          "{\"field\": \"colour\", \"value\": \"x\", \"comment\": \"c\"}", f.reviewer), 400).get("error").asText()).contains("field");
      assertThat(expectJson(f.post(path + "/corrections", "application/json",
          "{\"field\": \"date\", \"value\": \"last week\", \"comment\": \"c\"}", f.reviewer), 400).get("error").asText()).contains("value");
      assertThat(expectJson(f.post(path + "/corrections", "application/json",
          "{\"field\": \"place\", \"value\": \"Atlantis\", \"comment\": \"c\"}", f.reviewer), 400).get("error").asText()).contains("value");
      assertThat(expectJson(f.post(path + "/corrections", "application/json",
          "{\"field\": \"type\", \"value\": \"SIEGE\"}", f.reviewer), 400).get("error").asText()).contains("comment");
      expectJson(f.post("/api/v1/events/nope/nope/review", "application/json", "{\"state\": \"verified\"}", f.reviewer), 404);
      assertThat(expectJson(f.post("/api/v1/subscriptions", "application/json", "{\"url\": \"ftp://x\"}", f.admin), 400)
          .get("error").asText()).contains("url");
      assertThat(expectJson(f.post("/api/v1/subscriptions", "application/json",
          "{\"url\": \"http://127.0.0.1:9/\", \"levels\": [\"PANIC\"]}", f.admin), 400).get("error").asText()).contains("levels");
      expectJson(f.delete("/api/v1/subscriptions/12345", f.admin), 404);
    }
  }

  @Test
  void bodyOverTheLimitIs413() {
    try (Fixture f = new Fixture(dir, ServerConfig.defaults().withBodyLimit(1000))) {
      String big = "{\"content\": \"" + "حصار ".repeat(400) + "\"}";
      expectJson(f.post("/api/v1/reports", "application/json", big, f.ingest), 413);
      expectJson(f.post("/api/v1/extract", "application/json", big, null), 413);
      expectJson(f.post("/api/v1/reports", "application/json", REPORT, f.ingest), 201);
    }
  }

  @Test
  void readTokenClosesReads() {
    try (Fixture f = new Fixture(dir, ServerConfig.defaults().withReadToken(true))) {
      expectJson(f.get("/api/v1/events"), 401);
      expectJson(f.get("/api/v1/events", f.reviewer), 200);
      expectJson(f.get("/api/v1/communities", f.ingest), 200);
    }
  }

  private static String err(Fixture f, String type, String body) {
    return expectJson(f.post("/api/v1/reports", type, body, f.ingest), 400).get("error").asText();
  }
}
