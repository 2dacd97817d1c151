package org.marsad.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.marsad.clean.Paragraphs;
import org.marsad.eval.gold.GoldDocument;
import org.marsad.eval.gold.GoldDuplicate;
import org.marsad.eval.gold.GoldEvent;
import org.marsad.eval.gold.GoldPlace;
import org.marsad.model.Actor;
import org.marsad.model.DocumentMeta;
import org.marsad.model.Event;
import org.marsad.model.EventDate;
import org.marsad.model.Extraction;
import org.marsad.model.Modality;
import org.marsad.model.Paragraph;
import org.marsad.model.Place;
import org.marsad.model.Span;

/** A prediction that says exactly what a gold file says, spans at each evidence string's first occurrence. */
final class PerfectPrediction {
  private PerfectPrediction() {}

  static List<Event> events(GoldDocument gold, String text) {
    List<Event> out = new ArrayList<>();
    for (GoldEvent g : gold.events()) {
      List<Span> spans = new ArrayList<>();
      for (String e : g.evidence()) {
        spans.add(Scorer.locate(text, e).get(0));
      }
      GoldPlace gp = gold.placeNamed(g.place());
      Place place = g.place() == null ? null : new Place("gold:" + g.place(), g.place(), null, null, null, null,
          gp != null && gp.hasCoordinates() ? gp.lat() : Double.NaN,
          gp != null && gp.hasCoordinates() ? gp.lon() : Double.NaN, 1, null);
      out.add(new Event(g.id(), g.type(), Map.of(), Modality.of(g.modality()), g.historical(),
          g.date() == null ? null : new EventDate(g.date(), g.dateKind() == null ? EventDate.ON : g.dateKind(), 1, List.of()),
          place, g.actor1() == null ? null : new Actor(g.actor1(), null, null), null, null, spans, "gold"));
    }
    return out;
  }

  static List<Paragraph> paragraphs(GoldDocument gold, String text) {
    List<Paragraph> out = new ArrayList<>(Paragraphs.split(text));
    for (GoldDuplicate d : gold.duplicates()) {
      Paragraph p = out.get(d.paragraph());
      out.set(d.paragraph(), new Paragraph(p.index(), p.start(), p.end(), d.of()));
    }
    return out;
  }

  static Extraction extraction(GoldDocument gold, String text, List<Event> events) {
    DocumentMeta meta = new DocumentMeta("gold", gold.document().language(), gold.document().published(),
        gold.document().outlet(), null, null);
    return new Extraction(meta, text, paragraphs(gold, text), events, List.of());
  }

  static Extraction of(GoldDocument gold, String text) {
    return extraction(gold, text, events(gold, text));
  }
}
