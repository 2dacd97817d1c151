package org.marsad.lexicon;

import java.util.Arrays;
import java.util.List;
import org.marsad.clean.Token;

/**
 * A report's tokens with their clitic readings, computed once and shared by every matcher, and
 * each reading's numbers in the {@link Vocabulary}, so that matchers step through their tries by
 * number; likewise each token's lexicon lemmas ({@link Morphology}, cached per word type). Filled in lazily; meant for one report on one thread.
 */
public final class Words {
  private final List<Token> tokens;
  private final List<String>[] variants;
  /** The snapshot that the numbers below come from; a newer one (a matcher built since) renumbers. */
  private Vocabulary.Snapshot vocabulary;
  // Flat, so that every matcher reads them in one sequential sweep:
  /** Token i's forms (the token first, then its clitic readings) are [formStart[i], formStart[i + 1]). */
  int[] formStart;
  /** Each form's word number, -1 when no matcher has the word. */
  int[] formId;
  /** Form f's stem numbers, longest stem first, are stemIds[stemStart[f] .. stemStart[f + 1]). */
  int[] stemStart;
  int[] stemIds;
  /** Token i's lexicon lemmas (numbers) are lemmaIds[lemmaStart[i] .. lemmaStart[i + 1]). */
  int[] lemmaStart;
  int[] lemmaIds;
  /** By token: the bits of the matchers with a phrase that may begin with one of its forms or lemmas. */
  long[] starts;

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

  /** Numbers every form of every token in {@code v} (the current snapshot), unless already done. */
  void number(Vocabulary.Snapshot v) {
    if (v == vocabulary) {
      return;
    }
    int n = tokens.size();
    int[] start = new int[n + 1];
    int[] ids = new int[n * 2 + 8];
    int[] stemAt = new int[n * 2 + 9];
    Vocabulary.Stems stems = new Vocabulary.Stems(n + 8);
    long[] begins = new long[n];
    int[] codes = new int[Clitics.MAX_FORMS];
    int[] lemmaAt = new int[n + 1];
    int[] lemmas = LemmaLookup.NONE;
    int l = 0;
    int f = 0;
    for (int i = 0; i < n; i++) {
      start[i] = f;
      String w = tokens.get(i).text();
      lemmaAt[i] = l;
      int[] li = v.lemmas(w);
      if (li.length > 0) {
        if (l + li.length > lemmas.length) {
          lemmas = Arrays.copyOf(lemmas, Math.max(16, (l + li.length) * 2));
        }
        for (int id : li) {
          lemmas[l++] = id;
          begins[i] |= v.lemmaStarts(id);
        }
      }
      int count = Clitics.forms(w, codes);
      for (int k = 0; k < count; k++) {
        if (f + 1 >= ids.length) {
          ids = Arrays.copyOf(ids, ids.length * 2);
          stemAt = Arrays.copyOf(stemAt, ids.length + 1);
        }
        int from = Clitics.from(codes[k]);
        boolean article = Clitics.article(codes[k]);
        ids[f] = v.word(w, from, article);
        stemAt[f] = stems.size();
        v.stems(w, from, article, stems);
        begins[i] |= v.wordStarts(ids[f]);
        for (int k2 = stemAt[f]; k2 < stems.size(); k2++) {
          begins[i] |= v.stemStarts(stems.ids()[k2]);
        }
        f++;
      }
    }
    start[n] = f;
    lemmaAt[n] = l;
    lemmaStart = lemmaAt;
    lemmaIds = lemmas;
    stemAt[f] = stems.size();
    formStart = start;
    formId = ids;
    stemStart = stemAt;
    stemIds = stems.ids();
    starts = begins;
    vocabulary = v;
  }
}
