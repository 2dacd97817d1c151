package org.marsad.fetch;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.marsad.BadInputException;
import org.marsad.ingest.CharsetHints;
import org.marsad.ingest.DecodedText;
import org.marsad.ingest.Origin;
import org.marsad.ingest.Source;
import org.marsad.ingest.TextDecoder;

/**
 * A URL: an RSS 2.0 or Atom feed (ROME), whose entries' links are fetched as article pages, or
 * an article page itself; which one is decided by what the server sends. Every request goes
 * through one {@link SafeFetcher} (address checks, caps, per-host pacing) and robots.txt. The feed
 * is asked for conditionally (ETag, Last-Modified), so an unchanged feed costs one 304.
 *
 * <p>A report's bytes are the UTF-8 of the article text (not the page's markup), so the same
 * article fetched again with other ads or another timestamp is the same report.
 */
public final class WebOrigin implements Origin {
  private final String url;
  private final SafeFetcher fetcher;
  private final Robots robots;

  public WebOrigin(String url, SafeFetcher fetcher, Robots robots) {
    this.url = url;
    this.fetcher = fetcher;
    this.robots = robots;
  }

  @Override
  public String location() {
    return url;
  }

  @Override
  public Cursor read(Cursor since, Items items) {
    robots.check(url);
    Cursor c = since == null ? Cursor.NONE : since;
    Fetched f = fetcher.get(url, c.etag(), c.lastModified());
    if (f.notModified()) {
      return c;
    }
    if (isFeed(f)) {
      feed(f, items);
    } else if (!items.seen(url)) {
      items.accept(page(url, f, null, null, null));
    }
    return new Cursor(f.etag(), f.lastModified());
  }

  private void feed(Fetched f, Items items) {
    SyndFeed feed;
    try {
      // Doctypes are refused by ROME's default (no entity expansion, no external entities).
      SyndFeedInput in = new SyndFeedInput();
      feed = in.build(new XmlReader(new ByteArrayInputStream(f.body()), f.contentType(), true));
    } catch (FeedException | IOException | IllegalArgumentException e) {
      throw new BadInputException(url + ": not a readable feed (" + SafeFetcher.oneLine(String.valueOf(e.getMessage())) + ")", e);
    }
    List<SyndEntry> entries = new ArrayList<>(feed.getEntries());
    // Feeds list the newest first; reading oldest first keeps the record in publication order.
    java.util.Collections.reverse(entries);
    String feedTitle = feed.getTitle() == null || feed.getTitle().isBlank() ? null : feed.getTitle().strip();
    for (SyndEntry e : entries) {
      String link = e.getLink() != null ? e.getLink().strip() : null;
      String key = e.getUri() != null && !e.getUri().isBlank() ? e.getUri().strip() : link;
      if (key == null) {
        continue; // an entry with neither id nor link cannot be followed or remembered
      }
      if (items.seen(key)) {
        continue;
      }
      try {
        if (link == null) {
          throw new BadInputException(url + ": entry " + key + " has no link");
        }
        String abs = f.uri().resolve(link).toString();
        robots.check(abs);
        Fetched page = fetcher.get(abs);
        Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
        LocalDate entryDate = d == null ? null : d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        Item item = page(abs, page, entryDate, feedTitle, e.getTitle());
        items.accept(new Item(key, item.source(), item.author(), null));
      } catch (BadInputException | IllegalArgumentException ex) {
        items.reject(key, ex instanceof BadInputException b ? b : new BadInputException(key + ": " + ex.getMessage(), ex));
      }
    }
  }

  /** An article page as a report; the page's own date, title and outlet win over the feed's. */
  static Item page(String key, Fetched f, LocalDate feedDate, String feedOutlet, String feedTitle) {
    String name = f.uri().toString();
    String declared = CharsetHints.declared(f.contentType(), f.body());
    DecodedText d = TextDecoder.decode(f.body(), name, TextDecoder.DEFAULT_MAX_BYTES, declared);
    String type = f.contentType() == null ? "" : f.contentType().toLowerCase(Locale.ROOT);
    Source s;
    String author = null;
    if (type.startsWith("text/plain")) {
      s = new Source(name, d.text().getBytes(StandardCharsets.UTF_8), feedDate, feedOutlet, name, feedTitle, null);
    } else {
      ArticlePage a = ArticlePage.read(d.text(), f.uri());
      if (a.text().isBlank()) {
        throw new BadInputException(name + ": no article text on the page");
      }
      author = a.author();
      s = new Source(name, a.text().getBytes(StandardCharsets.UTF_8),
          a.published() != null ? a.published() : feedDate,
          a.outlet() != null && !a.outlet().equals(f.uri().getHost()) ? a.outlet() : feedOutlet != null ? feedOutlet : a.outlet(),
          name, a.title() != null ? a.title() : feedTitle, null);
    }
    return new Item(key, s, author, null);
  }

  /** A feed by its Content-Type, or by its first element when the server says only "xml" or nothing useful. */
  static boolean isFeed(Fetched f) {
    String type = f.contentType() == null ? "" : f.contentType().toLowerCase(Locale.ROOT);
    if (type.contains("rss") || type.contains("atom")) {
      return true;
    }
    if (type.contains("html")) {
      return false;
    }
    int n = Math.min(f.body().length, 1024);
    String head = new String(f.body(), 0, n, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf");
  }

  /** Whether a location names a URL (rather than a file). */
  public static boolean isUrl(String location) {
    String l = location.toLowerCase(Locale.ROOT);
    return l.startsWith("http://") || l.startsWith("https://");
  }

  static URI uri(String s) {
    return URI.create(s);
  }
}
