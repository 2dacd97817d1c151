package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** eval-anercorp and eval-fakes on tiny files of our own (the real data sets are not needed). */
class EvalExternalCommandsTest {
  @TempDir Path dir;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  private int run(Object command, String... args) {
    CommandLine cmd = new CommandLine(command);
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    cmd.setExecutionExceptionHandler(new Errors());
    return cmd.execute(args);
  }

  @Test
  void anercorpScoresOurOwnConll() throws IOException {
    Path f = dir.resolve("t.conll");
    Files.writeString(f, "زار O\nالوزير O\nبيروت B-LOC\nثم O\nالقاهرة B-LOC\n. O\n", StandardCharsets.UTF_8);
    assertThat(run(new EvalAnercorpCommand(), f.toString(), "--chunk", "1")).isZero();
    assertThat(out.toString()).contains("gold LOC spans 2").contains("LOC span  (exact)    P 1.000  R 1.000  F1 1.000");
  }

  @Test
  void fakesReportsAgreementOnOurOwnCsv() throws IOException {
    Path f = dir.resolve("t.csv");
    Files.writeString(f, "unit_id,article_title,article_content,source,date,location,labels\n"
        + "1,Shelling in Homs,\"Shelling in Homs. Artillery shelled the city of Homs on Monday, killing two people.\",wire,5/8/2017,homs,1\n",
        StandardCharsets.UTF_8);
    assertThat(run(new EvalFakesCommand(), f.toString())).isZero();
    assertThat(out.toString()).contains("articles 1").contains("agreement 1.000 over predicted (1/1)");
  }

  @Test
  void anUnmappedLabelIsBadInput() throws IOException {
    Path f = dir.resolve("t.csv");
    Files.writeString(f, "unit_id,article_title,article_content,source,date,location,labels\n1,a,b,c,5/8/2017,atlantis,1\n",
        StandardCharsets.UTF_8);
    assertThat(run(new EvalFakesCommand(), f.toString())).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("atlantis");
  }

  @Test
  void ploverReportsRecallOnOurOwnRecords() throws IOException {
    Path f = dir.resolve("t.json");
    Files.writeString(f, "[{\"id\":\"T-1\",\"event\":\"ASSAULT\",\"text\":\"Artillery shelled the town of Homs on Monday.\"},"
        + "{\"id\":\"T-2\",\"event\":\"AID\",\"text\":\"A charity gave blankets to families.\"}]", StandardCharsets.UTF_8);
    assertThat(run(new EvalPloverCommand(), f.toString())).isZero();
    assertThat(out.toString()).contains("mapped-type recall 1.000 (1/1)").contains("event rate 0.000 (0/1)");
    assertThat(run(new EvalPloverCommand(), f.toString(), "--format", "json")).isZero();
    assertThat(out.toString()).contains("\"with_events\" : 0");
  }
}
