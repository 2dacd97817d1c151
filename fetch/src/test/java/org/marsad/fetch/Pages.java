package org.marsad.fetch;

/** Article pages and feeds written for the tests (fictional reports about real towns). */
final class Pages {
  private Pages() {}

  static final String BODY_1 = "فرضت قوات النظام حصارا خانقا على بلدة جاسم في ريف درعا الشمالي ومنعت إدخال المواد الغذائية والأدوية إلى البلدة.";
  static final String BODY_2 = "وقال ناشطون من أبناء البلدة إن الحواجز العسكرية أغلقت الطرق المؤدية إلى جاسم ومنعت الأهالي من الخروج منها.";
  static final String BODY_3 = "وأضاف الناشطون أن الأفران توقفت عن العمل بسبب نفاد الطحين، وأن المرضى لا يستطيعون الوصول إلى المشافي.";
  static final String MENU = "الرئيسية سياسة اقتصاد رياضة";
  static final String RELATED = "اقرأ أيضا: مباراة الديربي تنتهي بالتعادل";
  static final String COMMENT = "تعليق القارئ: شكرا على التغطية";

  /** A news page with a menu, related links, comments and JSON-LD, in the style of real outlets. */
  static String article(String title, String datePublished, String... paragraphs) {
    StringBuilder p = new StringBuilder();
    for (String s : paragraphs) {
      p.append("<p>").append(s).append("</p>\n");
    }
    return """
        <!DOCTYPE html>
        <html lang="ar" dir="rtl"><head><meta charset="utf-8">
        <title>%1$s | وكالة الخبر</title>
        <meta property="og:title" content="%1$s">
        <meta property="og:site_name" content="وكالة الخبر">
        <meta name="author" content="مراسل الوكالة">
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
          {"@type":"NewsArticle","headline":"%1$s","datePublished":"%2$s","author":{"@type":"Person","name":"مراسل الوكالة"}}]}</script>
        </head><body>
        <header><nav class="menu"><ul><li><a href="/">الرئيسية</a> <a href="/s">سياسة</a> <a href="/e">اقتصاد</a> <a href="/r">رياضة</a></li></ul></nav></header>
        <div id="main"><article class="post-content"><h1>%1$s</h1>
        %3$s
        </article>
        <aside class="related"><h3>اقرأ أيضا</h3><ul><li><a href="/x">%4$s</a></li></ul></aside>
        <section id="comments" class="comments"><div class="comment">%5$s</div></section></div>
        <footer>جميع الحقوق محفوظة</footer>
        </body></html>
        """.formatted(title, datePublished, p, RELATED, COMMENT).replace(RELATED + "</a>", RELATED + "</a>")
        .replace("<ul><li><a href=\"/\">الرئيسية</a> <a href=\"/s\">سياسة</a> <a href=\"/e\">اقتصاد</a> <a href=\"/r\">رياضة</a></li></ul>",
            "<ul><li><a href=\"/\">" + MENU + "</a></li></ul>");
  }

  static String rss(String title, String... items) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>" + title
        + "</title><link>http://example.invalid/</link><description>d</description>\n" + String.join("\n", items)
        + "\n</channel></rss>";
  }

  static String rssItem(String guid, String link, String title, String pubDate) {
    return "<item><guid>" + guid + "</guid><link>" + link + "</link><title>" + title + "</title><pubDate>" + pubDate
        + "</pubDate><description>ملخص</description></item>";
  }

  static String atom(String title, String id, String link, String updated) {
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>" + title
        + "</title><id>urn:feed</id><updated>" + updated + "</updated>"
        + "<entry><id>" + id + "</id><title>t</title><link href=\"" + link + "\"/><updated>" + updated
        + "</updated><published>" + updated + "</published></entry></feed>";
  }
}
