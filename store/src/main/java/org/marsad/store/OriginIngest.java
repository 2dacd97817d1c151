package org.marsad.store;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.marsad.BadInputException;
import org.marsad.Pipeline;
import org.marsad.ingest.Origin;
import org.marsad.ingest.Source;
import org.marsad.model.Extraction;

/**
 * Reads one {@link Origin} into the record, one transaction per report, on the calling thread
 * (origins pace their own network requests; extraction is the cheap part here).
 *
 * <p>For a followed source, each item taken is remembered ({@link SourceList#taken}) after its
 * report is stored. A crash between the two repeats the item on the next read, and the repeat
 * is recognised: the same text is the same report id, and an item whose URL is already in the
 * record from this outlet is not stored again. So a restart neither loses nor repeats an item.
 */
public final class OriginIngest {
  /** What happened to one item. */
  public enum Outcome { ADDED, KNOWN, REJECTED }

  /** Told about each item as it is done. */
  @FunctionalInterface
  public interface Listener {
    void done(String itemKey, String name, Outcome outcome, String reason);
  }

  /** What one read did; {@code cursor} is what the origin returned (null if the read failed). */
  public record Result(long added, long known, long rejected, long events, Map<String, Long> rejectReasons, Origin.Cursor cursor) {}

  private final Store store;
  private final Function<Source, Extraction> work;
  private final SourceList sources;

  public OriginIngest(Store store, Pipeline pipeline) {
    this(store, s -> pipeline.extract(pipeline.read(s)));
  }

  public OriginIngest(Store store, Function<Source, Extraction> work) {
    this.store = store;
    this.work = work;
    this.sources = new SourceList(store);
  }

  /**
   * Reads {@code origin}; {@code sourceId} is the followed source's id, or null for a one-off
   * ingest (then nothing is remembered but the reports). A failure of the origin itself (the
   * feed unreachable or unreadable) is thrown as a {@link BadInputException} after the items
   * already read are stored.
   */
  public Result read(Origin origin, String sourceId, Origin.Cursor since, Listener listener) {
    long[] n = new long[4]; // added, known, rejected, events
    Map<String, Long> reasons = new HashMap<>();
    Origin.Cursor cursor = origin.read(since, new Origin.Items() {
      @Override
      public boolean seen(String key) {
        return sourceId != null && sources.seen(sourceId, key);
      }

      @Override
      public void accept(Origin.Item item) {
        Source s = item.source();
        Outcome o;
        String id = Pipeline.sha256(s.bytes());
        try {
          if (store.contains(id) || (sourceId != null && knownUrl(s))) {
            o = Outcome.KNOWN;
          } else {
            Extraction x = work.apply(s);
            o = store.put(x, s.name()) ? Outcome.ADDED : Outcome.KNOWN;
            if (o == Outcome.ADDED) {
              n[3] += x.events().size();
            }
          }
          if (o == Outcome.ADDED && (item.author() != null || item.forwardedFrom() != null)) {
            provenance(id, item);
          }
          if (sourceId != null) {
            sources.taken(sourceId, item.key(), id);
          }
        } catch (BadInputException e) {
          reject(item.key(), e);
          return;
        } catch (RuntimeException e) {
          // A bug on one report must not stop a source; the item is retried on the next read.
          reject(item.key(), new BadInputException(s.name() + ": extraction failed (" + e + ")", e));
          return;
        }
        n[o.ordinal()]++;
        if (listener != null) {
          listener.done(item.key(), s.name(), o, null);
        }
      }

      @Override
      public void reject(String key, BadInputException raw) {
        // One line: parsers' messages carry line breaks and source excerpts.
        BadInputException why = new BadInputException(oneLine(raw.getMessage()), raw);
        String name = nameOf(why, key);
        store.reject(name, why.getMessage());
        if (sourceId != null) {
          sources.failed(sourceId, key);
        }
        n[Outcome.REJECTED.ordinal()]++;
        reasons.merge(shortReason(name, why.getMessage()), 1L, Long::sum);
        if (listener != null) {
          listener.done(key, name, Outcome.REJECTED, why.getMessage());
        }
      }
    });
    store.flushIndex();
    return new Result(n[0], n[1], n[2], n[3], reasons, cursor);
  }

  /** A report with this URL and outlet is already stored (the item was taken before a crash). */
  private boolean knownUrl(Source s) {
    if (s.url() == null) {
      return false;
    }
    return store.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM reports WHERE url = :u"
            + " AND (outlet = :o OR (outlet IS NULL AND :o IS NULL))")
        .bind("u", s.url()).bind("o", s.outlet()).mapTo(Long.class).one() > 0);
  }

  private void provenance(String reportId, Origin.Item item) {
    store.jdbi().useHandle(h -> h.createUpdate("INSERT INTO report_provenance (report_id, author, forwarded_from)"
            + " VALUES (:r, :a, :f) ON CONFLICT DO NOTHING")
        .bind("r", reportId).bind("a", SourceList.clip(item.author(), 1000))
        .bind("f", SourceList.clip(item.forwardedFrom(), 1000)).execute());
  }

  /** A BadInputException's message starts with the input's name, "name: reason". */
  private static String nameOf(BadInputException e, String fallback) {
    String m = String.valueOf(e.getMessage());
    int i = m.indexOf(": ");
    return i < 0 ? fallback : m.substring(0, i);
  }

  static String oneLine(String s) {
    String t = s == null ? "unknown" : s.replaceAll("\\s*\\R\\s*", " ");
    return t.length() > 1000 ? t.substring(0, 1000) + "..." : t;
  }

  static String shortReason(String name, String reason) {
    String r = reason == null ? "unknown" : reason;
    r = r.startsWith(name + ": ") ? r.substring(name.length() + 2) : r;
    int paren = r.indexOf(" (");
    return paren > 0 ? r.substring(0, paren) : r;
  }
}
