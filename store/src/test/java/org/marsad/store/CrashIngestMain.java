package org.marsad.store;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.marsad.Pipeline;
import org.marsad.ingest.Source;
import org.marsad.model.Extraction;

/**
 * The child process of {@link CrashRecoveryTest}: ingests a JSON Lines file slowly, printing
 * "stored N" after each input so that the parent knows when to kill it.
 * Arguments: DATA_DIR INPUT.jsonl SLEEP_MILLIS.
 */
public final class CrashIngestMain {
  /** Inputs per transaction in this test: several batches, and kills land inside them. */
  static final int BATCH = 64;

  private CrashIngestMain() {}

  public static void main(String[] args) {
    Path data = Path.of(args[0]);
    Path input = Path.of(args[1]);
    long sleep = Long.parseLong(args[2]);
    Function<Source, Extraction> work = TestData.withSyntheticEvents(Pipeline.defaultPipeline());
    try (Store store = Store.open(StoreConfig.of(data))) {
      long[] n = {0};
      new Ingestor(store, s -> {
        try {
          Thread.sleep(sleep);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return work.apply(s);
      }, 2, BATCH).ingest(List.of(input), (name, outcome) -> {
        System.out.println("stored " + ++n[0]);
        System.out.flush();
      });
      System.out.println("deriving");
      System.out.flush();
      Derivation.defaults().run(store);
    }
    System.out.println("done");
  }
}
