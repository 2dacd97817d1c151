package org.marsad.eval.external;

import java.util.ArrayList;
import java.util.List;
import org.marsad.clean.ArabicNormalizer;
import org.marsad.clean.NormalizedText;
import org.marsad.clean.Tokenizer;
import org.marsad.geocode.Geocoder;
import org.marsad.geocode.PlaceMention;
import org.marsad.model.Span;

/**
 * The pipeline's place recogniser on a bare text: the same normalisation, tokenisation and
 * {@link Geocoder#find} calls as {@code Pipeline.extract}, with mention offsets mapped back to the
 * raw text.
 */
public final class PlaceRecogniser {
  /** A place mention with its raw span. */
  public record Found(Span raw, PlaceMention mention) {}

  private final Geocoder geocoder;

  public PlaceRecogniser(Geocoder geocoder) {
    this.geocoder = geocoder;
  }

  public static PlaceRecogniser loadDefault() {
    return new PlaceRecogniser(Geocoder.loadDefault());
  }

  public Geocoder geocoder() {
    return geocoder;
  }

  public List<Found> find(String raw) {
    NormalizedText n = ArabicNormalizer.normalize(raw);
    List<PlaceMention> ms = geocoder.find(n, Tokenizer.tokenize(n.text()));
    List<Found> out = new ArrayList<>(ms.size());
    for (PlaceMention m : ms) {
      out.add(new Found(n.toRaw(m.start(), m.end()), m));
    }
    return out;
  }

  /** Only the raw spans. */
  public List<Span> spans(String raw) {
    List<Span> out = new ArrayList<>();
    for (Found f : find(raw)) {
      out.add(f.raw());
    }
    return out;
  }
}
