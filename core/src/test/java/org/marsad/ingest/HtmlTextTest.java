package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.marsad.Pipeline;
import org.marsad.model.Event;
import org.marsad.model.EventType;
import org.marsad.model.Extraction;
import org.marsad.model.Report;

class HtmlTextTest {
  private static final String PAGE = "<!DOCTYPE html><html><head><title>حصار مضايا</title>"
      + "<script>var x = 'قصفت الطائرات المدينة';</script><style>p{color:red}</style></head><body>"
      + "<nav><a href='/'>الرئيسية</a> <a>اعتقالات</a></nav>"
      + "<div class=article><h1>حصار مضايا</h1>"
      + "<p>شددت قوات النظام اليوم حصارها على بلدة مضايا &amp; منعت إدخال الأدوية"
      + "<p>وقال ناشطون إن الأهالي يعانون من نقص حاد في الغذاء.</div>"
      + "<footer>جميع الحقوق محفوظة</footer><form><input value='هجوم'></form>";

  @Test
  void aBrokenPageReadsAsItsArticleLines() {
    HtmlText.Page page = HtmlText.read(PAGE);
    assertThat(page.title()).isEqualTo("حصار مضايا");
    assertThat(page.text().split("\n")).containsExactly(
        "حصار مضايا",
        "شددت قوات النظام اليوم حصارها على بلدة مضايا & منعت إدخال الأدوية",
        "وقال ناشطون إن الأهالي يعانون من نقص حاد في الغذاء.");
    assertThat(page.text()).doesNotContain("قصفت").doesNotContain("اعتقالات").doesNotContain("الحقوق").doesNotContain("هجوم");
  }

  @Test
  void thePipelineExtractsFromThePageTextAndCitesIt() {
    Pipeline p = Pipeline.defaultPipeline();
    Report r = p.read(new Source("page.html", PAGE.getBytes(StandardCharsets.UTF_8), LocalDate.of(2016, 1, 10), null, null, null, null));
    assertThat(r.meta().title()).isEqualTo("حصار مضايا");
    Extraction x = p.extract(r);
    assertThat(x.events()).extracting(Event::type).contains(EventType.SIEGE, EventType.SUPPLY_DENIAL).doesNotContain(EventType.ATTACK);
    for (Event e : x.events()) {
      assertThat(e.evidence().get(0).of(x.text())).doesNotContain("<");
    }
  }

  @Test
  void plainTextIsNotTakenForAPage() {
    assertThat(HtmlText.isHtml("report.txt", "قالت مصادر إن 3 < 5 في الحساب.")).isFalse();
    assertThat(HtmlText.isHtml("report.htm", "نص")).isTrue();
  }
}
