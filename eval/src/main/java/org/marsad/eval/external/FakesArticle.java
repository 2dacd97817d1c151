package org.marsad.eval.external;

import java.time.LocalDate;

/**
 * One FA-KES row: {@code date} and {@code location} (a lower-case governorate name such as "deir
 * ezzor") are the labelled event date and place; {@code label} is the credibility label (1/0).
 */
public record FakesArticle(
    String id, String title, String content, String source, LocalDate date, String location, String label) {

  /** The text given to the pipeline: the content, with the title as a first line when the content lacks it. */
  public String text() {
    String t = title == null ? "" : title.strip();
    return t.isEmpty() || content.contains(t) ? content : t + "\n\n" + content;
  }
}
