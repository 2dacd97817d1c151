package org.marsad.ingest;

import org.marsad.BadInputException;

/**
 * A place reports come from: a file or folder, a Telegram export, a news feed, an article page.
 * Each kind is a small class behind this interface; those that need the network live in the
 * fetch module, so that this module opens no connections.
 *
 * <p>An origin is read again and again by a watch loop. What is new is decided by the caller
 * through {@link Items#seen}: the origin offers every item it has, and the caller, who keeps the
 * record, says which ones are already in it. The origin only skips costly work (fetching an
 * article) for seen items.
 */
public interface Origin {
  /** The URL or path this origin reads, as the user gave it. */
  String location();

  /**
   * Offers each item to {@code items}, and returns the cursor for the next read. With {@code
   * since} from the previous read, an unchanged feed may answer "not modified" and offer nothing.
   * The caller must keep the returned cursor only after every item offered has been stored, so
   * that an interrupted read is repeated, not lost.
   */
  Cursor read(Cursor since, Items items);

  /** Where an origin's items go. */
  interface Items {
    /** Whether the item with this key (an entry id, a message id, a path) is already taken. */
    boolean seen(String key);

    /** One report. */
    void accept(Item item);

    /** An item that could not be read, with a one-line reason naming it. */
    void reject(String key, BadInputException why);
  }

  /**
   * One report read from an origin.
   *
   * @param key the item's identity within its origin (stable across reads)
   * @param source the report
   * @param author the byline, when the page names one; otherwise null
   * @param forwardedFrom for a forwarded or reposted item, who first published it (a channel's
   *     name or URL); otherwise null
   */
  record Item(String key, Source source, String author, String forwardedFrom) {}

  /** What a server said about its last answer, for a conditional request; both may be null. */
  record Cursor(String etag, String lastModified) {
    public static final Cursor NONE = new Cursor(null, null);
  }
}
