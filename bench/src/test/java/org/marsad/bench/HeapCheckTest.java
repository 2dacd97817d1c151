package org.marsad.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline over the corpus (or, without /work/shared, the committed sample) in a child
 * JVM limited to 256 MB of heap. A behaviour test: it only asserts the run completes.
 */
class HeapCheckTest {
  @TempDir Path tmp;

  @Test
  void wholePipelineFitsIn256MegabytesOfHeap() throws Exception {
    Path corpus = Files.isRegularFile(Corpus.configured()) ? Corpus.configured() : sample();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // Surefire's java.class.path may be a manifest-only booter jar; this property is the real path.
    String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Path out = tmp.resolve("out.txt");
    Process p = new ProcessBuilder(java, "-Xmx256m", "-XX:+ExitOnOutOfMemoryError", "-Dfile.encoding=UTF-8",
            "-cp", cp, HeapCheck.class.getName(), corpus.toString())
        .redirectErrorStream(true)
        .redirectOutput(out.toFile())
        .start();
    boolean done = p.waitFor(10, TimeUnit.MINUTES);
    if (!done) {
      p.destroyForcibly();
    }
    String log = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(done).as("child JVM finished in time; output:%n%s", log).isTrue();
    assertThat(p.exitValue()).as("exit status; output:%n%s", log).isZero();
    long lines = Files.readAllLines(corpus, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).count();
    assertThat(log).contains("heap check: " + lines + " reports");
    Matcher max = Pattern.compile("max heap (\\d+) MB").matcher(log);
    assertThat(max.find()).as("summary line in:%n%s", log).isTrue();
    assertThat(Integer.parseInt(max.group(1))).as("the child really ran with the small heap").isLessThanOrEqualTo(256);
  }

  static Path sample() throws URISyntaxException {
    return Path.of(HeapCheckTest.class.getResource("/sample-reports.jsonl").toURI());
  }

}
