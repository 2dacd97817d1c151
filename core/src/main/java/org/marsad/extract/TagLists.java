package org.marsad.extract;

import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.marsad.clean.NormalizedText;
import org.marsad.clean.Token;

/**
 * A web page's list of subject tags copied into the text with the article ("Tags Syria Eastern Ghouta
 * Douma Syrian regime bombing Siege White Helmets"): keywords, not a sentence, so its words tell no act,
 * place or doer, and no later sentence goes on about them. A list starts at a capitalised "Tags" (or
 * "Topics", "Keywords") followed by a capitalised word, and runs to the end of its sentence, at most
 * {@link #MAX_WORDS} words: such lists are often run into the next sentence without a full stop.
 */
final class TagLists {
  static final int MAX_WORDS = 12;
  private static final Set<String> HEADS = Set.of("tags", "topics", "keywords");

  private TagLists() {}

  /** The words that belong to tag lists (the head word included). */
  static BitSet of(List<Token> tokens, NormalizedText norm, int[] sentenceEnd) {
    BitSet out = new BitSet(tokens.size());
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (HEADS.contains(tokens.get(i).text()) && capital(tokens.get(i), norm) && capital(tokens.get(i + 1), norm)) {
        int end = Math.min(sentenceEnd[i], i + 1 + MAX_WORDS);
        out.set(i, end);
        i = end - 1;
      }
    }
    return out;
  }

  private static boolean capital(Token t, NormalizedText norm) {
    return Character.isUpperCase(norm.raw().charAt(norm.toRawStart(t.start())));
  }
}
