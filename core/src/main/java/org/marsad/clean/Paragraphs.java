package org.marsad.clean;

import java.util.ArrayList;
import java.util.List;
import org.marsad.model.Paragraph;

/** Paragraphs are the text's lines ('\n', "\r\n" or '\r' end one), 0-based. */
public final class Paragraphs {
  private Paragraphs() {}

  public static List<Paragraph> split(String raw) {
    List<int[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(new int[] {start, i});
        if (c == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < raw.length() || lines.isEmpty()) {
      lines.add(new int[] {start, raw.length()});
    }
    List<Paragraph> out = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      out.add(new Paragraph(i, lines.get(i)[0], lines.get(i)[1], null));
    }
    return out;
  }
}
