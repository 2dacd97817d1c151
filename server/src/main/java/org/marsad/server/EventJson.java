package org.marsad.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.marsad.extract.ActorLabels;
import org.marsad.json.ExtractionJson;
import org.marsad.model.DocumentMeta;
import org.marsad.model.Event;
import org.marsad.model.Span;

/** Events as the API shows them: the codebook's event JSON, its report, and its review. */
final class EventJson {
  private EventJson() {}

  static ObjectNode of(ReviewedEvent r, List<Reviews.Audit> audit) {
    ObjectNode o = Json.object();
    o.put("key", r.key());
    o.set("report", report(r.report()));
    o.set("event", event(r.event(), r.text()));
    ObjectNode review = o.putObject("review");
    review.put("state", r.state().code());
    ArrayNode c = review.putArray("corrected");
    r.corrected().forEach(c::add);
    if (audit != null) {
      review.set("audit", Json.MAPPER.valueToTree(audit));
    }
    return o;
  }

  /** The codebook JSON; evidence texts only where the span lies inside the text. */
  static ObjectNode event(Event e, String text) {
    String t = text == null ? "" : text;
    Event safe = new Event(e.id(), e.type(), e.attributes(), e.modality(), e.historical(),
        e.date() == null ? null : new org.marsad.model.EventDate(e.date().value(), e.date().kind(), e.date().timePrecision(),
            inside(e.date().evidence(), t)),
        e.place() == null || e.place().evidence() == null || e.place().evidence().end() <= t.length() ? e.place()
            : new org.marsad.model.Place(e.place().id(), e.place().name(), e.place().nameAr(), e.place().country(),
                e.place().admin1(), e.place().admin2(), e.place().lat(), e.place().lon(), e.place().geoPrecision(), null),
        e.actor1(), e.actor2(), e.source(), inside(e.evidence(), t), e.ruleId());
    ObjectNode o = ExtractionJson.event(safe, t);
    String placeAr = e.place() == null ? null : e.place().nameAr();
    for (String field : new String[] {"actor1", "actor2"}) {
      // The canonical name stays as the codebook's contract has it; the Arabic reader's label is beside it.
      if (o.get(field) instanceof ObjectNode a && a.hasNonNull("name")) {
        a.put("name_ar", ActorLabels.loadDefault().arabic(a.get("name").asText(), placeAr));
      }
    }
    return o;
  }

  private static List<Span> inside(List<Span> spans, String t) {
    return spans.stream().filter(s -> s.end() <= t.length()).toList();
  }

  static ObjectNode report(DocumentMeta m) {
    ObjectNode d = Json.object();
    d.put("id", m.id());
    d.put("language", m.language());
    d.put("published", m.published() == null ? null : m.published().toString());
    d.put("outlet", m.outlet());
    d.put("url", m.url());
    d.put("title", m.title());
    return d;
  }
}
