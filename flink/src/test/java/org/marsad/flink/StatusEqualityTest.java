package org.marsad.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.Pipeline;
import org.marsad.store.Derivation;
import org.marsad.store.Ingestor;
import org.marsad.store.StatusIntervalRecord;
import org.marsad.store.Store;
import org.marsad.store.StoreConfig;

/**
 * One status engine: the status timelines of the batch job on a local MiniCluster (parallelism 2)
 * equal those the record derives (the CLI's {@code marsad ingest} path: Ingestor + Derivation) on
 * the same corpus, interval for interval, with the same supporting events and source counts.
 */
@Timeout(value = 600, unit = TimeUnit.SECONDS)
class StatusEqualityTest {
  @TempDir Path tmp;

  @Test
  void theBatchJobAndTheRecordGiveTheSameStatusTimelines() throws Exception {
    Path input = SingleProcess.corpusOrSample();
    Path out = tmp.resolve("out");
    StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(2);
    BatchJob.build(env, input.toString(), out.toString(), true);
    env.execute("marsad batch status test");
    List<String> flink = SingleProcess.sortedLinesUnder(out.resolve("status"));

    List<String> record = new ArrayList<>();
    try (Store s = Store.open(StoreConfig.of(tmp.resolve("record")))) {
      Pipeline p = Pipeline.defaultPipeline();
      new Ingestor(s, src -> p.extract(p.read(src)), 2).ingest(List.of(input), null);
      Derivation.defaults().run(s);
      for (StatusIntervalRecord i : s.statusIntervals(null)) {
        Object since = i.indicators().get("since");
        record.add(BatchStatusFunction.line(i.placeId(), i.level(), i.start(), i.end(),
            since == null ? i.start() : LocalDate.parse(since.toString()), str(i.indicators().get("movement")),
            str(i.indicators().get("food")), str(i.indicators().get("medicine")), i.sourceCount(),
            i.sources().stream().map(x -> x.event().reportId() + "#" + x.event().eventId()).toList()));
      }
    }
    record.sort(null);
    assertThat(record).as("timelines from %s", input).isNotEmpty();
    assertThat(flink).hasSameSizeAs(record);
    assertThat(flink).isEqualTo(record);
  }

  private static String str(Object o) {
    return o == null ? null : o.toString();
  }
}
