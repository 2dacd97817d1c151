package org.marsad.extract;

import java.util.List;
import org.marsad.clean.NormalizedText;
import org.marsad.clean.Token;
import org.marsad.geocode.PlaceMention;
import org.marsad.lexicon.Words;
import org.marsad.model.DocumentMeta;
import org.marsad.model.Paragraph;
import org.marsad.time.TimeMention;

/** What the stages before extraction found in one report; {@code words} are its tokens with their clitic readings. */
public record Analysis(
    DocumentMeta meta,
    NormalizedText text,
    Words words,
    List<Paragraph> paragraphs,
    List<TimeMention> times,
    List<PlaceMention> places) {

  public Analysis(DocumentMeta meta, NormalizedText text, List<Token> tokens, List<Paragraph> paragraphs,
      List<TimeMention> times, List<PlaceMention> places) {
    this(meta, text, Words.of(tokens), paragraphs, times, places);
  }

  public List<Token> tokens() {
    return words.tokens();
  }
}
