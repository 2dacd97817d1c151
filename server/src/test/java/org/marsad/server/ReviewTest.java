package org.marsad.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.server.Fixture.enc;
import static org.marsad.server.Fixture.expectJson;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Review: corrections and their audit survive re-ingest and re-derivation; verified-only status differs. */
class ReviewTest {
  @TempDir Path dir;

  @Test
  void correctionSurvivesReingest() {
    try (Fixture f = new Fixture(dir)) {
      f.loadDemo("kanaker-2020-09-29");
      JsonNode ev = expectJson(f.get("/api/v1/events?place=SYPT1651&type=SIEGE"), 200).get("items").get(0);
      String key = ev.get("key").asText();
      String reportId = key.substring(0, key.indexOf('/'));
      Fixture.Res res = f.post("/api/v1/events/" + key + "/corrections?wait=true", "application/json",
          "{\"field\": \"place\", \"value\": \"SYPT0016\", \"comment\": \"the report is about Daraa\"}", f.reviewer);
      JsonNode corrected = expectJson(res, 200);
      // wait=true: fused events and status already count the corrected place
      assertThat(res.header("X-Marsad-Derivation")).isEqualTo("done");
      assertThat(expectJson(f.get("/api/v1/fused-events?place=SYPT0016&type=SIEGE"), 200).get("total").asInt()).isGreaterThan(0);
      assertThat(corrected.get("event").get("place").get("id").asText()).isEqualTo("SYPT0016");
      assertThat(corrected.get("review").get("corrected").toString()).contains("place");
      JsonNode audit = corrected.get("review").get("audit");
      assertThat(audit).hasSize(1);
      assertThat(audit.get(0).get("field").asText()).isEqualTo("place");
      assertThat(audit.get(0).get("before").asText()).startsWith("SYPT1651");
      assertThat(audit.get(0).get("after").asText()).startsWith("SYPT0016");
      assertThat(audit.get(0).get("actor").asText()).isEqualTo("reviewer-test");
      assertThat(audit.get(0).get("comment").asText()).isEqualTo("the report is about Daraa");
      // the filter sees the corrected place
      assertThat(expectJson(f.get("/api/v1/events?place=Daraa"), 200).get("items").findValuesAsText("key")).contains(key);

      // re-ingest the same report: known (idempotent)...
      f.loadDemo("kanaker-2020-09-29");
      assertAfter(f, key);
      // ...and after the report is removed and read again (re-extraction), the review is still there
      f.store.jdbi().useHandle(h -> h.execute("DELETE FROM reports WHERE id = ?", reportId));
      assertThat(expectJson(f.get("/api/v1/events"), 200).get("total").asInt()).isZero();
      f.loadDemo("kanaker-2020-09-29");
      assertAfter(f, key);
      // re-derivation counts the corrected event at its corrected place
      f.server.record().derive();
      JsonNode fused = expectJson(f.get("/api/v1/fused-events?place=SYPT0016&type=SIEGE"), 200);
      assertThat(fused.get("total").asInt()).isGreaterThan(0);
    }
  }

  private static void assertAfter(Fixture f, String key) {
    JsonNode again = expectJson(f.get("/api/v1/events/" + key), 200);
    assertThat(again.get("event").get("place").get("id").asText()).isEqualTo("SYPT0016");
    assertThat(again.get("review").get("audit")).hasSize(1);
  }

  @Test
  void verifiedOnlyStatusDiffers() {
    try (Fixture f = new Fixture(dir)) {
      f.loadDemo("kanaker-2020-09-29");
      String all = level(f, "all");
      assertThat(all).isIn("PARTIAL_SIEGE", "FULL_SIEGE");
      // nothing verified yet: verified-only status knows no siege
      assertThat(level(f, "verified")).isEqualTo("NONE");
      JsonNode sieges = expectJson(f.get("/api/v1/events?place=SYPT1651&type=SIEGE"), 200).get("items");
      for (JsonNode e : sieges) {
        expectJson(f.post("/api/v1/events/" + e.get("key").asText() + "/review", "application/json",
            "{\"state\": \"verified\", \"comment\": \"checked against two outlets\"}", f.reviewer), 200);
      }
      assertThat(level(f, "verified")).isIn("PARTIAL_SIEGE", "FULL_SIEGE");
      assertThat(expectJson(f.get("/api/v1/events?review=verified"), 200).get("total").asInt()).isEqualTo(sieges.size());
      // rejecting every siege event takes the siege out of the all-events status too
      for (JsonNode e : sieges) {
        expectJson(f.post("/api/v1/events/" + e.get("key").asText() + "/review", "application/json",
            "{\"state\": \"rejected\", \"comment\": \"test\"}", f.reviewer), 200);
      }
      JsonNode audit = expectJson(f.get("/api/v1/events/" + sieges.get(0).get("key").asText()), 200).get("review").get("audit");
      assertThat(audit.findValuesAsText("after")).containsExactly("verified", "rejected");
      assertThat(expectJson(f.get("/api/v1/communities?basis=verified"), 200).get("items")).isEmpty();
    }
  }

  private static String level(Fixture f, String basis) {
    return expectJson(f.get("/api/v1/communities/" + enc("كناكر") + "?basis=" + basis), 200).get("current_level").asText();
  }
}
