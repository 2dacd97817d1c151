package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A siege told by several reports, in Arabic and English, then reported ended in the words of the
 * frames ("reopened the roads leading to the town and allowed food and medicine in, ending a
 * siege"), ends LIFTED in {@code marsad status}. {@code record/nawa-lifted.jsonl} holds four short
 * reports written for this test (a fictional siege of a real town).
 */
class SiegeLiftedTimelineTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  /** {@link Main#run} with its output captured, as code, stdout and stderr. */
  private static String[] run(String... args) {
    CliRun r = CliRun.run(args);
    return new String[] {Integer.toString(r.code()), r.out(), r.err()};
  }

  @Test
  void aSiegeReportedEndedByReopenedRoadsEndsLifted() throws IOException {
    Path in = tmp.resolve("nawa.jsonl");
    try (InputStream r = getClass().getResourceAsStream("/record/nawa-lifted.jsonl")) {
      Files.copy(r, in);
    }
    String data = tmp.resolve("data").toString();
    String[] ingest = run("ingest", in.toString(), "--data", data, "--threads", "1");
    assertThat(ingest[0]).as(ingest[2]).isEqualTo("0");

    String[] during = run("status", "--as-of", "2021-05-10", "--format", "json", "--data", data);
    assertThat(during[0]).as(during[2]).isEqualTo("0");
    JsonNode list = JSON.readTree(during[1]);
    JsonNode nawa = null;
    for (JsonNode c : list) {
      if (c.at("/place/name_ar").asText().equals("نوى")) {
        nawa = c;
      }
    }
    assertThat(nawa).as("Nawa is besieged on 2021-05-10: %s", during[1]).isNotNull();
    assertThat(nawa.get("level").asText()).isIn("PARTIAL_SIEGE", "FULL_SIEGE");
    assertThat(nawa.get("since").asText()).isEqualTo("2021-05-02");

    String[] after = run("status", "نوى", "--as-of", "2021-05-20", "--format", "json", "--data", data);
    assertThat(after[0]).as(after[2]).isEqualTo("0");
    JsonNode tl = JSON.readTree(after[1]).get("timeline");
    JsonNode last = tl.get(tl.size() - 1);
    assertThat(last.get("level").asText()).as("timeline: %s", tl).isEqualTo("LIFTED");
    assertThat(last.get("from").asText()).isEqualTo("2021-05-16");
    assertThat(tl.get(0).get("from").asText()).isEqualTo("2021-05-02");
  }
}
