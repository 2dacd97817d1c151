package org.marsad.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/** Rewrites the record's H2 file with its live data alone when most of it is dead chunks. */
final class H2Compaction {
  private H2Compaction() {}

  /**
   * H2 only: when less than {@code minChunkFillRate} % of the file's chunks is live data, rewrites
   * the file with the live data alone ({@code SHUTDOWN COMPACT}) and closes the database; only
   * {@link Store#close} may follow. With {@code WRITE_DELAY=0} H2 has no background writer, so the
   * chunks that batches rewrite are never compacted while the file is open: a long ingest leaves a
   * file several times its data (docs/performance.md). Empty when nothing was done.
   */
  static Optional<Store.Compaction> ifSparse(StoreConfig config, Jdbi jdbi, DataSource own, int minChunkFillRate) {
    java.nio.file.Path file = config.dataDir().resolve("marsad.mv.db");
    // Only the record's own H2 file: a --db URL may name an H2 database elsewhere.
    if (!config.jdbcUrl().equals(StoreConfig.h2Url(config.dataDir())) || !Files.isRegularFile(file)) {
      return Optional.empty();
    }
    int fill = jdbi.withHandle(h -> h.createQuery("SELECT setting_value FROM information_schema.settings"
        + " WHERE setting_name = 'info.CHUNKS_FILL_RATE'").mapTo(String.class).findOne()
        .map(v -> Integer.parseInt(v.trim())).orElse(100));
    if (fill >= minChunkFillRate) {
      return Optional.empty();
    }
    try {
      long before = Files.size(file);
      long t0 = System.nanoTime();
      // A connection of its own, not the pool's: a pooled connection rolls back on close, which
      // fails (and leaves a trace file) once the database is shut.
      try (java.sql.Connection c = own.getConnection();
          java.sql.Statement st = c.createStatement()) {
        st.execute("SHUTDOWN COMPACT");
      } catch (SQLException e) {
        // The statement closes the database under its own connection: H2 answers "already closed".
        if (e.getErrorCode() != org.h2.api.ErrorCode.DATABASE_IS_CLOSED) {
          throw new IllegalStateException("cannot compact the database: " + e.getMessage(), e);
        }
      }
      return Optional.of(new Store.Compaction(before, Files.size(file), java.time.Duration.ofNanos(System.nanoTime() - t0)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the size of " + file, e);
    }
  }
}
