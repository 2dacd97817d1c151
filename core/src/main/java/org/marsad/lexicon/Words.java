package org.marsad.lexicon;

import java.util.List;
import org.marsad.clean.Token;

/** A report's tokens with their clitic readings, computed once and shared by every matcher. */
public final class Words {
  private final List<Token> tokens;
  private final List<String>[] variants;

  @SuppressWarnings("unchecked")
  private Words(List<Token> tokens) {
    this.tokens = tokens;
    this.variants = new List[tokens.size()];
  }

  public static Words of(List<Token> tokens) {
    return new Words(tokens);
  }

  public List<Token> tokens() {
    return tokens;
  }

  public int size() {
    return tokens.size();
  }

  public Token get(int i) {
    return tokens.get(i);
  }

  /** The word and its clitic-stripped readings (computed on first use). */
  public List<String> variants(int i) {
    List<String> v = variants[i];
    if (v == null) {
      v = Clitics.variants(tokens.get(i).text());
      variants[i] = v;
    }
    return v;
  }
}
