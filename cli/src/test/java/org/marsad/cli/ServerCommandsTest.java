package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `marsad token` and `marsad export` on a real store. */
class ServerCommandsTest {
  @TempDir Path dir;
  StringWriter out = new StringWriter();
  StringWriter err = new StringWriter();

  private int run(Object command, String... args) {
    out = new StringWriter();
    err = new StringWriter();
    CommandLine cmd = new CommandLine(command);
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    return cmd.execute(args);
  }

  @Test
  void tokensAreCreatedListedAndRevoked() {
    String data = dir.resolve("data").toString();
    assertThat(run(new TokenCommand(), "create", "--name", "alice", "--role", "reviewer", "--data", data)).isZero();
    String token = out.toString().strip();
    assertThat(token).startsWith("mrs_").hasSizeGreaterThan(40);
    assertThat(run(new TokenCommand(), "create", "--name", "bob", "--role", "boss", "--data", data)).isNotZero();
    assertThat(run(new TokenCommand(), "list", "--data", data)).isZero();
    assertThat(out.toString()).contains("alice\treviewer").doesNotContain(token);
    assertThat(run(new TokenCommand(), "revoke", "alice", "--data", data)).isZero();
    assertThat(run(new TokenCommand(), "revoke", "alice", "--data", data)).isEqualTo(ExitCodes.BAD_INPUT);
  }

  @Test
  void exportWritesTheRecord() throws Exception {
    Path seed = Path.of("..", "core", "src", "test", "resources", "seed", "kanaker-2020-09-29.ar.txt");
    String data = dir.resolve("data").toString();
    assertThat(Main.run("ingest", seed.toString(), "--data", data, "--published", "2020-09-29")).isZero();
    Path csv = dir.resolve("out.csv");
    assertThat(run(new ExportCommand(), "--format", "hxl-csv", "--data", data, "--output", csv.toString(), "--bom")).isZero();
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).startsWith("\uFEFFevent_id");
    assertThat(lines.get(1)).startsWith("#event+id,#date");
    assertThat(lines.size()).isGreaterThan(5);
    Path geo = dir.resolve("out.geojson");
    assertThat(run(new ExportCommand(), "--format", "geojson", "--place", "كناكر", "--data", data, "--output", geo.toString())).isZero();
    assertThat(Files.readString(geo, StandardCharsets.UTF_8)).startsWith("{\"type\":\"FeatureCollection\"").contains("SYPT1651");
    assertThat(run(new ExportCommand(), "--format", "xlsx", "--data", data)).isNotZero();
    assertThat(run(new ExportCommand(), "--format", "jsonl", "--from", "someday", "--data", data)).isNotZero();
    assertThat(err.toString()).contains("from");
  }
}
