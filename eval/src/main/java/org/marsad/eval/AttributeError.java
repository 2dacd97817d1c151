package org.marsad.eval;

import java.util.ArrayList;
import java.util.List;
import org.marsad.model.EventType;

/** One wrong attribute on a matched pair, with the gold and predicted values as text. */
public record AttributeError(String document, String goldId, EventType type, String attribute, String gold, String predicted) {

  /** The wrong attributes of a pair, in the order date, place, actor1, modality. */
  public static List<AttributeError> of(String document, MatchedPair m) {
    List<AttributeError> out = new ArrayList<>();
    String id = m.gold().id();
    EventType t = m.gold().type();
    var p = m.predicted();
    if (!m.dateOk()) {
      out.add(new AttributeError(document, id, t, "date", m.gold().date(), p.date() == null ? null : p.date().value()));
    }
    if (!m.placeOk()) {
      String pred = p.place() == null ? null : p.place().name() + " (" + p.place().lat() + ", " + p.place().lon() + ")";
      out.add(new AttributeError(document, id, t, "place", m.gold().place(), pred));
    }
    if (!m.actor1Ok()) {
      out.add(new AttributeError(document, id, t, "actor1", m.gold().actor1(), p.actor1() == null ? null : p.actor1().name()));
    }
    if (!m.modalityOk()) {
      out.add(new AttributeError(document, id, t, "modality", m.gold().modality(), p.modality() == null ? null : p.modality().code()));
    }
    return out;
  }
}
