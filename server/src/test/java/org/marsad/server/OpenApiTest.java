package org.marsad.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OpenAPI document lists exactly the routes the server answers. */
class OpenApiTest {
  @TempDir Path dir;

  @Test
  void documentListsEveryRoute() {
    try (Fixture f = new Fixture(dir)) {
      JsonNode doc = Fixture.expectJson(f.get("/api/v1/openapi.json"), 200);
      TreeSet<String> documented = new TreeSet<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("paths").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> p = it.next();
        p.getValue().fieldNames().forEachRemaining(m -> documented.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey()));
      }
      TreeSet<String> served = new TreeSet<>();
      f.server.routes().stream().filter(r -> r.contains(" /api/")).forEach(served::add);
      assertThat(served).isNotEmpty();
      assertThat(documented).isEqualTo(served);
    }
  }
}
