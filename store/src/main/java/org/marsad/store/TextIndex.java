package org.marsad.store;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.marsad.BadInputException;

/**
 * The full-text index of reports under DATA/index: one Lucene document per report, keyed by the
 * report id. It is a cache of the database, never the reverse: documents are written after the
 * database commit, Lucene commits are batched, and {@link Store} reconciles the two on open.
 */
final class TextIndex implements Closeable {
  static final String ID = "id";
  static final String TITLE = "title";
  /** Title and text together: the field queries must match (all terms, possibly across both). */
  static final String ALL = "all";
  static final String PUBLISHED = "published";
  static final String OUTLET = "outlet";

  // A Lucene commit fsyncs; one per report would dominate ingest time. What a crash loses between
  // commits is re-indexed from the database on the next open. Each commit also flushes a small
  // segment that must later be merged: commits are rare, and the RAM buffer (Lucene's default
  // 16 MB) is larger so that a long ingest writes fewer, larger segments.
  private static final int COMMIT_EVERY_DOCS = 10_000;
  private static final long COMMIT_EVERY_NANOS = 30_000_000_000L;
  private static final double RAM_BUFFER_MB = 32;
  private static final String CLEAN = "clean";

  private final Path path;
  private final Analyzer analyzer = new ArabicSearchAnalyzer();
  private final Directory dir;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final boolean closedCleanly;
  private final boolean rebuilt;
  private int uncommitted;
  private long lastCommit = System.nanoTime();

  private TextIndex(Path path, Directory dir, IndexWriter writer, SearcherManager searchers, boolean closedCleanly, boolean rebuilt) {
    this.path = path;
    this.dir = dir;
    this.writer = writer;
    this.searchers = searchers;
    this.closedCleanly = closedCleanly;
    this.rebuilt = rebuilt;
  }

  /** Opens the index, or wipes and recreates it when it cannot be read. */
  static TextIndex open(Path path) {
    try {
      return tryOpen(path, false);
    } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
      wipe(path);
      try {
        return tryOpen(path, true);
      } catch (IOException again) {
        throw new UncheckedIOException("cannot recreate the search index at " + path, again);
      }
    } catch (LockObtainFailedException e) {
      throw new RecordUnavailableException(RecordUnavailableException.Reason.BUSY, "the record at " + path.getParent() + " is being written by another"
          + " marsad process (an ingest or a server); wait for it to finish, or read it with status/events/reports", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the search index at " + path, e);
    }
  }

  private static TextIndex tryOpen(Path path, boolean rebuilt) throws IOException {
    Files.createDirectories(path);
    Directory dir = FSDirectory.open(path);
    IndexWriter writer = null;
    try {
      IndexWriterConfig cfg = new IndexWriterConfig(new ArabicSearchAnalyzer())
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setCommitOnClose(false)
          .setRAMBufferSizeMB(RAM_BUFFER_MB);
      writer = new IndexWriter(dir, cfg);
      boolean clean = false;
      Iterable<Map.Entry<String, String>> last = writer.getLiveCommitData();
      if (last != null) {
        for (Map.Entry<String, String> e : last) {
          clean |= e.getKey().equals(CLEAN) && e.getValue().equals("true");
        }
      }
      // Opening a reader reads every segment's header and footer: a torn segment fails here.
      SearcherManager searchers = new SearcherManager(writer, null);
      // Mark the index in use, so a kill before close() is noticed on the next open.
      writer.setLiveCommitData(Map.of(CLEAN, "false").entrySet(), true);
      writer.commit();
      return new TextIndex(path, dir, writer, searchers, clean, rebuilt);
    } catch (IOException | RuntimeException e) {
      if (writer != null) {
        try {
          writer.rollback();
        } catch (IOException | RuntimeException ignored) {
          // the original failure is the one to report
        }
      }
      dir.close();
      throw e;
    }
  }

  private static void wipe(Path path) {
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        if (!p.equals(path)) {
          Files.delete(p);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear the unreadable search index at " + path, e);
    }
  }

  /** True when the last session closed the index normally (no crash since). */
  boolean closedCleanly() {
    return closedCleanly;
  }

  /** True when the index was unreadable and was recreated empty on open. */
  boolean rebuilt() {
    return rebuilt;
  }

