package org.marsad.eval.external;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.marsad.BadInputException;

/**
 * Reads the PLOVER gold-standard records (a JSON array of objects with id, event, mode, text);
 * records whose event is not a PLOVER category (the file's DOCUMENT notes) are skipped. The array
 * is streamed record by record.
 */
public final class PloverReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private PloverReader() {}

  public static List<PloverSentence> read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in, file.toString());
    } catch (NoSuchFileException e) {
      throw new BadInputException(file + ": no such file (the PLOVER records are ../shared/data/plover-gsr/PLOVER_GSR_CAMEO.json)");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  public static List<PloverSentence> parse(InputStream in, String source) throws IOException {
    List<PloverSentence> out = new ArrayList<>();
    try (JsonParser p = JSON.getFactory().createParser(in)) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        throw new BadInputException(source + ": expected a JSON array of PLOVER records");
      }
      int n = 0;
      while (p.nextToken() == JsonToken.START_OBJECT) {
        n++;
        JsonNode r = JSON.readTree(p);
        Optional<PloverCategory> c = PloverCategory.of(r.path("event").asText(""));
        if (c.isEmpty()) {
          continue;
        }
        String id = r.path("id").asText("");
        String text = r.path("text").asText("");
        if (id.isBlank() || text.isBlank()) {
          throw new BadInputException(source + ": record " + n + " (" + c.get() + ") has no id or no text");
        }
        out.add(new PloverSentence(id, c.get(), r.path("mode").asText(""), text));
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new BadInputException(source + ": not valid JSON: " + e.getOriginalMessage());
    }
    return out;
  }
}
