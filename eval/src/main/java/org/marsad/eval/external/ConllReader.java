package org.marsad.eval.external;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.BadInputException;

/**
 * Reads "token TAG" lines (the tag is the last space-separated field, so a token may itself hold
 * spaces) into sentences. A sentence ends at a blank line or after a "." token tagged O: ANERcorp
 * has no blank lines and marks sentence ends only with a "." token. Lines whose token is empty
 * (ANERcorp has a few " O" lines) are skipped: they carry no text to find.
 */
public final class ConllReader {
  private ConllReader() {}

  public static List<List<ConllToken>> read(Path file) {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(r, file.toString());
    } catch (NoSuchFileException e) {
      throw new BadInputException(file + ": no such file");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  public static List<List<ConllToken>> parse(String text) {
    try {
      return read(new BufferedReader(new StringReader(text)), "<text>");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<List<ConllToken>> read(BufferedReader r, String source) throws IOException {
    List<List<ConllToken>> out = new ArrayList<>();
    List<ConllToken> cur = new ArrayList<>();
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      if (n == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank()) {
        flush(cur, out);
        continue;
      }
      String t = line.stripTrailing();
      int sp = lastSpace(t);
      if (sp < 0) {
        throw new BadInputException(source + ":" + n + ": expected \"token TAG\", got \"" + t + "\"");
      }
      String tag = t.substring(sp + 1);
      if (!tag.equals("O") && !(tag.length() > 2 && (tag.startsWith("B-") || tag.startsWith("I-")))) {
        throw new BadInputException(source + ":" + n + ": \"" + tag + "\" is not a BIO tag (O, B-X, I-X)");
      }
      String tok = t.substring(0, sp).strip();
      if (tok.isEmpty()) {
        continue;
      }
      cur.add(new ConllToken(tok, tag));
      if (tok.equals(".") && tag.equals("O")) {
        flush(cur, out);
      }
    }
    flush(cur, out);
    return out;
  }

  private static int lastSpace(String s) {
    for (int i = s.length() - 1; i >= 0; i--) {
      if (Character.isWhitespace(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static void flush(List<ConllToken> cur, List<List<ConllToken>> out) {
    if (!cur.isEmpty()) {
      out.add(List.copyOf(cur));
      cur.clear();
    }
  }
}
