package org.marsad.store;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Lucene's ArabicAnalyzer chain (tokenise, lower-case, fold digits, drop stop words, normalise, light
 * stem) followed by a LengthFilter: normalisation deletes tatweel, so a token of tatweel only would
 * otherwise be indexed as the empty term and match every other tatweel run.
 */
public final class ArabicSearchAnalyzer extends StopwordAnalyzerBase {
  public ArabicSearchAnalyzer() {
    super(ArabicAnalyzer.getDefaultStopSet());
  }

  public ArabicSearchAnalyzer(CharArraySet stopwords) {
    super(stopwords);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream result = new LowerCaseFilter(source);
    result = new DecimalDigitFilter(result);
    // Stop words are matched before normalisation, as ArabicAnalyzer does: the list is unnormalised.
    result = new StopFilter(result, stopwords);
    result = new ArabicNormalizationFilter(result);
    result = new ArabicStemFilter(result);
    result = new LengthFilter(result, 1, Integer.MAX_VALUE);
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    TokenStream result = new LowerCaseFilter(in);
    result = new DecimalDigitFilter(result);
    return new ArabicNormalizationFilter(result);
  }
}
