package org.marsad.store;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.marsad.Pipeline;
import org.marsad.ingest.Source;
import org.marsad.model.Extraction;

/**
 * The child process of {@link CrashRecoveryTest}: ingests a JSON Lines file slowly, printing
 * "stored N" after each input, then derives in small area chunks, printing "derived STEP" after
 * each committed derivation step and pausing, so that a kill lands between two of its transactions.
 * Arguments: DATA_DIR INPUT.jsonl SLEEP_MILLIS.
 */
public final class CrashIngestMain {
  /** Inputs per transaction in this test: several batches, and kills land inside them. */
  static final int BATCH = 32;
  /** Events per area chunk of the child's derivation: several chunks, each its own transaction. */
  static final int CHUNK_EVENTS = 150;

  private CrashIngestMain() {}

  public static void main(String[] args) {
    Path data = Path.of(args[0]);
    Path input = Path.of(args[1]);
    long sleep = Long.parseLong(args[2]);
    Function<Source, Extraction> work = TestData.withSyntheticEvents(Pipeline.defaultPipeline());
    try (Store store = Store.open(StoreConfig.of(data))) {
      long[] n = {0};
      new Ingestor(store, s -> {
        pause(sleep);
        return work.apply(s);
      }, 2, BATCH).ingest(List.of(input), (name, outcome) -> {
        System.out.println("stored " + ++n[0]);
        System.out.flush();
      });
      System.out.println("deriving");
      System.out.flush();
      Derivation.defaults().withChunkEvents(CHUNK_EVENTS).run(store, step -> {
        System.out.println("derived " + step);
        System.out.flush();
        pause(200);
      });
    }
    System.out.println("done");
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
