package org.marsad.cli;

import java.nio.file.Path;
import org.marsad.store.Store;
import org.marsad.store.StoreConfig;
import picocli.CommandLine.Option;

/**
 * Where the record is, for every command that reads or writes it ({@code @Mixin StoreOptions}).
 * Credentials may come from the environment so that they stay out of the process list.
 */
public class StoreOptions {
  @Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:MARSAD_DATA:-marsad-data}",
      description = "Data directory: the H2 database and the search index (default: ${DEFAULT-VALUE}; env MARSAD_DATA).")
  Path data;

  @Option(names = "--db", paramLabel = "URL", defaultValue = "${env:MARSAD_DB_URL}",
      description = "JDBC URL of a PostgreSQL database to use instead of the H2 file under --data,"
          + " e.g. jdbc:postgresql://127.0.0.1:5432/marsad (env MARSAD_DB_URL).")
  String db;

  @Option(names = "--db-user", paramLabel = "USER", defaultValue = "${env:MARSAD_DB_USER}",
      description = "Database user (env MARSAD_DB_USER).")
  String user;

  @Option(names = "--db-password", paramLabel = "PASSWORD", defaultValue = "${env:MARSAD_DB_PASSWORD}",
      description = "Database password (prefer env MARSAD_DB_PASSWORD).")
  String password;

  public StoreConfig config() {
    return new StoreConfig(data, db, user, password);
  }

  public Store open() {
    return Store.open(config());
  }

  /** For commands that only read: an existing record, readable while an ingest or a server writes it. */
  public Store openForReading() {
    return Store.openForReading(config());
  }
}
