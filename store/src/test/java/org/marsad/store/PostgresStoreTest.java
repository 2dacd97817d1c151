package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.Pipeline;
import org.marsad.model.EventType;
import org.marsad.model.Extraction;
import org.marsad.model.Modality;

/**
 * The same migrations, ingest and idempotence against a real PostgreSQL, in a schema of its own
 * that is dropped afterwards. Runs only when MARSAD_TEST_PG_URL is set, e.g. to the URL that
 * {@code bash .ci/postgres.sh} prints (user and password may be in the URL, or in
 * MARSAD_TEST_PG_USER / MARSAD_TEST_PG_PASSWORD).
 */
class PostgresStoreTest {
  private static final String URL = System.getenv("MARSAD_TEST_PG_URL");
  private static final String USER = System.getenv("MARSAD_TEST_PG_USER");
  private static final String PASSWORD = System.getenv("MARSAD_TEST_PG_PASSWORD");

  @TempDir Path tmp;
  private String schema;

  @BeforeEach
  void createSchema() throws Exception {
    assumeTrue(URL != null && !URL.isBlank(),
        "MARSAD_TEST_PG_URL is not set: PostgreSQL tests skipped (run: export MARSAD_TEST_PG_URL=\"$(bash .ci/postgres.sh)\")");
    schema = "marsad_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
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

  private StoreConfig pg(String dir) {
    return new StoreConfig(tmp.resolve(dir), URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema, USER, PASSWORD);
  }

  @Test
  void migratesIngestsIdempotentlyAndMatchesH2() {
    Path in = tmp.resolve("in");
    TestData.write(in.resolve("a.txt"), TestData.SENTENCES[0] + "\n" + TestData.SENTENCES[1]);
    TestData.write(in.resolve("b.txt"), TestData.SENTENCES[4]);
    TestData.write(in.resolve("feed.jsonl"), String.join("\n",
        "{\"content\": \"" + TestData.SENTENCES[2] + "\", \"published\": \"2020-09-29\", \"source\": \"وكالة\"}",
        "{\"content\": \"" + TestData.SENTENCES[3] + "\"}",
        "{\"nothing\": 1}"));
    var work = TestData.withSyntheticEvents(Pipeline.defaultPipeline());
    List<String> ids;
    try (Store s = Store.open(pg("pg"))) {
      IngestSummary first = new Ingestor(s, work, 2).ingest(List.of(in), null);
      assertThat(first.added()).isEqualTo(4);
      assertThat(first.rejected()).isEqualTo(1);
      Map<String, Long> counts = s.counts();
      assertThat(counts).containsEntry("reports", 4L).containsEntry("rejects", 1L);
      assertThat(counts.get("events")).as("each report's own events plus its synthetic one").isGreaterThanOrEqualTo(4L);
      IngestSummary second = new Ingestor(s, work, 2).ingest(List.of(in), null);
      assertThat(second.added()).isZero();
      assertThat(second.known()).isEqualTo(4);
      assertThat(s.counts()).isEqualTo(counts);
      assertThat(s.search("مدينه", 5)).hasSize(1);
      ids = s.jdbi().withHandle(h -> h.createQuery("SELECT id FROM reports ORDER BY id").mapTo(String.class).list());

      // the same inputs through H2 read back as the same extractions
      try (Store h2 = Store.open(StoreConfig.of(tmp.resolve("h2")))) {
        new Ingestor(h2, work, 2).ingest(List.of(in), null);
        for (String id : ids) {
          assertThat(s.extraction(id)).isEqualTo(h2.extraction(id)).isPresent();
        }
        assertThat(s.counts()).isEqualTo(h2.counts());
      }
    }
    // reopening runs the migrations again as a no-op
    try (Store s = Store.open(pg("pg"))) {
      assertThat(s.counts()).containsEntry("reports", 4L);
    }
  }

  @Test
  void storesEventsAndDerivedDataOnPostgres() {
    Extraction x = StoreTest.handBuilt();
    String r = x.document().id();
    try (Store s = Store.open(pg("pg"))) {
      assertThat(s.put(x, "hand")).isTrue();
      assertThat(s.put(x, "hand")).isFalse();
      assertThat(s.extraction(r)).contains(x);
      assertThat(s.events(EventQuery.all().withPlace("gaz:1").between(LocalDate.of(2020, 9, 1), null))).hasSize(1);
      FusedEventRecord f = new FusedEventRecord("f1", EventType.SIEGE, Modality.ASSERTED, false, "gaz:1", "Testtown",
          33.27, 36.1, "2020-09-29", "on", 1, Map.of("phase", "tightened"), 1, List.of(new EventRef(r, "e1")));
      StatusIntervalRecord i = new StatusIntervalRecord("gaz:1", "Testtown", "FULL_SIEGE", LocalDate.of(2020, 9, 29),
          null, Map.of("movement", "closed"), 1,
          List.of(new StatusIntervalRecord.Support(new EventRef(r, "e1"), null)));
      s.replaceDerived(List.of(f), List.of(i));
      assertThat(s.fusedEvents()).containsExactly(f);
      assertThat(s.statusIntervals("gaz:1")).containsExactly(i);
      s.reject("x.txt", "x.txt: not valid UTF-8");
      s.reject("x.txt", "x.txt: not valid UTF-8");
      assertThat(s.rejects()).hasSize(1);
    }
  }
}
