package org.marsad.store;

import java.nio.file.Path;

/**
 * Where the record lives. {@code dataDir} always holds the full-text index (DATA/index) and, unless
 * {@code jdbcUrl} names another database, the H2 file database (DATA/marsad.mv.db). {@code user}
 * and {@code password} may be null (H2's default user).
 */
public record StoreConfig(Path dataDir, String jdbcUrl, String user, String password) {
  public static final Path DEFAULT_DATA_DIR = Path.of("marsad-data");

  public StoreConfig {
    if (dataDir == null) {
      throw new IllegalArgumentException("dataDir is null");
    }
    dataDir = dataDir.toAbsolutePath().normalize();
    if (jdbcUrl == null || jdbcUrl.isBlank()) {
      jdbcUrl = h2Url(dataDir);
    }
  }

  /** The embedded H2 database under {@code dataDir}. */
  public static StoreConfig of(Path dataDir) {
    return new StoreConfig(dataDir, null, null, null);
  }

  /**
   * PostgreSQL compatibility so that one migration set serves both engines; lower-case identifiers
   * and NULLs sorted last as PostgreSQL does, so queries behave alike on both. AUTO_SERVER lets
   * readers in while a writer runs. WRITE_DELAY=0: no background writer; H2 writes the store from
   * the committing thread at each commit, so a killed process leaves whole transactions (the
   * background writer could store one half-committed: docs/decisions.md, issue 12, crash recovery).
   */
  public static String h2Url(Path dataDir) {
    return "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("marsad")
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE;WRITE_DELAY=0";
  }

  public boolean isH2() {
    return jdbcUrl.startsWith("jdbc:h2:");
  }

  /** Whether a record exists here: the H2 file under the data directory (any PostgreSQL database counts). */
  public boolean exists() {
    return !isH2() || java.nio.file.Files.isRegularFile(dataDir.resolve("marsad.mv.db"));
  }

  public Path indexDir() {
    return dataDir.resolve("index");
  }

  /** The URL without credentials or options, for messages. */
  public String describe() {
    int q = jdbcUrl.indexOf(isH2() ? ';' : '?');
    return q < 0 ? jdbcUrl : jdbcUrl.substring(0, q);
  }
}
