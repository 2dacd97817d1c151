package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real browser against a real server on 127.0.0.1: the seed report's siege of
 * Kanaker on the map, the date slider, the timeline, the evidence reader and a review, the language
 * switch, a hostile report on every page, and no request leaving 127.0.0.1. Saves the screenshots
 * of docs/screenshots/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserTest {
  static final String KANAKER = "SYPT1651";
  static final String FULL = "#b3001b";
  static final String PARTIAL = "#e8731a";
  static final Path SHOTS = Path.of(System.getProperty("marsad.screenshots", "../docs/screenshots"));

  @TempDir static Path data;
  TestServer server;
  Chromium chromium;
  WebDriverWait wait;

  @BeforeAll
  void start() throws Exception {
    server = TestServer.start(data);
    server.ingest("seed/kanaker-2020-09-29.ar.txt", "2020-09-29", "العربي الجديد");
    chromium = new Chromium(1280, 1000);
    wait = new WebDriverWait(chromium.driver, Duration.ofSeconds(15));
    chromium.driver.get(server.url() + "favicon.svg"); // a page of our origin, to set the language
    chromium.js("localStorage.setItem('marsad.lang', 'ar')");
  }

  @AfterAll
  void stop() throws Exception {
    if (chromium != null) {
      chromium.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  @Order(1)
  void analystJourneyInArabicThenEnglish() throws Exception {
    open("#/");
    WebElement marker = marker(KANAKER);
    assertThat(marker.getAttribute("fill")).as("Kanaker on the record's date").isEqualTo(FULL);
    chromium.screenshot(SHOTS.resolve("map-ar.png"));

    // To the seed's day through the date field, then three days back with the slider's keys.
    setDate("2020-09-29");
    waitForMapDate("2020-09-29");
    WebElement slider = chromium.driver.findElement(By.id("as-of-slider"));
    slider.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_DOWN);
    waitForMapDate("2020-09-26");
    marker = marker(KANAKER);
    assertThat(marker.getAttribute("fill")).as("Kanaker on 2020-09-26").isEqualTo(PARTIAL);

    marker.click();
    waitFor(".community[data-place='" + KANAKER + "'] #intervals");
    assertThat(rowFrom("PARTIAL_SIEGE")).isEqualTo("2020-09-25");
    assertThat(rowFrom("FULL_SIEGE")).isEqualTo("2020-09-29");
    assertThat(chromium.driver.findElements(By.cssSelector("svg.timeline rect.bar"))).hasSizeGreaterThanOrEqualTo(2);
    // who besieges the town, named in Arabic
    assertThat(waitFor(".sides-besiegedBy").getText()).contains("القوات الحكومية السورية").doesNotContain("Syrian");
    assertThat(chromium.driver.findElement(By.cssSelector(".community p.muted")).getText()).contains("ريف دمشق")
        .doesNotContain("Rural Damascus"); // the governorate in Arabic too
    chromium.screenshot(SHOTS.resolve("community-ar.png"));

    // A siege event of the seed, its evidence highlighted in the right-to-left report text.
    open(server.eventHash(KANAKER, "SIEGE", "حصارها على بلدة كناكر"));
    WebElement text = waitFor("#report-text mark.evidence");
    WebElement report = chromium.driver.findElement(By.id("report-text"));
    assertThat(report.getAttribute("dir")).isEqualTo("rtl");
    assertThat(report.getCssValue("direction")).isEqualTo("rtl");
    assertThat(allText("#report-text mark.evidence.ev-trigger")).contains("حصارها على بلدة");
    assertThat(allText("#report-text mark.evidence.ev-place")).contains("كناكر");
    assertThat(text.isDisplayed()).isTrue();
    // the codebook's values (phase, modality, background) in the interface language, not in English
    assertThat(chromium.driver.findElement(By.tagName("body")).getText()).contains("تشديد الحصار")
        .doesNotContain("tightened").doesNotContain("asserted").doesNotContain("false")
        .contains("القوات الحكومية السورية").doesNotContain("Syrian Government Forces"); // actors by their Arabic labels
    chromium.screenshot(SHOTS.resolve("event-ar.png"));

    // Verify as a reviewer and see the audit record.
    WebElement token = waitFor("#token");
    token.sendKeys(server.reviewerToken(), Keys.ENTER);
    waitFor("#review-verify").click();
    WebElement audit = waitFor("#audit tbody tr");
    assertThat(audit.getText()).contains(server.reviewerName());
    assertThat(waitFor("#review-state").getText()).isEqualTo("مؤكَّد");

    // English.
    chromium.driver.findElement(By.id("lang-switch")).click();
    wait.until(d -> "ltr".equals(d.findElement(By.tagName("html")).getAttribute("dir")));
    assertThat(chromium.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("review-state"), "verified"));
    assertThat(chromium.driver.findElement(By.id("report-text")).getAttribute("dir")).isEqualTo("rtl");
    chromium.screenshot(SHOTS.resolve("event-en.png"));
    open("#/community/" + KANAKER);
    waitFor("#intervals");
    assertThat(waitFor(".sides-besiegedBy").getText()).contains("Besieged by").contains("Syrian Government Forces");
    chromium.screenshot(SHOTS.resolve("community-en.png"));
    open("#/");
    marker(KANAKER);
    chromium.screenshot(SHOTS.resolve("map-en.png"));

    // A report that raises Daraa's level arrives while the map is open: a live alert (SSE).
    server.ingest("marsad/demo/daraa-2021-07-27.en.txt", "2021-07-27", "Marsad demo");
    WebElement toast = waitFor("#toasts .toast");
    assertThat(toast.getText()).contains("Daraa");
    assertThat(chromium.driver.findElement(By.id("alerts-count")).getText()).isNotEqualTo("0");
    toast.findElement(By.tagName("a")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".community h1"), "Daraa"));
    assertNothingInjected("the analyst's pages");
    assertOnlyLocalRequests();
  }

  @Test
  @Order(2)
  void hostileReportIsShownAsTextOnEveryPage() throws Exception {
    String hostileReport = server.ingest("hostile/hostile-madaya.ar.txt", "2016-01-11",
        "<img src=x onerror=alert('outlet')>\u202eOutlet");
    String madaya = server.placeOf(hostileReport);
    open("#/?as_of=2016-01-12");
    marker(madaya);
    assertNothingInjected("map");
    open("#/community/" + madaya);
    waitFor("#intervals");
    assertNothingInjected("community page");
    open("#/events?q=" + java.net.URLEncoder.encode("مضايا", java.nio.charset.StandardCharsets.UTF_8));
    waitFor("#event-table");
    assertNothingInjected("event list");
    open(server.eventHash(madaya, "SIEGE", "حصار"));
    waitFor("#report-text mark.evidence");
    String visible = chromium.driver.findElement(By.id("report-text")).getText();
    assertThat(visible).contains("<script>", "<img src=x onerror=", "javascript:", "⟦U+202E⟧");
    assertNothingInjected("event page");
    assertOnlyLocalRequests();
  }

  @Test
  @Order(3)
  void pagesFitAPhoneScreen() throws Exception {
    // A phone held upright (390 px): nothing may run off sideways, and the evidence stays readable.
    chromium.driver.manage().window().setSize(new Dimension(390, 844));
    chromium.driver.get(server.url() + "favicon.svg");
    chromium.js("localStorage.setItem('marsad.lang', 'ar')");
    open(server.eventHash(KANAKER, "SIEGE", "حصارها على بلدة كناكر"));
    WebElement evidence = waitFor("#report-text mark.evidence");
    assertThat(evidence.isDisplayed()).isTrue();
    assertFitsSideways("event page");
    chromium.screenshot(SHOTS.resolve("event-ar-390.png"));
    open("#/community/" + KANAKER);
    waitFor("#intervals");
    chromium.screenshot(SHOTS.resolve("community-ar-390.png"));
    assertFitsSideways("community page");
    assertThat(chromium.js("return Math.max(...[...document.querySelectorAll('#intervals th')]"
        + ".map(e => e.getBoundingClientRect().height))")).as("interval headers broken letter by letter")
        .satisfies(h -> assertThat(((Number) h).doubleValue()).isLessThan(120));
    open("#/events");
    waitFor("#event-table");
    assertFitsSideways("event list");
    chromium.screenshot(SHOTS.resolve("events-ar-390.png"));
    open("#/");
    wait.until(d -> "true".equals(d.findElement(By.id("map")).getAttribute("data-ready")));
    chromium.screenshot(SHOTS.resolve("map-ar-390.png"));
    assertFitsSideways("map");
    waitFor("#map .leaflet-marker-icon, #map path.community"); // Kanaker, alone or in its cluster
    // the same pages in English, left to right, still within the phone's width
    open(server.eventHash(KANAKER, "SIEGE", "حصارها على بلدة كناكر"));
    waitFor("#report-text mark.evidence");
    chromium.driver.findElement(By.id("lang-switch")).click();
    wait.until(d -> "ltr".equals(d.findElement(By.tagName("html")).getAttribute("dir")));
    assertFitsSideways("event page in English");
    chromium.screenshot(SHOTS.resolve("event-en-390.png"));
    open("#/community/" + KANAKER);
    waitFor("#intervals");
    assertFitsSideways("community page in English");
    chromium.screenshot(SHOTS.resolve("community-en-390.png"));
  }

  // --- helpers

  void open(String hash) {
    chromium.driver.get(server.url() + hash);
  }

  WebElement waitFor(String css) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  /** A community's marker, zooming in (as a user would) while it is inside a cluster. */
  WebElement marker(String place) {
    By css = By.cssSelector("path.community[data-place='" + place + "']");
    wait.until(d -> "true".equals(d.findElement(By.id("map")).getAttribute("data-ready")));
    for (int i = 0; i < 4 && chromium.driver.findElements(css).isEmpty(); i++) {
      chromium.driver.findElement(By.cssSelector(".leaflet-control-zoom-in")).click();
      sleep(400); // the zoom animation
    }
    return wait.until(ExpectedConditions.visibilityOfElementLocated(css));
  }

  static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  void setDate(String iso) {
    chromium.js("const i = document.getElementById('as-of-date'); i.value = arguments[0];"
        + " i.dispatchEvent(new Event('change'));", iso);
  }

  void waitForMapDate(String iso) {
    wait.until(d -> iso.equals(d.findElement(By.id("map")).getAttribute("data-as-of")));
  }

  String rowFrom(String level) {
    return chromium.driver.findElement(By.cssSelector("#intervals tr[data-level='" + level + "'] td.from")).getText();
  }

  String allText(String css) {
    StringBuilder b = new StringBuilder();
    for (WebElement e : chromium.driver.findElements(By.cssSelector(css))) {
      b.append(e.getText()).append(' ');
    }
    return b.toString();
  }

  /** No alert dialog, no script run, no element or attribute that came from a report's markup. */
  void assertNothingInjected(String page) {
    try {
      String text = chromium.driver.switchTo().alert().getText();
      throw new AssertionError(page + ": an alert opened: " + text);
    } catch (NoAlertPresentException expected) {
      // nothing executed
    }
    JavascriptExecutor js = chromium.driver;
    assertThat(js.executeScript("return window.__pwned === undefined")).as(page + ": injected script ran").isEqualTo(true);
    assertThat(js.executeScript("return document.querySelectorAll('img, iframe, object, embed, body svg:not(.timeline):not(.leaflet-zoom-animated)').length"))
        .as(page + ": injected elements").isEqualTo(0L);
    assertThat(js.executeScript("return document.scripts.length")).as(page + ": scripts").isEqualTo(3L);
    assertThat(js.executeScript("return [...document.querySelectorAll('*')].filter(e => [...e.attributes]"
        + ".some(a => a.name.startsWith('on') || /^\\s*javascript:/i.test(a.value))).length"))
        .as(page + ": event-handler or javascript: attributes").isEqualTo(0L);
    assertThat(js.executeScript("return document.documentElement.scrollWidth <= window.innerWidth + 1"))
        .as(page + ": the page overflows sideways").isEqualTo(true);
  }

  void assertFitsSideways(String page) {
    assertThat(chromium.js("return window.innerWidth")).as(page + ": window width").isEqualTo(390L);
    assertThat(chromium.js("return document.documentElement.scrollWidth <= window.innerWidth + 1"))
        .as(page + ": the page overflows sideways at 390 px").isEqualTo(true);
  }

  void assertOnlyLocalRequests() {
    List<String> requests = chromium.requests();
    assertThat(requests).as("requests recorded").isNotEmpty();
    for (String url : requests) {
      if (url.startsWith("data:") || url.startsWith("chrome:") || url.startsWith("about:")) {
        continue; // in the browser, not on the network
      }
      URI u = URI.create(url);
      assertThat(u.getHost()).as("request " + url).isEqualTo("127.0.0.1");
    }
  }
}
