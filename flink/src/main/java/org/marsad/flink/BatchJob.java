package org.marsad.flink;

import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.SimpleStringEncoder;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.file.src.reader.TextLineInputFormat;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.filesystem.OutputFileConfig;
import org.apache.flink.streaming.api.functions.sink.filesystem.bucketassigners.BasePathBucketAssigner;
import org.apache.flink.util.ParameterTool;

/**
 * Batch: JSON Lines report files in, JSON Lines extractions out (one line per report, the same
 * line {@code marsad} writes for it in one process).
 *
 * <pre>
 * flink run -c org.marsad.flink.BatchJob flink/target/marsad-flink-jobs.jar \
 *     --input /data/reports --output /data/marsad-out [--parallelism 8] [--status]
 * </pre>
 *
 * {@code --input} is a .jsonl file or a folder of them (read recursively; .gz and other compressed
 * files by their extension; hidden files skipped). {@code --output} receives
 * {@code extractions/extractions-*.jsonl} and {@code rejects/rejects-*.jsonl}.
 */
public final class BatchJob {
  private BatchJob() {}

  public static void main(String[] args) throws Exception {
    ParameterTool p = ParameterTool.fromArgs(args);
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    if (p.has("parallelism")) {
      env.setParallelism(p.getInt("parallelism"));
    }
    String input = p.getRequired("input");
    build(env, input, p.getRequired("output"), p.has("status"));
    env.execute("marsad batch " + input);
  }

  /** Adds the job's graph to {@code env} (tests run it on a local MiniCluster). */
  public static void build(StreamExecutionEnvironment env, String input, String output) {
    build(env, input, output, false);
  }

  /**
   * With {@code status}, also {@code status/status-*.jsonl}: every community's status timeline, one
   * interval per line ({@link BatchStatusFunction}), computed by the same engine as the record's.
   */
  public static void build(StreamExecutionEnvironment env, String input, String output, boolean status) {
    env.setRuntimeMode(RuntimeExecutionMode.BATCH);
    FileSource<String> source = FileSource.forRecordStreamFormat(new TextLineInputFormat("UTF-8"), new Path(input)).build();
    // Batch scheduling sizes a stage by its bytes (16 MB a task by default); extraction costs CPU
    // per report, not per byte, so its chain runs at the job's full parallelism.
    int parallelism = env.getParallelism();
    SingleOutputStreamOperator<Tuple2<String, String>> extracted = env
        .fromSource(source, WatermarkStrategy.noWatermarks(), "reports " + input)
        // A .jsonl file is not split: without this, one big file keeps one slot busy and the rest idle.
        .rebalance()
        .process(new ExtractFunction(input, status))
        .setParallelism(parallelism)
        .name("marsad pipeline");
    extracted.map(t -> t.f1).returns(Types.STRING).setParallelism(parallelism).name("extraction JSON")
        .sinkTo(lines(output + "/extractions", "extractions")).setParallelism(parallelism).name("extractions");
    extracted.getSideOutput(ExtractFunction.REJECTS).sinkTo(lines(output + "/rejects", "rejects")).name("rejects");
    if (status) {
      // Near-duplicate groups and the horizon need every report: one task sees them all, at the end of the input.
      extracted.getSideOutput(ExtractFunction.STATUS_INPUT)
          .keyBy(x -> "record", Types.STRING)
          .process(new BatchStatusFunction()).setParallelism(1).name("status engine")
          .sinkTo(lines(output + "/status", "status")).setParallelism(1).name("status");
    }
  }

  private static FileSink<String> lines(String dir, String prefix) {
    return FileSink.forRowFormat(new Path(dir), new SimpleStringEncoder<String>("UTF-8"))
        .withBucketAssigner(new BasePathBucketAssigner<>())
        .withOutputFileConfig(OutputFileConfig.builder().withPartPrefix(prefix).withPartSuffix(".jsonl").build())
        .build();
  }
}
