package org.marsad.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every curl line of docs/api.md ("Examples") in order against a real server holding the demo
 * reports, and checks that every route of the OpenAPI document has an example.
 */
class ApiDocsTest {
  private static final Pattern EXPECT = Pattern.compile("#\\s*→\\s*(\\d{3})\\s*$");
  @TempDir Path dir;

  /** One parsed curl line. */
  record Curl(String method, String url, Map<String, String> headers, String data, int expect) {}

  @Test
  void everyCurlExampleRuns() throws Exception {
    List<String> lines = curlLines();
    assertThat(lines).hasSizeGreaterThan(20);
    try (Fixture f = new Fixture(dir)) {
      f.loadDemo();
      Map<String, String> vars = new HashMap<>();
      vars.put("MARSAD", f.base());
      vars.put("INGEST", f.ingest);
      vars.put("REVIEWER", f.reviewer);
      vars.put("ADMIN", f.admin);
      vars.put("EVENT", Fixture.expectJson(f.get("/api/v1/events?place=SYPT1651&type=SIEGE"), 200).get("items").get(0).get("key").asText());
      vars.put("REPORT", vars.get("EVENT").substring(0, vars.get("EVENT").indexOf('/')));
      List<String> covered = new ArrayList<>();
      for (String line : lines) {
        Curl c = parse(line, vars);
        covered.add(c.method() + " " + URI.create(c.url()).getPath());
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(c.url()))
            .method(c.method(), c.data() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(c.data(), StandardCharsets.UTF_8));
        c.headers().forEach(b::header);
        if ("text/event-stream".equals(c.headers().get("Accept"))) {
          HttpResponse<java.io.InputStream> r = f.http.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
          assertThat(r.statusCode()).as(line).isEqualTo(200);
          assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
          r.body().close();
          continue;
        }
        Fixture.Res r = f.send(b, null);
        if (c.expect() > 0) {
          assertThat(r.status()).as(line + "\n" + r.body()).isEqualTo(c.expect());
        } else {
          assertThat(r.status()).as(line + "\n" + r.body()).isBetween(200, 299);
        }
        if (c.url().endsWith("/api/v1/subscriptions") && c.method().equals("POST")) {
          vars.put("SUB", r.json().get("id").asText());
        }
      }
      JsonNode doc = Fixture.expectJson(f.get("/api/v1/openapi.json"), 200);
      for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("paths").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> p = it.next();
        String regex = p.getKey().replaceAll("\\{[a-z]+}", "[^/]+");
        p.getValue().fieldNames().forEachRemaining(m -> assertThat(covered)
            .as("docs/api.md has a curl example of " + m + " " + p.getKey())
            .anyMatch(c -> c.matches(m.toUpperCase(Locale.ROOT) + " " + regex)));
      }
    }
  }

  private static List<String> curlLines() throws Exception {
    Path doc = Path.of("..", "docs", "api.md");
    String text = Files.readString(doc, StandardCharsets.UTF_8);
    String examples = text.substring(text.indexOf("## Examples"));
    List<String> out = new ArrayList<>();
    boolean inBlock = false;
    for (String l : examples.split("\n")) {
      if (l.startsWith("```")) {
        inBlock = !inBlock;
      } else if (inBlock && l.startsWith("curl ")) {
        out.add(l);
      }
    }
    return out;
  }

  /** Splits a curl line as a POSIX shell would for the quoting the docs use: '...', "...", $'...'. */
  static Curl parse(String line, Map<String, String> vars) {
    int expect = 0;
    Matcher m = EXPECT.matcher(line);
    String cmd = line;
    if (m.find()) {
      expect = Integer.parseInt(m.group(1));
      cmd = line.substring(0, m.start());
    }
    List<String> words = words(cmd, vars);
    String method = null;
    String url = null;
    String data = null;
    Map<String, String> headers = new HashMap<>();
    for (int i = 1; i < words.size(); i++) {
      String w = words.get(i);
      switch (w) {
        case "-s", "-N" -> { }
        case "--max-time" -> i++;
        case "-X" -> method = words.get(++i);
        case "-H" -> {
          String h = words.get(++i);
          int c = h.indexOf(':');
          headers.put(h.substring(0, c).strip(), h.substring(c + 1).strip());
        }
        case "-d", "--data-binary" -> data = words.get(++i);
        default -> {
          if (w.startsWith("-")) {
            throw new AssertionError("curl option " + w + " is not understood by this test: " + line);
          }
          url = w;
        }
      }
    }
    if (method == null) {
      method = data == null ? "GET" : "POST";
    }
    return new Curl(method, url, headers, data, expect);
  }

  private static List<String> words(String s, Map<String, String> vars) {
    List<String> out = new ArrayList<>();
    StringBuilder w = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        if (w != null) {
          out.add(w.toString());
          w = null;
        }
        continue;
      }
      if (w == null) {
        w = new StringBuilder();
      }
      if (c == '$' && i + 1 < s.length() && s.charAt(i + 1) == '\'') {
        int end = s.indexOf('\'', i + 2);
        w.append(s, i + 2, end).replace(0, w.length(), w.toString().replace("\\n", "\n"));
        i = end;
      } else if (c == '\'') {
        int end = s.indexOf('\'', i + 1);
        w.append(s, i + 1, end);
        i = end;
      } else if (c == '"') {
        int end = s.indexOf('"', i + 1);
        w.append(expand(s.substring(i + 1, end), vars));
        i = end;
      } else if (c == '$') {
        int end = i + 1;
        while (end < s.length() && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '_')) {
          end++;
        }
        w.append(expand(s.substring(i, end), vars));
        i = end - 1;
      } else {
        w.append(c);
      }
    }
    if (w != null) {
      out.add(w.toString());
    }
    return out;
  }

  private static String expand(String s, Map<String, String> vars) {
    Matcher m = Pattern.compile("\\$([A-Z_]+)").matcher(s);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String v = vars.get(m.group(1));
      if (v == null) {
        throw new AssertionError("docs/api.md uses $" + m.group(1) + " before it is known");
      }
      m.appendReplacement(b, Matcher.quoteReplacement(v));
    }
    m.appendTail(b);
    return b.toString();
  }
}
