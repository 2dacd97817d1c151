package org.marsad.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.marsad.Pipeline;
import org.marsad.json.ExtractionJson;
import org.marsad.model.Extraction;
import org.marsad.model.Report;

/**
 * Runs the whole pipeline, JSON output included, over a corpus held in memory the way the
 * benchmark holds it, and prints one summary line. Meant for a small heap:
 *
 * <pre>
 * java -Xmx256m -cp bench/target/benchmarks.jar org.marsad.bench.HeapCheck [CORPUS.jsonl]
 * </pre>
 *
 * An OutOfMemoryError ends the JVM with a non-zero status, which HeapCheckTest asserts against.
 */
public final class HeapCheck {
  private HeapCheck() {}

  public static void main(String[] args) {
    Path corpus = args.length > 0 ? Path.of(args[0]) : Corpus.configured();
    Pipeline pipeline = Pipeline.defaultPipeline();
    List<Report> reports = Corpus.load(corpus, pipeline);
    long events = 0;
    long chars = 0;
    for (Report r : reports) {
      Extraction x = pipeline.extract(r);
      events += x.events().size();
      chars += ExtractionJson.line(x).length();
    }
    Runtime rt = Runtime.getRuntime();
    System.out.printf(Locale.ROOT, "heap check: %d reports, %d events, %d JSON chars, max heap %d MB, used %d MB%n",
        reports.size(), events, chars, rt.maxMemory() >> 20, (rt.totalMemory() - rt.freeMemory()) >> 20);
  }
}
