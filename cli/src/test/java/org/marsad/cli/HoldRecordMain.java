package org.marsad.cli;

import java.nio.file.Path;
import org.marsad.store.Store;
import org.marsad.store.StoreConfig;

/**
 * A second process that holds a record open for writing (as a long ingest or a server does) until
 * its standard input closes; prints "open" once it holds it. Argument: DATA_DIR.
 */
public final class HoldRecordMain {
  private HoldRecordMain() {}

  public static void main(String[] args) throws Exception {
    try (Store s = Store.open(StoreConfig.of(Path.of(args[0])))) {
      System.out.println("open " + s.counts().get("reports"));
      System.out.flush();
      while (System.in.read() >= 0) {
        // wait for the parent to close our input
      }
    }
  }
}
