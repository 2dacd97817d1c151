package org.marsad.lexicon;

import java.util.List;
import org.marsad.clean.Token;

/**
 * A report's tokens with their clitic readings, computed once and shared by every matcher, and
 * each reading's numbers in the {@link Vocabulary}, so that matchers step through their tries by
 * number. Filled in lazily; meant for one report on one thread.
 */
public final class Words {
  /** One token's readings: forms[0] is the token itself; ids and stems are per form. */
  static final class Word {
    final List<String> forms;
    final int[] ids;
    final int[][] stems;

    Word(List<String> forms, Vocabulary.Snapshot v) {
      this.forms = forms;
      int n = forms.size();
      ids = new int[n];
      stems = new int[n][];
      for (int k = 0; k < n; k++) {
        String f = forms.get(k);
        ids[k] = v.word(f);
        stems[k] = v.stems(f);
      }
    }
  }

  private final List<Token> tokens;
  private final List<String>[] variants;
  private final Word[] words;
  /** The snapshot that {@link #words} were numbered in; a newer one (a matcher built since) renumbers. */
  private Vocabulary.Snapshot vocabulary;

  @SuppressWarnings("unchecked")
  private Words(List<Token> tokens) {
    this.tokens = tokens;
    this.variants = new List[tokens.size()];
    this.words = new Word[tokens.size()];
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

  /** Token {@code i}'s readings numbered in {@code v} (the current snapshot). */
  Word word(int i, Vocabulary.Snapshot v) {
    if (v != vocabulary) {
      java.util.Arrays.fill(words, null);
      vocabulary = v;
    }
    Word w = words[i];
    if (w == null) {
      w = new Word(variants(i), v);
      words[i] = w;
    }
    return w;
  }
}
