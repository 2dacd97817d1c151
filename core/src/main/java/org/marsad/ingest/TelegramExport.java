package org.marsad.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.marsad.BadInputException;

/**
 * A channel exported by Telegram Desktop ({@code result.json}, "Export chat history" as JSON):
 * each message with text is a report. Text entities (bold, links, hashtags) are flattened to
 * their text; a photo's or file's caption is the message's text; service messages (channel
 * created, message pinned) are skipped. The channel is the outlet; the message date is the
 * publication date; the URL is {@code https://t.me/<channel>/<id>} when the channel's public name
 * is known (the export does not hold it), else {@code https://t.me/c/<numeric id>/<id>}, the link
 * Telegram gives members. A forwarded message names its origin.
 *
 * <p>Read as a stream, one message at a time: exports of busy channels run to gigabytes. Fields
 * the reader does not know are ignored, since each Telegram Desktop release adds some.
 */
public final class TelegramExport implements Origin {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern USERNAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{3,31}");

  private final Path file;
  private final String username;

  /** {@code username}: the channel's public name (as in t.me/NAME), or null if unknown. */
  public TelegramExport(Path file, String username) {
    if (username != null && !USERNAME.matcher(username).matches()) {
      throw new IllegalArgumentException("not a Telegram channel name: \"" + username + "\" (letters, digits, _; 4-32)");
    }
    this.file = file;
    this.username = username;
  }

  /** Whether {@code file} looks like a Telegram Desktop export: a .json file opening with a chat's fields. */
  public static boolean isExport(Path file) {
    if (!Files.isRegularFile(file) || !file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
      return false;
    }
    byte[] head = new byte[4096];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    } catch (IOException e) {
      return false;
    }
    String s = new String(head, 0, n, StandardCharsets.UTF_8);
    return s.stripLeading().startsWith("{") && s.contains("\"messages\"");
  }

  @Override
  public String location() {
    return file.toString();
  }

  @Override
  public Cursor read(Cursor since, Items items) {
    String channel = null;
    String channelId = null;
    try (JsonParser p = new JsonFactory(JSON).createParser(file.toFile())) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new BadInputException(file + ": not a Telegram export (no JSON object)");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken t = p.nextToken();
        if (field.equals("name") && t == JsonToken.VALUE_STRING) {
          channel = p.getText();
        } else if (field.equals("id") && t.isScalarValue()) {
          channelId = p.getText();
        } else if (field.equals("messages") && t == JsonToken.START_ARRAY) {
          while (p.nextToken() == JsonToken.START_OBJECT) {
            JsonNode m = p.readValueAsTree();
            message(m, channel, channelId, items);
          }
        } else {
          p.skipChildren();
        }
      }
    } catch (IOException e) {
      throw new BadInputException(file + ": not a readable Telegram export (" + oneLine(e.getMessage()) + ")", e);
    }
    return Cursor.NONE;
  }

  private void message(JsonNode m, String channel, String channelId, Items items) {
    String id = m.path("id").asText("");
    String key = "message " + id;
    if (!"message".equals(m.path("type").asText()) || id.isEmpty()) {
      return; // service messages: joins, pins, title changes
    }
    if (items.seen(key)) {
      return;
    }
    String name = file + "#" + id;
    String text = text(m).strip();
    if (text.isEmpty()) {
      return; // a photo or sticker without a caption: nothing to read
    }
    LocalDate date;
    try {
      date = LocalDateTime.parse(m.path("date").asText()).toLocalDate();
    } catch (DateTimeParseException e) {
      items.reject(key, new BadInputException(name + ": unreadable date \"" + oneLine(m.path("date").asText()) + "\""));
      return;
    }
    String url = username != null ? "https://t.me/" + username + "/" + id
        : channelId != null ? "https://t.me/c/" + channelId.replaceFirst("^-100", "") + "/" + id : null;
    String forwarded = m.hasNonNull("forwarded_from") ? m.get("forwarded_from").asText() : null;
    if (forwarded == null && m.hasNonNull("saved_from")) {
      forwarded = m.get("saved_from").asText();
    }
    Source s = new Source(name, text.getBytes(StandardCharsets.UTF_8), date, channel, url, null, null);
    items.accept(new Item(key, s, null, forwarded));
  }

  /** The message's text: its entities' texts joined, or its text field (a string or a list of parts). */
  static String text(JsonNode m) {
    JsonNode entities = m.get("text_entities");
    if (entities != null && entities.isArray() && !entities.isEmpty()) {
      return join(entities);
    }
    JsonNode t = m.get("text");
    if (t == null || t.isNull()) {
      return "";
    }
    return t.isArray() ? join(t) : t.asText();
  }

  private static String join(JsonNode parts) {
    StringBuilder b = new StringBuilder();
    for (JsonNode part : parts) {
      b.append(part.isTextual() ? part.asText() : part.path("text").asText(""));
    }
    return b.toString();
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ");
  }
}
