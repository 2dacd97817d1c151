package org.marsad.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
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
  /** News pages hold a few thousand elements; link farms and archives far more. */
  static final int MAX_ELEMENTS = 20_000;
  private static final int MAX_JSON_LD = 1 << 20;
  private static final String NOT_ARTICLE = "nav, aside, footer, form, [id~=(?i)comment|related|share|sidebar|newsletter],"
      + " [class~=(?i)comment|related|share|sidebar|newsletter|advert|\\bads?\\b]";

  /** Reads a decoded page fetched from {@code uri}. */
  public static ArticlePage read(String html, URI uri) {
    HtmlText.checkNesting(html, uri.toString());
    Document doc = Jsoup.parse(html, uri.toString());
    // One pass each over metas and JSON-LD: on a page of 100k elements every select costs.
    java.util.Map<String, String> metas = metas(doc);
    List<JsonNode> ld = jsonLd(doc);
    String title = firstNonBlank(metas.get("og:title"), text(find(ld, "headline")), doc.title());
    String author = firstNonBlank(metas.get("author"), metas.get("article:author"), name(find(ld, "author")));
    String outlet = firstNonBlank(metas.get("og:site_name"), name(find(ld, "publisher")), uri.getHost());
    LocalDate published = firstDate(text(find(ld, "datePublished")), metas.get("article:published_time"),
        metas.get("datepublished"), metas.get("pubdate"), metas.get("date"), metas.get("dc.date.issued"),
        timeElement(doc));
    String body = null;
    if (doc.getAllElements().size() > MAX_ELEMENTS) {
      // A huge page (an archive, a link farm): Readability's scoring and jsoup's one-by-one
      // removals are quadratic there (33 s for 100k links), so only its paragraphs are read.
      body = paragraphs(doc);
    } else {
      // Parts that are never the article, removed before Readability scores the rest: its
      // heuristics keep a comment thread that sits beside the article in the same container.
      doc.select(NOT_ARTICLE).remove();
      removeLinkLists(doc);
      if (depth(doc) <= MAX_DEPTH) {
        Article a = new Readability4J(uri.toString(), doc).parse();
        if (a.getArticleContent() != null) {
          body = HtmlText.read(a.getArticleContent().outerHtml()).text();
          author = firstNonBlank(author, a.getByline());
        }
      }
      if (body == null || body.isBlank()) {
        body = HtmlText.read(doc.outerHtml(), uri.toString()).text();
      }
    }
    String text = title == null || body.startsWith(title) ? body : title + "\n" + body;
    return new ArticlePage(text, title, author, outlet, published);
  }

  /** The text of the article's paragraphs (or of every paragraph when no article element is marked), one a line. */
  static String paragraphs(Document doc) {
    var ps = doc.select("article p, main p, [itemprop=articleBody] p");
    if (ps.isEmpty()) {
      ps = doc.select("p");
    }
    StringBuilder b = new StringBuilder();
    for (Element p : ps) {
      String t = p.text().strip();
      if (!t.isEmpty()) {
        b.append(t).append('\n');
      }
    }
    return b.toString().strip();
  }

  /** List items that are nothing but a link (menus, "read also", archives) are not article text. */
  static void removeLinkLists(Document doc) {
    for (Element li : doc.select("li")) {
      String all = li.text();
      if (!all.isBlank() && li.select("a").text().length() * 10 >= all.length() * 9) {
        li.remove();
      }
    }
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
      if (max > HtmlText.MAX_DEPTH) {
        return max;
      }
      for (Element c = ((Element) top[0]).firstElementChild(); c != null; c = c.nextElementSibling()) {
        stack.push(new Object[] {c, d + 1});
      }
    }
    return max;
  }

  /** Meta tags by lower-cased property, name or itemprop; the first of each wins. */
  private static java.util.Map<String, String> metas(Document doc) {
    java.util.Map<String, String> m = new java.util.HashMap<>();
    for (Element e : doc.getElementsByTag("meta")) {
      String key = e.hasAttr("property") ? e.attr("property") : e.hasAttr("name") ? e.attr("name") : e.attr("itemprop");
      String content = e.attr("content");
      if (!key.isEmpty() && !content.isBlank()) {
        m.putIfAbsent(key.toLowerCase(java.util.Locale.ROOT), content.strip());
      }
    }
    return m;
  }

  private static String timeElement(Document doc) {
    Element t = doc.selectFirst("article time[datetime], time[pubdate][datetime]");
    return t == null ? null : t.attr("datetime");
  }

  /** The page's JSON-LD blocks that parse (broken JSON-LD is common; the meta tags still count). */
  private static List<JsonNode> jsonLd(Document doc) {
    List<JsonNode> out = new java.util.ArrayList<>();
    for (Element s : doc.select("script[type=application/ld+json]")) {
      String data = s.data();
      if (data.length() > MAX_JSON_LD) {
        continue;
      }
      try {
        out.add(JSON.readTree(data));
      } catch (java.io.IOException e) {
        // skipped
      }
    }
    return out;
  }

  private static JsonNode find(List<JsonNode> blocks, String field) {
    for (JsonNode n : blocks) {
      JsonNode f = find(n, field, 0);
      if (f != null) {
        return f;
      }
    }
    return null;
  }

  private static String text(JsonNode n) {
    return n != null && n.isTextual() ? n.asText() : null;
  }

  /** A person's or organisation's name: a string, an object's "name", or the first of a list. */
  private static String name(JsonNode n) {
    if (n == null) {
      return null;
    }
    if (n.isArray() && !n.isEmpty()) {
      n = n.get(0);
    }
    return n.isTextual() ? n.asText() : n.path("name").isTextual() ? n.path("name").asText() : null;
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