  /**
   * Adds or replaces the document of one report (idempotent by id). Safe to call from several
   * threads at once: the analysis, the costly part, runs on the caller's thread (Lucene's writer is
   * thread-safe); only the commit bookkeeping is serialised.
   */
  void put(String id, String title, String text, LocalDate published, String outlet) {
    Document d = new Document();
    d.add(new StringField(ID, id, Field.Store.YES));
    if (title != null) {
      d.add(new TextField(TITLE, title, Field.Store.YES));
    }
    // Searches read ALL (title and text) and TITLE; a separate TEXT field doubled the analysis, a
    // fifth of ingest time, and was never queried (documents indexed before keep theirs, unused).
    d.add(new TextField(ALL, title == null ? text : title + "\n" + text, Field.Store.NO));
    if (published != null) {
      d.add(new StoredField(PUBLISHED, published.toString()));
    }
    if (outlet != null) {
      d.add(new StringField(OUTLET, outlet, Field.Store.YES));
    }
    try {
      writer.updateDocument(new Term(ID, id), d);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot index report " + id + " in " + path, e);
    }
    synchronized (this) {
      uncommitted++;
      maybeCommit();
    }
  }

  synchronized void delete(String id) {
    try {
      writer.deleteDocuments(new Term(ID, id));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove report " + id + " from " + path, e);
    }
    uncommitted++;
  }

  private void maybeCommit() {
    if (uncommitted >= COMMIT_EVERY_DOCS || System.nanoTime() - lastCommit > COMMIT_EVERY_NANOS) {
      commit();
    }
  }

  synchronized void commit() {
    if (uncommitted == 0) {
      return;
    }
    try {
      writer.commit();
      searchers.maybeRefresh();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit the search index at " + path, e);
    }
    uncommitted = 0;
    lastCommit = System.nanoTime();
  }

  /** The ids of all reports in the index, committed or not. */
  synchronized Set<String> ids() {
    Set<String> out = new HashSet<>();
    try (DirectoryReader r = DirectoryReader.open(writer)) {
      for (LeafReaderContext leaf : r.leaves()) {
        LeafReader lr = leaf.reader();
        Bits live = lr.getLiveDocs();
        StoredFields fields = lr.storedFields();
        for (int i = 0; i < lr.maxDoc(); i++) {
          if (live == null || live.get(i)) {
            out.add(fields.document(i, Set.of(ID)).get(ID));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the search index at " + path, e);
    }
    return out;
  }

  synchronized int size() {
    try (DirectoryReader r = DirectoryReader.open(writer)) {
      return r.numDocs();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the search index at " + path, e);
    }
  }

  /**
   * Reports matching a query in Lucene's classic syntax over title and text (all terms required);
   * input that is not valid syntax is searched as plain words.
   */
  List<SearchHit> search(String query, int limit) {
    if (query == null || query.isBlank()) {
      throw new BadInputException("empty search query");
    }
    if (limit < 1) {
      throw new BadInputException("search limit must be at least 1, got " + limit);
    }
    Query q = parse(query);
    if (q == null) {
      return List.of(); // only stop words
    }
    try {
      searchers.maybeRefresh();
      IndexSearcher s = searchers.acquire();
      try {
        List<SearchHit> hits = new ArrayList<>();
        StoredFields fields = s.storedFields();
        for (ScoreDoc sd : s.search(q, limit).scoreDocs) {
          Document d = fields.document(sd.doc);
          String pub = d.get(PUBLISHED);
          hits.add(new SearchHit(d.get(ID), d.get(TITLE), d.get(OUTLET), pub == null ? null : LocalDate.parse(pub), sd.score));
        }
        return hits;
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search the index at " + path, e);
    }
  }

  // Not MultiFieldQueryParser: with AND as default operator it turns one word into "+title +text".
  private Query parse(String query) {
    Query all = parse(ALL, query);
    if (all == null) {
      return null;
    }
    Query title = parse(TITLE, query);
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(all, BooleanClause.Occur.MUST);
    if (title != null) {
      b.add(new BoostQuery(title, 2f), BooleanClause.Occur.SHOULD); // ranks title matches first
    }
    return b.build();
  }

  private Query parse(String field, String query) {
    QueryParser p = new QueryParser(field, analyzer);
    p.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return p.parse(query);
    } catch (ParseException e) {
      try {
        return p.parse(QueryParser.escape(query));
      } catch (ParseException again) {
        throw new BadInputException("cannot read search query \"" + query + "\": " + again.getMessage(), again);
      }
    }
  }

  /** Commits, marking the index as closed normally, and releases it. */
  @Override
  public synchronized void close() {
    try {
      writer.setLiveCommitData(Map.of(CLEAN, "true").entrySet(), true);
      writer.commit();
      searchers.close();
      writer.close();
      dir.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the search index at " + path, e);
    }
  }
}
