package org.marsad.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a site's robots.txt lets Marsad fetch a URL, read once per site and kept for the
 * life of this object (a watch loop makes a new one per round). As crawler-commons advises: a
 * missing robots.txt (4xx) allows everything; a server error or an unreachable file disallows
 * the site until the next round. A Crawl-delay slows requests to the host (up to a minute).
 */
public final class Robots {
  private final SafeFetcher fetcher;
  private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
  private final Map<String, BaseRobotRules> bySite = new ConcurrentHashMap<>();

  public Robots(SafeFetcher fetcher) {
    this.fetcher = fetcher;
  }

  /** Refuses {@code url}, with a one-line reason, when the site's robots.txt disallows it. */
  public void check(String url) {
    URI u;
    try {
      u = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new FetchRefused(SafeFetcher.oneLine(url) + ": not a URL");
    }
    // A URL the fetcher would refuse is refused for that reason, not as "robots.txt unreachable".
    fetcher.check(u);
    String site = u.getScheme() + "://" + u.getRawAuthority();
    BaseRobotRules rules = bySite.computeIfAbsent(site, this::load);
    if (rules.getCrawlDelay() > 0) {
      fetcher.slowDown(u.getHost(), java.time.Duration.ofMillis(rules.getCrawlDelay()));
    }
    if (!rules.isAllowed(url)) {
      throw new FetchRefused(url + ": disallowed by " + site + "/robots.txt for user agent \"" + fetcher.policy().userAgent() + "\"");
    }
  }

  private BaseRobotRules load(String site) {
    String robots = site + "/robots.txt";
    try {
      Fetched f = fetcher.get(robots);
      return parser.parseContent(robots, f.body(), f.contentType() == null ? "text/plain" : f.contentType(),
          List.of(fetcher.policy().userAgent()));
    } catch (HttpStatusRefused e) {
      return parser.failedFetch(e.status());
    } catch (FetchRefused e) {
      return parser.failedFetch(503);
    }
  }
}
