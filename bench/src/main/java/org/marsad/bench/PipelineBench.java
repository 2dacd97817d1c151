package org.marsad.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.marsad.Pipeline;
import org.marsad.clean.ArabicNormalizer;
import org.marsad.clean.NormalizedText;
import org.marsad.clean.Paragraphs;
import org.marsad.clean.Token;
import org.marsad.clean.Tokenizer;
import org.marsad.model.Extraction;
import org.marsad.model.Report;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Single-thread throughput on the same texts, in reports per second: Lucene's ArabicAnalyzer (the
 * floor: any Arabic text processing at least tokenises), Marsad's clean stage, and the whole
 * per-report pipeline. One operation is one report; each invocation takes the next report of the
 * corpus, cycling, so every iteration walks the whole corpus several times and the three scores
 * are over the same mix of long and short articles.
 *
 * <p>All three, with the JSON result and the ratio, in one go (about 3 minutes):
 *
 * <pre>
 * bench/run.sh
 * </pre>
 *
 * or by hand from the repository root:
 *
 * <pre>
 * mvn -o -q -pl bench -am package -DskipTests
 * java -jar bench/target/benchmarks.jar PipelineBench -rf json -rff bench/target/jmh-result.json
 * java -cp bench/target/benchmarks.jar org.marsad.bench.Ratio bench/target/jmh-result.json
 * </pre>
 *
 * Another corpus: {@code -jvmArgsAppend -Dmarsad.corpus=PATH} after the jar (or MARSAD_CORPUS=PATH).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class PipelineBench {
  private Pipeline pipeline;
  private Analyzer lucene;
  private Report[] reports;
  private int next;

  @Setup(Level.Trial)
  public void load() {
    pipeline = Pipeline.defaultPipeline();
    List<Report> all = Corpus.load(Corpus.configured(), pipeline);
    reports = all.toArray(new Report[0]);
    lucene = new ArabicAnalyzer();
  }

  @TearDown(Level.Trial)
  public void close() {
    lucene.close();
  }

  private Report nextReport() {
    Report r = reports[next];
    next = next + 1 == reports.length ? 0 : next + 1;
    return r;
  }

  /**
   * (a) Lucene 9.12 ArabicAnalyzer (standard tokenizer, lower case, stop words, normalisation, light
   * stemmer), its TokenStream consumed to the end.
   *
   * <pre>
   * java -jar bench/target/benchmarks.jar PipelineBench.luceneArabicAnalyzer
   * </pre>
   */
  @Benchmark
  public int luceneArabicAnalyzer() {
    int chars = 0;
    try (TokenStream ts = lucene.tokenStream("body", nextReport().text())) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        chars += term.length();
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("Lucene failed on an in-memory string", e);
    }
    return chars;
  }

  /**
   * (b) Marsad's clean stage: ArabicNormalizer.normalize (with its offset map), Tokenizer.tokenize,
   * Paragraphs.split on both, as Pipeline.extract calls them.
   *
   * <pre>
   * java -jar bench/target/benchmarks.jar PipelineBench.marsadClean
   * </pre>
   */
  @Benchmark
  public void marsadClean(Blackhole bh) {
    String raw = nextReport().text();
    NormalizedText norm = ArabicNormalizer.normalize(raw);
    List<Token> tokens = Tokenizer.tokenize(norm.text());
    bh.consume(Paragraphs.split(norm, tokens)); // as Pipeline.extract does: from the normalised text and its tokens
    bh.consume(tokens);
    bh.consume(norm);
  }

  /**
   * (c) The whole per-report pipeline, Pipeline.extract on reports decoded at set-up (decoding and
   * JSON output are not timed).
   *
   * <pre>
   * java -jar bench/target/benchmarks.jar PipelineBench.marsadPipeline
   * </pre>
   */
  @Benchmark
  public Extraction marsadPipeline() {
    return pipeline.extract(nextReport());
  }
}
