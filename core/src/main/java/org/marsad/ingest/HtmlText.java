package org.marsad.ingest;

import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The text of a web page, one paragraph a line: what a reader sees in the article, without
 * scripts, styles, navigation or forms. Broken markup is read as a browser reads it. The page's
 * text becomes the report's text, so evidence offsets point into it, not into the markup.
 */
public final class HtmlText {
  private static final String BLOCKS = "h1,h2,h3,h4,h5,h6,p,li,blockquote,pre,td,dd,dt,figcaption,div";
  private static final String NOISE = "script,style,noscript,template,nav,header,footer,aside,form,iframe,svg,button,select";

  /** A page read to text, and its title (or null). */
  public record Page(String text, String title) {}

  private HtmlText() {}

  /** Whether a decoded text is a web page rather than plain text. */
  public static boolean isHtml(String name, String text) {
    String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
    return n.endsWith(".html") || n.endsWith(".htm") || TextDecoder.looksLikeHtml(text);
  }

  public static Page read(String html) {
    Document doc = Jsoup.parse(html);
    doc.select(NOISE).remove();
    StringBuilder out = new StringBuilder(html.length() / 3);
    for (Element e : doc.body().select(BLOCKS)) {
      if (!e.select(BLOCKS).isEmpty() && e.select(BLOCKS).size() > 1) {
        continue; // a container of other blocks: its children give the lines
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
