package org.marsad.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.marsad.server.Fixture.enc;
import static org.marsad.server.Fixture.expectJson;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.StoreConfig;

/**
 * The API's SQL on PostgreSQL (filters, paging, review overlay, audit identity column, alerts,
 * exports), in a schema of its own. Runs only when MARSAD_TEST_PG_URL is set (CI sets it:
 * {@code export MARSAD_TEST_PG_URL="$(bash .ci/postgres.sh)"}).
 */
class PostgresApiTest {
  private static final String URL = System.getenv("MARSAD_TEST_PG_URL");
  private static final String USER = System.getenv("MARSAD_TEST_PG_USER");
  private static final String PASSWORD = System.getenv("MARSAD_TEST_PG_PASSWORD");

  @TempDir Path tmp;
  private String schema;

  @BeforeEach
  void createSchema() throws Exception {
    assumeTrue(URL != null && !URL.isBlank(),
        "MARSAD_TEST_PG_URL is not set: PostgreSQL tests skipped (run: export MARSAD_TEST_PG_URL=\"$(bash .ci/postgres.sh)\")");
    schema = "marsad_api_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
    try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement st = c.createStatement()) {
      st.execute("CREATE SCHEMA " + schema);
    }
  }

  @AfterEach
  void dropSchema() throws Exception {
    if (schema != null) {
      try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement st = c.createStatement()) {
        st.execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  @Test
  void apiOnPostgres() throws Exception {
    StoreConfig pg = new StoreConfig(tmp, URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema, USER, PASSWORD);
    try (Fixture f = new Fixture(pg, ServerConfig.defaults())) {
      f.loadDemo();
      int all = expectJson(f.get("/api/v1/events"), 200).get("total").asInt();
      assertThat(all).isGreaterThan(5);
      int k = expectJson(f.get("/api/v1/events?place=" + enc("كناكر") + "&type=SIEGE&modality=asserted&review=pending"
          + "&from=2020-09-01&to=2020-12-31&bbox=35,32,37,34&admin1=" + enc("Rural Damascus") + "&q=" + enc("حصار")), 200)
          .get("total").asInt();
      assertThat(k).isGreaterThan(0);
      assertThat(expectJson(f.get("/api/v1/fused-events?place=Kanakir&review=pending&q=" + enc("كناكر")), 200)
          .get("total").asInt()).isGreaterThan(0);
      String key = expectJson(f.get("/api/v1/events?place=SYPT1651&type=SIEGE"), 200).get("items").get(0).get("key").asText();
      JsonNode c = expectJson(f.post("/api/v1/events/" + key + "/corrections", "application/json",
          "{\"field\": \"date\", \"value\": \"2020-09-25\", \"comment\": \"last Friday\"}", f.reviewer), 200);
      assertThat(c.get("event").get("date").get("value").asText()).isEqualTo("2020-09-25");
      expectJson(f.post("/api/v1/events/" + key + "/review", "application/json", "{\"state\": \"verified\"}", f.reviewer), 200);
      assertThat(expectJson(f.get("/api/v1/events/" + key), 200).get("review").get("audit")).hasSize(2);
      assertThat(expectJson(f.get("/api/v1/communities/SYPT1651?basis=verified"), 200).get("intervals").size()).isGreaterThan(0);
      assertThat(expectJson(f.get("/api/v1/alerts"), 200).get("items").size()).isGreaterThan(0);
      expectJson(f.post("/api/v1/subscriptions", "application/json", "{\"url\": \"http://127.0.0.1:9/x\"}", f.admin), 201);
      ExportTest.assertRfc7946(Json.MAPPER.readTree(f.get("/api/v1/export?format=geojson").body()));
      assertThat(f.get("/api/v1/export?format=jsonl").body().lines().count()).isEqualTo(all);
    }
  }
}
