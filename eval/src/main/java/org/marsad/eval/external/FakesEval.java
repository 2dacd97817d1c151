package org.marsad.eval.external;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.marsad.Pipeline;
import org.marsad.geocode.Gazetteer;
import org.marsad.geocode.PlaceMention;
import org.marsad.ingest.Source;
import org.marsad.model.Extraction;

/**
 * Runs the pipeline over labelled English articles and compares Marsad's place and date with the
 * labels (see {@link FakesAgreement} for what is compared).
 */
public final class FakesEval {
  /** FA-KES labels are Syrian governorates. */
  public static final String COUNTRY = "SY";

  private FakesEval() {}

  /**
   * @param givePublished give the pipeline the labelled date as the publication date (relative
   *     dates then resolve against it); without it only absolute dates can agree
   */
  public static List<FakesOutcome> run(List<FakesArticle> articles, Pipeline pipeline, PlaceRecogniser places,
      GovernorateLabels labels, boolean givePublished) {
    Gazetteer g = places.geocoder().gazetteer();
    List<FakesOutcome> out = new ArrayList<>(articles.size());
    for (FakesArticle a : articles) {
      String text = a.text();
      Source s = new Source("fakes:" + a.id(), text.getBytes(StandardCharsets.UTF_8), givePublished ? a.date() : null,
          a.source(), null, a.title(), "en");
      Extraction x = pipeline.extract(pipeline.read(s));
      List<PlaceMention> ms = new ArrayList<>();
      for (PlaceRecogniser.Found f : places.find(x.text())) {
        ms.add(f.mention());
      }
      out.add(outcome(a, x, ms, g, labels));
    }
    return out;
  }

  /** The comparison for one article, given what the pipeline extracted and the place mentions of its text. */
  public static FakesOutcome outcome(FakesArticle a, Extraction x, List<PlaceMention> mentions, Gazetteer g,
      GovernorateLabels labels) {
    Optional<FakesAgreement.PlacePrediction> p = FakesAgreement.place(x, mentions, g, COUNTRY);
    String gov = p.map(FakesAgreement.PlacePrediction::admin1).orElse(null);
    Optional<LocalDate> day = FakesAgreement.eventDay(x);
    Optional<String> month = FakesAgreement.eventMonth(x);
    return new FakesOutcome(a.id(), a.location(), a.date(), p.orElse(null), gov, labels.agrees(a.location(), gov),
        day.orElse(null), day.map(d -> FakesAgreement.sameDay(a.date(), d)).orElse(false),
        month.orElse(null), month.map(m -> FakesAgreement.sameMonth(a.date(), m)).orElse(false), x.events().size(),
        FakesAgreement.topEventPlaceAbroad(x, COUNTRY));
  }
}
