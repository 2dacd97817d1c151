package org.marsad;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.marsad.clean.ArabicNormalizer;
import org.marsad.clean.NormalizedText;
import org.marsad.clean.Paragraphs;
import org.marsad.clean.Token;
import org.marsad.clean.Tokenizer;
import org.marsad.extract.Analysis;
import org.marsad.extract.EventExtractor;
import org.marsad.geocode.Geocoder;
import org.marsad.geocode.PlaceMention;
import org.marsad.ingest.DecodedText;
import org.marsad.ingest.HtmlText;
import org.marsad.ingest.Source;
import org.marsad.ingest.TextDecoder;
import org.marsad.lexicon.Words;
import org.marsad.model.DocumentMeta;
import org.marsad.model.Extraction;
import org.marsad.model.Paragraph;
import org.marsad.model.Report;
import org.marsad.time.TimeMention;
import org.marsad.time.TimeResolver;

/**
 * The per-report pipeline: ingest (decode) → clean (normalise, paragraphs) → time → geocode →
 * extract. Immutable after construction and safe to share between threads: all lexicons and the
 * gazetteer are loaded once.
 */
public final class Pipeline {
  private static volatile Pipeline defaultPipeline;

  private final TimeResolver time;
  private final Geocoder geocoder;
  private final EventExtractor extractor;

  public Pipeline(TimeResolver time, Geocoder geocoder, EventExtractor extractor) {
    this.time = time;
    this.geocoder = geocoder;
    this.extractor = extractor;
  }

  /** The pipeline on the resources shipped in the jar, loaded once per JVM. */
  public static Pipeline defaultPipeline() {
    Pipeline p = defaultPipeline;
    if (p == null) {
      synchronized (Pipeline.class) {
        p = defaultPipeline;
        if (p == null) {
          p = new Pipeline(TimeResolver.loadDefault(), Geocoder.loadDefault(), EventExtractor.loadDefault());
          defaultPipeline = p;
        }
      }
    }
    return p;
  }

  /** Decodes a source into a report; the report id is the SHA-256 of the raw bytes. */
  public Report read(Source s) {
    DecodedText d = TextDecoder.decode(s.bytes(), s.name());
    String text = d.text();
    String title = s.title();
    if (HtmlText.isHtml(s.name(), text)) {
      HtmlText.Page page = HtmlText.read(text, s.name());
      text = page.text();
      title = title != null ? title : page.title();
    }
    String lang = s.language() == null || s.language().equals("auto") ? detectLanguage(text) : s.language();
    DocumentMeta meta = new DocumentMeta(sha256(s.bytes()), lang, s.published(), s.outlet(), s.url(), title);
    return new Report(meta, text);
  }

  public Extraction extract(Report r) {
    String raw = r.text();
    NormalizedText norm = ArabicNormalizer.normalize(raw);
    List<Token> tokens = Tokenizer.tokenize(norm.text());
    List<Paragraph> paragraphs = Paragraphs.split(norm, tokens);
    Words words = Words.of(tokens); // clitic readings computed once for every matcher
    List<TimeMention> times = time.find(norm, words, r.meta().published());
    List<PlaceMention> places = geocoder.find(norm, words);
    Analysis a = new Analysis(r.meta(), norm, words, paragraphs, times, places);
    List<String> diagnostics = new ArrayList<>();
    if (r.meta().published() == null) {
      diagnostics.add("no publication date: relative dates are left unresolved");
    }
    return new Extraction(r.meta(), raw, paragraphs, extractor.extract(a), diagnostics);
  }

  /** "ar" when Arabic letters outnumber Latin ones, else "en". */
  public static String detectLanguage(String text) {
    int arabic = 0;
    int latin = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u0600' && c <= '\u06FF' || c >= '\uFB50' && c <= '\uFEFC') {
        arabic++;
      } else if (c < 0x80 && Character.isLetter(c)) {
        latin++;
      }
    }
    return arabic >= latin ? "ar" : "en";
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
