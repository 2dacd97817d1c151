package org.marsad.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.marsad.clean.NormalizedText;
import org.marsad.clean.Token;
import org.marsad.clean.Tokenizer;
import org.marsad.lexicon.Words;

/**
 * Finds time expressions (Arabic and English) and resolves them against the publication date.
 *
 * <p>Mentions are offsets into the normalised text, sorted by start and never overlapping (the
 * longest expression starting at a word wins); each carries an {@link org.marsad.model.EventDate}
 * whose evidence spans are raw offsets. Relative and yearless expressions resolve only when a
 * publication date is given, otherwise their value is null. Words live in
 * {@code marsad/time/*.tsv}; see {@link TimeParser} for the grammar and {@link Dates} for the
 * calendar rules. Immutable and safe to share between threads.
 */
public final class TimeResolver {
  private static volatile TimeResolver shared;

  private final TimeLexicon lexicon;

  private TimeResolver(TimeLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The resolver on the lexicons shipped in the jar, loaded once per JVM. */
  public static TimeResolver loadDefault() {
    TimeResolver r = shared;
    if (r == null) {
      synchronized (TimeResolver.class) {
        r = shared;
        if (r == null) {
          r = new TimeResolver(TimeLexicon.loadDefault());
          shared = r;
        }
      }
    }
    return r;
  }

  public List<TimeMention> find(NormalizedText text, LocalDate published) {
    Objects.requireNonNull(text, "text");
    return find(text, Tokenizer.tokenize(text.text()), published);
  }

  /** As {@link #find(NormalizedText, LocalDate)}, reusing tokens already made from {@code text.text()}. */
  public List<TimeMention> find(NormalizedText text, List<Token> tokens, LocalDate published) {
    Objects.requireNonNull(tokens, "tokens");
    return find(text, Words.of(tokens), published);
  }

  /** As {@link #find(NormalizedText, LocalDate)}, on the report's words shared with the other stages. */
  public List<TimeMention> find(NormalizedText text, Words words, LocalDate published) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(words, "words");
    return new TimeParser(lexicon, text, words, published).run();
  }
}
