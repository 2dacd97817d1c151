package org.marsad.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Deque;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.marsad.ingest.HtmlText;

/**
 * A news article page read to its report: the article body without navigation, ads, comments
 * and related links (Readability4J, Mozilla's Readability in Kotlin), and title, author, outlet
 * and publication date from JSON-LD ({@code datePublished}, {@code headline}, ...), OpenGraph
 * and {@code <meta>} tags, JSON-LD first because news sites fill it for search engines.
 *
 * @param text the body, one paragraph a line, headed by the title
 */
public record ArticlePage(String text, String title, String author, String outlet, LocalDate published) {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Readability recurses over the tree; deeper pages are read by the plain block reader instead. */
  static final int MAX_DEPTH = 400;
  private static final int MAX_JSON_LD = 1 << 20;
  private static final String NOT_ARTICLE = "nav, aside, footer, form, [id~=(?i)comment|related|share|sidebar|newsletter],"
      + " [class~=(?i)comment|related|share|sidebar|newsletter|advert|\\bads?\\b]";

  /** Reads a decoded page fetched from {@code uri}. */
  public static ArticlePage read(String html, URI uri) {
    Document doc = Jsoup.parse(html, uri.toString());
    String title = firstNonBlank(meta(doc, "og:title"), jsonLd(doc, "headline"), doc.title());
    String author = firstNonBlank(meta(doc, "author"), meta(doc, "article:author"), jsonLdName(doc, "author"));
    String outlet = firstNonBlank(meta(doc, "og:site_name"), jsonLdName(doc, "publisher"), uri.getHost());
    LocalDate published = firstDate(jsonLd(doc, "datePublished"), meta(doc, "article:published_time"),
        meta(doc, "datePublished"), meta(doc, "pubdate"), meta(doc, "date"), meta(doc, "DC.date.issued"),
        timeElement(doc));
    String body = null;
    // Parts that are never the article, removed before Readability scores the rest: its
    // heuristics keep a comment thread that sits beside the article in the same container.
    doc.select(NOT_ARTICLE).remove();
    if (depth(doc) <= MAX_DEPTH) {
      Article a = new Readability4J(uri.toString(), doc).parse();
      if (a.getArticleContent() != null) {
        body = HtmlText.read(a.getArticleContent().outerHtml()).text();
        author = firstNonBlank(author, a.getByline());
      }
    }
    if (body == null || body.isBlank()) {
      body = HtmlText.read(html).text();
    }
    String text = title == null || body.startsWith(title) ? body : title + "\n" + body;
    return new ArticlePage(text, title, author, outlet, published);
  }

  /** The deepest element's depth, counted without recursion (a hostile page nests 100k deep). */
  static int depth(Document doc) {
    int max = 0;
    Deque<Object[]> stack = new ArrayDeque<>();
    stack.push(new Object[] {doc, 0});
    while (!stack.isEmpty()) {
      Object[] top = stack.pop();
      int d = (Integer) top[1];
      max = Math.max(max, d);
      if (max > MAX_DEPTH) {
        return max;
      }
      for (Element c : ((Element) top[0]).children()) {
        stack.push(new Object[] {c, d + 1});
      }
    }
    return max;
  }

  private static String meta(Document doc, String name) {
    for (Element m : doc.select("meta[property], meta[name], meta[itemprop]")) {
      String key = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
      if (key.equalsIgnoreCase(name) && !m.attr("content").isBlank()) {
        return m.attr("content").strip();
      }
    }
    return null;
  }

  private static String timeElement(Document doc) {
    Element t = doc.selectFirst("article time[datetime], time[pubdate][datetime]");
    return t == null ? null : t.attr("datetime");
  }

  /** A field of the first JSON-LD object that has it (objects, arrays and @graph are searched). */
  private static String jsonLd(Document doc, String field) {
    JsonNode n = jsonLdNode(doc, field);
    return n == null ? null : n.isTextual() ? n.asText() : null;
  }

  /** A person's or organisation's name: a string, an object's "name", or the first of a list. */
  private static String jsonLdName(Document doc, String field) {
    JsonNode n = jsonLdNode(doc, field);
    if (n == null) {
      return null;
    }
    if (n.isArray() && !n.isEmpty()) {
      n = n.get(0);
    }
    return n.isTextual() ? n.asText() : n.path("name").isTextual() ? n.path("name").asText() : null;
  }

  private static JsonNode jsonLdNode(Document doc, String field) {
    for (Element s : doc.select("script[type=application/ld+json]")) {
      String data = s.data();
      if (data.length() > MAX_JSON_LD) {
        continue;
      }
      try {
        JsonNode found = find(JSON.readTree(data), field, 0);
        if (found != null) {
          return found;
        }
      } catch (java.io.IOException e) {
        // broken JSON-LD is common; the meta tags still count
      }
    }
    return null;
  }

  private static JsonNode find(JsonNode n, String field, int depth) {
    if (n == null || depth > 8) {
      return null;
    }
    if (n.isObject()) {
      if (n.hasNonNull(field)) {
        return n.get(field);
      }
      return find(n.get("@graph"), field, depth + 1);
    }
    if (n.isArray()) {
      for (JsonNode c : n) {
        JsonNode f = find(c, field, depth + 1);
        if (f != null) {
          return f;
        }
      }
    }
    return null;
  }

  /** The first readable date: ISO dates and timestamps, with or without an offset. */
  static LocalDate firstDate(String... values) {
    for (String v : values) {
      if (v == null || v.isBlank()) {
        continue;
      }
      String s = v.strip();
      try {
        return OffsetDateTime.parse(s).toLocalDate();
      } catch (DateTimeParseException e) {
        // not a full timestamp with offset
      }
      if (s.length() >= 10) {
        try {
          return LocalDate.parse(s.substring(0, 10));
        } catch (DateTimeParseException e) {
          // try the next source
        }
      }
    }
    return null;
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}
