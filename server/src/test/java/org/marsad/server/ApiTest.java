package org.marsad.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.server.Fixture.enc;
import static org.marsad.server.Fixture.expectJson;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Every read endpoint over real HTTP on 127.0.0.1, on the demo reports. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTest {
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
  void healthVersionDocs() {
    assertThat(expectJson(f.get("/api/v1/health"), 200).get("status").asText()).isEqualTo("ok");
    assertThat(expectJson(f.get("/api/v1/version"), 200).get("version").asText()).isEqualTo(MarsadServer.VERSION);
    assertThat(expectJson(f.get("/api/v1/openapi.json"), 200).get("openapi").asText()).startsWith("3.");
    Fixture.Res docs = f.get("/api/v1/docs");
    assertThat(docs.status()).isEqualTo(200);
    assertThat(docs.body()).contains("/webjars/swagger-ui/" + MarsadServer.SWAGGER_UI + "/swagger-ui-bundle.js");
    Fixture.Res bundle = f.get("/webjars/swagger-ui/" + MarsadServer.SWAGGER_UI + "/swagger-ui-bundle.js");
    assertThat(bundle.status()).isEqualTo(200);
  }

  @Test
  void staticFilesFromTheClasspathWebFolder() {
    // the test classpath holds marsad/web/index.html, as the web module's jar will
    Fixture.Res page = f.get("/");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.header("Content-Type")).startsWith("text/html");
    assertThat(page.body()).contains("Marsad test page");
    assertThat(f.get("/index.html").status()).isEqualTo(200);
  }

  @Test
  void unknownPathIsJson404() {
    expectJson(f.get("/api/v1/nothing-here"), 404);
    expectJson(f.get("/api/v1/reports/0000"), 404);
    expectJson(f.get("/api/v1/events/0000/e1"), 404);
    expectJson(f.get("/api/v1/communities/" + enc("No Such Place Anywhere")), 404);
  }

  @Test
  void reportsListPagedAndOne() {
    JsonNode page = expectJson(f.get("/api/v1/reports?limit=3"), 200);
    assertThat(page.get("total").asInt()).isEqualTo(4);
    assertThat(page.get("items")).hasSize(3);
    assertThat(page.get("next_offset").asInt()).isEqualTo(3);
    JsonNode rest = expectJson(f.get("/api/v1/reports?limit=3&offset=3"), 200);
    assertThat(rest.get("items")).hasSize(1);
    assertThat(rest.get("next_offset").isNull()).isTrue();
    String id = page.get("items").get(0).get("id").asText();
    JsonNode one = expectJson(f.get("/api/v1/reports/" + id), 200);
    assertThat(one.get("text").asText()).isNotEmpty();
    assertThat(one.get("extraction").get("document").get("id").asText()).isEqualTo(id);
    assertThat(one.get("events").size()).isEqualTo(one.get("extraction").get("events").size());
    JsonNode searched = expectJson(f.get("/api/v1/reports?q=" + enc("حصار")), 200);
    assertThat(searched.get("total").asInt()).isBetween(1, 3);
  }

  @Test
  void eventFilters() {
    int all = total("/api/v1/events");
    assertThat(all).isGreaterThan(5);
    int kanakerAr = total("/api/v1/events?place=" + enc("كناكر"));
    assertThat(kanakerAr).isGreaterThan(0).isLessThan(all);
    assertThat(total("/api/v1/events?place=Kanakir")).isEqualTo(kanakerAr);
    assertThat(total("/api/v1/events?place=SYPT1651")).isEqualTo(kanakerAr);
    assertThat(total("/api/v1/events?admin1=" + enc("Rural Damascus"))).isGreaterThanOrEqualTo(kanakerAr);
    assertThat(total("/api/v1/events?admin1=Daraa")).isGreaterThan(0);
    int sieges = total("/api/v1/events?type=SIEGE");
    assertThat(sieges).isGreaterThan(0).isLessThan(all);
    for (JsonNode e : items("/api/v1/events?type=SIEGE&limit=500")) {
      assertThat(e.get("event").get("type").asText()).isEqualTo("SIEGE");
    }
    assertThat(total("/api/v1/events?from=2021-01-01")).isEqualTo(total("/api/v1/events?place=sy.daraa.balad&from=2021-01-01"));
    assertThat(total("/api/v1/events?from=2020-09-20&to=2020-09-20")).isGreaterThan(0);
    assertThat(total("/api/v1/events?from=2030-01-01")).isZero();
    // a box around Daraa (36.1E 32.6N) only: the demo report is of Daraa al-Balad, its old town
    assertThat(total("/api/v1/events?bbox=35.9,32.4,36.3,32.8")).isEqualTo(total("/api/v1/events?place=sy.daraa.balad"));
    assertThat(total("/api/v1/events?modality=asserted")).isGreaterThan(0);
    assertThat(total("/api/v1/events?review=pending")).isEqualTo(all);
    assertThat(total("/api/v1/events?review=verified")).isZero();
    int q = total("/api/v1/events?q=" + enc("Daraa"));
    assertThat(q).isGreaterThan(0).isLessThan(all);
    assertThat(total("/api/v1/events?q=" + enc("كلمةغيرموجودة"))).isZero();
    assertThat(total("/api/v1/events?place=" + enc("Nowhere At All"))).isZero();
  }

  @Test
  void pagingHasNoDuplicatesOrGaps() {
    int all = total("/api/v1/events");
    List<String> seen = new ArrayList<>();
    for (int off = 0; off < all; off += 2) {
      items("/api/v1/events?limit=2&offset=" + off).forEach(e -> seen.add(e.get("key").asText()));
    }
    assertThat(seen).hasSize(all).doesNotHaveDuplicates();
    List<String> one = new ArrayList<>();
    items("/api/v1/events?limit=500").forEach(e -> one.add(e.get("key").asText()));
    assertThat(seen).isEqualTo(one);
    Set<String> fused = new HashSet<>();
    int fusedTotal = total("/api/v1/fused-events");
    for (int off = 0; off < fusedTotal; off += 3) {
      items("/api/v1/fused-events?limit=3&offset=" + off).forEach(e -> assertThat(fused.add(e.get("id").asText())).isTrue());
    }
    assertThat(fused).hasSize(fusedTotal);
  }

  @Test
  void fusedEventsFilter() {
    int all = total("/api/v1/fused-events");
    assertThat(all).isGreaterThan(0);
    int k = total("/api/v1/fused-events?place=" + enc("كناكر"));
    assertThat(k).isGreaterThan(0).isLessThan(all);
    JsonNode first = items("/api/v1/fused-events?place=Kanakir&type=SIEGE").get(0);
    assertThat(first.get("members").size()).isGreaterThan(0);
    assertThat(total("/api/v1/fused-events?review=verified")).isZero();
    assertThat(total("/api/v1/fused-events?q=Daraa")).isGreaterThan(0).isLessThan(all);
    assertThat(total("/api/v1/fused-events?bbox=35.9,32.4,36.3,32.8&modality=asserted&admin1=Daraa&from=2021-01-01&to=2021-12-31"))
        .isGreaterThan(0);
  }

  @Test
  void communities() {
    JsonNode list = expectJson(f.get("/api/v1/communities"), 200);
    assertThat(list.get("as_of").asText()).isEqualTo("2021-07-27");
    assertThat(list.get("items").size()).isGreaterThan(0);
    JsonNode daraa = list.get("items").get(0);
    assertThat(daraa.get("community").get("id").asText()).isEqualTo("sy.daraa.balad");
    assertThat(daraa.get("indicators").has("movement")).isTrue();
    JsonNode past = expectJson(f.get("/api/v1/communities?as_of=2020-09-30"), 200);
    assertThat(past.get("items").findValuesAsText("id")).contains("SYPT1651");
    // days besieged count to the asked date, as `marsad status --as-of` counts them
    for (JsonNode item : past.get("items")) {
      JsonNode ind = item.get("indicators");
      if (ind.hasNonNull("besieged_since")) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.parse(ind.get("besieged_since").asText()),
            java.time.LocalDate.parse("2020-09-30")) + 1;
        assertThat(ind.get("days_besieged").asLong()).as(item.get("community").get("id").asText()).isEqualTo(days);
      }
    }
    JsonNode tl = expectJson(f.get("/api/v1/communities/" + enc("كناكر")), 200);
    assertThat(tl.get("community").get("id").asText()).isEqualTo("SYPT1651");
    List<String> levels = tl.get("intervals").findValuesAsText("level");
    assertThat(levels).contains("FULL_SIEGE", "LIFTED");
    // who besieges whom, with the Arabic reader's labels beside the canonical names
    assertThat(tl.get("besieged_by").findValuesAsText("name")).contains("Syrian Government Forces");
    assertThat(tl.get("besieged_by").findValuesAsText("name_ar")).contains("القوات الحكومية السورية");
    assertThat(tl.get("besieged_by").findValuesAsText("name")).doesNotContain("Residents of Kanakir");
    assertThat(tl.get("community").get("admin1_ar").asText()).isEqualTo("ريف دمشق");
    JsonNode withSources = null;
    for (JsonNode i : tl.get("intervals")) {
      if (i.get("sources").size() > 0) {
        withSources = i;
      }
    }
    assertThat(withSources).isNotNull();
    assertThat(withSources.get("sources").get(0).has("outlet")).isTrue();
    assertThat(withSources.has("disagreements")).isTrue();
    expectJson(f.get("/api/v1/communities?level=FULL"), 400);
    expectJson(f.get("/api/v1/communities?basis=some"), 400);
  }

  @Test
  void extractIsStateless() {
    int before = total("/api/v1/reports");
    JsonNode x = expectJson(f.post("/api/v1/extract", "application/json",
        "{\"text\": \"شددت قوات النظام حصارها على بلدة كناكر اليوم الثلاثاء\", \"published\": \"2020-09-29\"}", null), 200);
    assertThat(x.get("events").size()).isGreaterThan(0);
    assertThat(x.get("events").get(0).get("evidence").get(0).has("text")).isTrue();
    JsonNode plain = expectJson(f.post("/api/v1/extract?published=2020-09-29", "text/plain; charset=utf-8",
        "حاصرت قوات النظام بلدة كناكر", null), 200);
    assertThat(plain.get("document").get("published").asText()).isEqualTo("2020-09-29");
    assertThat(total("/api/v1/reports")).isEqualTo(before);
    expectJson(f.post("/api/v1/extract", "application/xml", "<a/>", null), 415);
    assertThat(expectJson(f.post("/api/v1/extract", "application/json", "{\"title\": 1}", null), 400)
        .get("error").asText()).contains("content");
  }

  @Test
  void badParametersNameTheField() {
    assertThat(error("/api/v1/events?limit=0")).contains("limit");
    assertThat(error("/api/v1/events?limit=abc")).contains("limit");
    assertThat(error("/api/v1/events?offset=-1")).contains("offset");
    assertThat(error("/api/v1/events?from=yesterday")).contains("from");
    assertThat(error("/api/v1/events?from=2020-02-02&to=2020-01-01")).contains("to");
    assertThat(error("/api/v1/events?bbox=1,2,3")).contains("bbox");
    assertThat(error("/api/v1/events?type=PICNIC")).contains("type");
    assertThat(error("/api/v1/events?modality=maybe")).contains("modality");
    assertThat(error("/api/v1/events?review=ok")).contains("review");
    assertThat(error("/api/v1/export")).contains("format");
    assertThat(error("/api/v1/export?format=xlsx")).contains("format");
    assertThat(error("/api/v1/fused-events?type=x")).contains("type");
  }

  @Test
  void alertsListIsReadable() {
    JsonNode a = expectJson(f.get("/api/v1/alerts"), 200);
    // the fixture's siege reaches PARTIAL_SIEGE or FULL_SIEGE depending on what its first report already says
    assertThat(a.get("items").findValuesAsText("new_level")).isNotEmpty()
        .containsAnyOf("PARTIAL_SIEGE", "FULL_SIEGE").doesNotContain("NONE");
  }

  private String error(String path) {
    return expectJson(f.get(path), 400).get("error").asText();
  }

  private int total(String path) {
    return expectJson(f.get(path), 200).get("total").asInt();
  }

  private List<JsonNode> items(String path) {
    List<JsonNode> out = new ArrayList<>();
    expectJson(f.get(path), 200).get("items").forEach(out::add);
    return out;
  }
}
