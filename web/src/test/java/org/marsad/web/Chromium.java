package org.marsad.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium driven by Debian's chromedriver (apt-get install chromium
 * chromium-driver; .ci/run does it), with the browser's network log kept so that a test can list
 * every request the page made. Nothing is downloaded: the binaries are named, so Selenium Manager
 * is never asked for a driver.
 */
final class Chromium implements AutoCloseable {
  static final Path BROWSER = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final ObjectMapper JSON = new ObjectMapper();

  final ChromeDriver driver;
  private final Path profile;
  private final List<String> requests = new ArrayList<>();

  Chromium(int width, int height) throws IOException {
    if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
      throw new IllegalStateException("the browser test needs Debian's Chromium: run"
          + " 'apt-get update && apt-get install -y chromium chromium-driver' (.ci/run does it)");
    }
    profile = Files.createTempDirectory("marsad-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-default-apps", "--disable-extensions", "--disable-dev-shm-usage", "--lang=ar",
        "--window-size=" + width + "," + height, "--user-data-dir=" + profile);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    options.setCapability("unhandledPromptBehavior", "ignore");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
  }

  /** Every URL the page has requested so far (from the DevTools network log). */
  List<String> requests() {
    for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
      try {
        JsonNode message = JSON.readTree(entry.getMessage()).path("message");
        if ("Network.requestWillBeSent".equals(message.path("method").asText())) {
          requests.add(message.path("params").path("request").path("url").asText());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return List.copyOf(requests);
  }

  /** The page's console messages so far (for a failing test's message). */
  List<String> console() {
    List<String> out = new ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      out.add(entry.getLevel() + " " + entry.getMessage());
    }
    return out;
  }

  void screenshot(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
  }

  Object js(String script, Object... args) {
    return driver.executeScript(script, args);
  }

  @Override
  public void close() throws IOException {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
