package org.marsad.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.server.Fixture.enc;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Exports over HTTP: GeoJSON (RFC 7946), ACLED CSV header, HXL hashtag row, JSON Lines, BOM. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportTest {
  @TempDir static Path dir;
  Fixture f;

  @BeforeAll
  void start() {
    f = new Fixture(dir);
    f.loadDemo();
  }

  @AfterAll
  void stop() {
    f.close();
  }

  @Test
  void geoJsonIsRfc7946AndHoldsKanaker() throws Exception {
    Fixture.Res r = f.get("/api/v1/export?format=geojson");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Content-Type")).startsWith("application/geo+json");
    JsonNode fc = Json.MAPPER.readTree(r.body());
    assertRfc7946(fc);
    long kanaker = 0;
    for (JsonNode ft : fc.get("features")) {
      JsonNode place = ft.get("properties").get("event").get("place");
      if (place != null && !place.isNull() && place.get("id").asText().equals("SYPT1651")) {
        kanaker++;
        assertThat(ft.get("geometry").get("coordinates").get(0).asDouble()).isBetween(35.9, 36.3); // lon first
      }
    }
    assertThat(kanaker).isGreaterThan(3);
    JsonNode communities = Json.MAPPER.readTree(f.get("/api/v1/export?format=geojson&layer=communities").body());
    assertRfc7946(communities);
    assertThat(communities.get("features").findValuesAsText("level")).isNotEmpty();
    JsonNode filtered = Json.MAPPER.readTree(f.get("/api/v1/export?format=geojson&place=" + enc("درعا")).body());
    assertThat(filtered.get("features").size()).isLessThan(fc.get("features").size());
  }

  static void assertRfc7946(JsonNode fc) {
    assertThat(fc.get("type").asText()).isEqualTo("FeatureCollection");
    assertThat(fc.has("crs")).isFalse(); // RFC 7946 dropped crs: WGS 84 lon/lat only
    assertThat(fc.get("features").isArray()).isTrue();
    for (JsonNode ft : fc.get("features")) {
      assertThat(ft.get("type").asText()).isEqualTo("Feature");
      assertThat(ft.has("properties")).isTrue();
      JsonNode g = ft.get("geometry");
      assertThat(g).isNotNull();
      if (!g.isNull()) {
        assertThat(g.get("type").asText()).isEqualTo("Point");
        JsonNode c = g.get("coordinates");
        assertThat(c.size()).isEqualTo(2);
        assertThat(c.get(0).asDouble()).isBetween(-180.0, 180.0);
        assertThat(c.get(1).asDouble()).isBetween(-90.0, 90.0);
      }
    }
  }

  @Test
  void acledCsvHasAcledHeaders() {
    Fixture.Res r = f.get("/api/v1/export?format=acled-csv");
    assertThat(r.header("Content-Type")).startsWith("text/csv");
    List<String> lines = r.body().lines().toList();
    assertThat(lines.get(0).split(",")).contains("event_date", "event_type", "sub_event_type", "actor1", "actor2",
        "admin1", "location", "latitude", "longitude", "geo_precision", "time_precision", "source", "notes", "fatalities");
    assertThat(lines.size()).isGreaterThan(5);
    assertThat(r.body()).contains("Strategic developments").contains("كناكر");
  }

  @Test
  void hxlSecondRowIsHashtags() {
    List<String> lines = f.get("/api/v1/export?format=hxl-csv").body().lines().toList();
    assertThat(lines.get(1).split(",")).allMatch(c -> c.startsWith("#"))
        .contains("#date", "#adm1+name", "#loc+name", "#geo+lat", "#geo+lon", "#event+type", "#org+name+actor1");
    assertThat(lines.get(0).split(",")).hasSameSizeAs(lines.get(1).split(","));
  }

  @Test
  void jsonLinesAndBom() throws Exception {
    String body = f.get("/api/v1/export?format=jsonl&type=SIEGE").body();
    for (String line : body.lines().toList()) {
      JsonNode n = Json.MAPPER.readTree(line);
      assertThat(n.get("event").get("type").asText()).isEqualTo("SIEGE");
      assertThat(n.get("review").has("audit")).isTrue();
      assertThat(n.get("event").get("evidence").get(0).get("text").asText()).isNotEmpty();
    }
    assertThat(f.get("/api/v1/export?format=acled-csv&bom=true").body()).startsWith("\uFEFFevent_id_cnty");
    assertThat(f.get("/api/v1/export?format=acled-csv").body()).startsWith("event_id_cnty");
  }

  @Test
  void csvCellsCannotRunAsFormulas() {
    assertThat(Csv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(Csv.cell("-5")).isEqualTo("-5");
    assertThat(Csv.cell("a,b")).isEqualTo("\"a,b\"");
  }
}
