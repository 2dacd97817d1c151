package org.marsad.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.server.Fixture.enc;
import static org.marsad.server.Fixture.expectJson;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile text in a report comes back as data, unchanged, as application/json with nosniff; hostile
 * filter values are bound parameters (nothing is dropped, nothing extra matches).
 */
class HostileTextTest {
  @TempDir Path dir;

  static final String SCRIPT = "<script>alert('x')</script>";
  static final String JS_URL = "javascript:alert(document.cookie)";
  static final String BIDI = "\u202Eكناكر\u202C\u2066abc\u2069";
  static final String SQL = "'; DROP TABLE reports; -- \" OR 1=1 /*";

  @Test
  void hostileTextIsData() throws Exception {
    try (Fixture f = new Fixture(dir)) {
      String content = "شددت قوات النظام السوري اليوم الثلاثاء حصارها على بلدة كناكر " + SCRIPT + " " + JS_URL + " " + BIDI
          + " " + SQL;
      String body = Json.write(java.util.Map.of("content", content, "published", "2020-09-29",
          "outlet", SQL + SCRIPT, "title", BIDI + SCRIPT, "url", JS_URL));
      JsonNode res = expectJson(f.post("/api/v1/reports", "application/json", body, f.ingest), 201);
      String id = res.get("reports").get(0).get("id").asText();

      JsonNode one = expectJson(f.get("/api/v1/reports/" + id), 200);
      assertThat(one.get("text").asText()).isEqualTo(content);
      assertThat(one.get("report").get("outlet").asText()).isEqualTo(SQL + SCRIPT);
      assertThat(one.get("report").get("title").asText()).isEqualTo(BIDI + SCRIPT);
      assertThat(one.get("report").get("url").asText()).isEqualTo(JS_URL);

      // every filter, with hostile values: valid JSON, no error, nothing matched by injection
      List<String> hostile = List.of(SQL, SCRIPT, JS_URL, BIDI, "%", "_", "\\", "*", "' OR '1'='1");
      for (String h : hostile) {
        for (String p : List.of("place", "admin1", "q")) {
          for (String path : List.of("/api/v1/events", "/api/v1/fused-events", "/api/v1/reports")) {
            Fixture.Res r = f.get(path + "?" + p + "=" + enc(h));
            assertThat(r.status()).as(path + " " + p + "=" + h + ": " + r.body()).isIn(200, 400);
            assertThat(r.header("Content-Type")).startsWith("application/json");
            if (r.status() == 200 && !p.equals("q")) {
              assertThat(r.json().get("total").asInt()).as(path + " " + p + "=" + h).isIn(0, 1);
            }
          }
        }
        for (String p : List.of("type", "modality", "review", "from", "bbox", "limit", "offset")) {
          expectJson(f.get("/api/v1/events?" + p + "=" + enc(h)), 400);
        }
        expectJson(f.get("/api/v1/reports/" + enc(h)), 404);
        Fixture.Res c = f.get("/api/v1/communities/" + enc(h));
        assertThat(c.status()).isIn(200, 404);
      }
      // the full-text filter finds the report by its words, and the text is intact
      JsonNode found = expectJson(f.get("/api/v1/events?q=" + enc("كناكر")), 200);
      assertThat(found.get("total").asInt()).isGreaterThan(0);
      JsonNode ev = found.get("items").get(0);
      assertThat(ev.get("report").get("outlet").asText()).isEqualTo(SQL + SCRIPT);
      assertThat(expectJson(f.get("/api/v1/events?place=" + enc("كناكر") + "&type=SIEGE&modality=asserted&review=pending"
          + "&from=2020-09-29&to=2020-09-29&bbox=35,32,37,34&admin1=" + enc("Rural Damascus")), 200).get("total").asInt())
          .isGreaterThan(0);
      // the tables are all still there
      assertThat(f.store.counts().get("reports")).isEqualTo(1L);
      // exports carry it as data too
      Fixture.Res jsonl = f.get("/api/v1/export?format=jsonl");
      assertThat(jsonl.status()).isEqualTo(200);
      assertThat(Json.MAPPER.readTree(jsonl.body().lines().findFirst().orElseThrow()).get("report").get("title").asText())
          .isEqualTo(BIDI + SCRIPT);
      assertThat(jsonl.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }
  }
}
