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

class IngestCommandTest {
  @TempDir Path tmp;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new IngestCommand());
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void ingestsThenSkipsWhatIsKnown() throws IOException {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    Files.writeString(in.resolve("a.txt"), "فرضت القوات حصاراً على البلدة.", StandardCharsets.UTF_8);
    Files.writeString(in.resolve("b.jsonl"), "{\"content\": \"أغلقت الحواجز الطريق.\"}\n{\"x\": 1}\n", StandardCharsets.UTF_8);
    Files.write(in.resolve("c.txt"), new byte[] {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0}); // a PNG header
    String data = tmp.resolve("data").toString();

    Run first = run(in.toString(), "--data", data, "--threads", "2");
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.out()).contains("reports: 2 new, 0 already known, 2 rejected")
        .contains("looks like binary data").contains("no \"content\" string");

    Run second = run(in.toString(), "--data", data);
    assertThat(second.out()).contains("reports: 0 new, 2 already known, 2 rejected").contains("(2 reports)");
  }

  @Test
  void refusesAMissingPath() {
    Run r = run(tmp.resolve("nope").toString(), "--data", tmp.resolve("data").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("no such file or folder");
  }
}
