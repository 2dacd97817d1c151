package org.marsad.ingest;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.marsad.BadInputException;

/**
 * The text of a web page, one paragraph a line: what a reader sees in the article, without
 * scripts, styles, navigation or forms. Broken markup is read as a browser reads it. The page's
 * text becomes the report's text, so evidence offsets point into it, not into the markup.
 */
public final class HtmlText {
  private static final String BLOCKS = "h1,h2,h3,h4,h5,h6,p,li,blockquote,pre,td,dd,dt,figcaption,div";
  private static final String NOISE = "script,style,noscript,template,nav,header,footer,aside,form,iframe,svg,button,select";

  private static final Evaluator BLOCK_QUERY = QueryParser.parse(BLOCKS);

  /** A page read to text, and its title (or null). */
  public record Page(String text, String title) {}

  private HtmlText() {}

  private static final Set<String> NOT_NESTING = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
      "link", "meta", "param", "source", "track", "wbr", "p", "li", "td", "th", "tr", "option", "dt", "dd");

  /**
   * Refuses markup whose tags open far deeper than any page before it is parsed: the parser
   * flattens such nesting, but only after seconds of work. Tags a browser closes by itself
   * (p, li, td...) and void tags do not count, so sloppy real pages pass.
   */
  public static void checkNesting(String html, String name) {
    int depth = 0;
    int limit = MAX_DEPTH * 4;
    int n = html.length();
    for (int i = html.indexOf('<'); i >= 0 && i + 1 < n; i = html.indexOf('<', i + 1)) {
      char c = html.charAt(i + 1);
      boolean close = c == '/';
      int start = close ? i + 2 : i + 1;
      int end = start;
      while (end < n && end - start < 12 && Character.isLetterOrDigit(html.charAt(end))) {
        end++;
      }
      if (end == start) {
        continue;
      }
      String tag = html.substring(start, end).toLowerCase(Locale.ROOT);
      if (NOT_NESTING.contains(tag)) {
        continue;
      }
      if (close) {
        depth = Math.max(0, depth - 1);
      } else {
        int gt = html.indexOf('>', end);
        if (gt > 0 && html.charAt(gt - 1) == '/') {
          continue; // self-closed
        }
        if (++depth > limit) {
          throw new BadInputException(name + ": markup nested over " + MAX_DEPTH + " levels deep");
        }
      }
    }
  }

  /** The depth of the deepest element, counted without recursion; stops counting past the limit. */
  static int depth(Document doc) {
    int max = 0;
    java.util.ArrayDeque<Element> stack = new java.util.ArrayDeque<>();
    java.util.ArrayDeque<Integer> depths = new java.util.ArrayDeque<>();
    stack.push(doc);
    depths.push(0);
    while (!stack.isEmpty()) {
      Element e = stack.pop();
      int d = depths.pop();
      if (d > max) {
        max = d;
        if (max > MAX_DEPTH) {
          return max;
        }
      }
      for (Element c = e.firstElementChild(); c != null; c = c.nextElementSibling()) {
        stack.push(c);
        depths.push(d + 1);
      }
    }
    return max;
  }

  /** Whether a decoded text is a web page rather than plain text. */
  public static boolean isHtml(String name, String text) {
    String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
    return n.endsWith(".html") || n.endsWith(".htm") || TextDecoder.looksLikeHtml(text);
  }

  /** Deeper markup is refused: no real page nests this deep, and reading it costs quadratic time. */
  public static final int MAX_DEPTH = 512;

  public static Page read(String html) {
    return read(html, "page");
  }

  /** Reads a page; refuses (naming it {@code name}) markup nested over {@link #MAX_DEPTH} levels. */
  public static Page read(String html, String name) {
    checkNesting(html, name);
    Document doc = Jsoup.parse(html);
    int depth = depth(doc);
    if (depth > MAX_DEPTH) {
      throw new BadInputException(name + ": markup nested over " + MAX_DEPTH + " levels deep");
    }
    doc.select(NOISE).remove();
    StringBuilder out = new StringBuilder(html.length() / 3);
    Elements blocks = doc.body().select(BLOCK_QUERY);
    // A container of other blocks gives no line of its own: its children give the lines. Found
    // by marking each block's block ancestors once (linear; a page may hold 100k list items).
    Set<Element> containers = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element b : blocks) {
      for (Element p = b.parent(); p != null; p = p.parent()) {
        if (BLOCK_QUERY.matches(doc, p) && !containers.add(p)) {
          break; // already marked, and so are its block ancestors
        }
      }
    }
    for (Element e : blocks) {
      if (containers.contains(e)) {
        continue;
      }
      String line = e.text().strip();
      if (!line.isEmpty()) {
        out.append(line).append('\n');
      }
    }
    if (out.length() == 0) {
      out.append(doc.body().text().strip());
    }
    String title = doc.title().strip();
    return new Page(out.toString().stripTrailing(), title.isEmpty() ? null : title);
  }
}
