package org.marsad.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.marsad.model.Actor;
import org.marsad.model.EventDate;
import org.marsad.model.EventType;
import org.marsad.model.Modality;
import org.marsad.model.Place;
import org.marsad.model.Span;

/** An event before its mentions are joined: the attached values; {@code paragraph}: of its last mention. */
record Draft(
    EventType type, Map<String, Object> attributes, Modality modality, boolean historical, EventDate date,
    Place place, Actor actor1, Actor actor2, String source, List<Span> evidence, String ruleId, int paragraph,
    boolean generic, int sentence, EventDate said) {
  /**
   * {@code said}: the date of the statement that reports the act ("a monitor said Wednesday"), which
   * dates the act only when no mention of it names the act's own day (EventExtractor.finish).
   */
  Draft(EventType type, Map<String, Object> attributes, Modality modality, boolean historical, EventDate date,
      Place place, Actor actor1, Actor actor2, String source, List<Span> evidence, String ruleId, int paragraph,
      boolean generic, int sentence) {
    this(type, attributes, modality, historical, date, place, actor1, actor2, source, evidence, ruleId, paragraph,
        generic, sentence, null);
  }

  Draft with(Map<String, Object> attrs) {
    return new Draft(type, attrs, modality, historical, date, place, actor1, actor2, source, evidence, ruleId, paragraph,
        generic, sentence, said);
  }

  Draft withActor1(Actor a) {
    return new Draft(type, attributes, modality, historical, date, place, a, actor2, source, evidence, ruleId, paragraph,
        generic, sentence, said);
  }

  /** The same mention at another town of its list, citing that town's name too. */
  Draft at(Place town, List<Span> spans) {
    return new Draft(type, attributes, modality, historical, date, town, actor1, actor2, source, spans, ruleId, paragraph,
        false, sentence, said);
  }

  /** The same event at a finer place. */
  Draft placed(Place p) {
    return new Draft(type, attributes, modality, historical, date, p, actor1, actor2, source, evidence, ruleId, paragraph,
        generic, sentence, said);
  }

  /** The same event with the doer of the act it is one more of ("another 17 strikes"). */
  Draft doneBy(Actor doer) {
    return new Draft(type, attributes, modality, historical, date, place, doer, actor2, source, evidence, ruleId, paragraph,
        generic, sentence, said);
  }

  Draft dated(EventDate d, boolean background) {
    return new Draft(type, attributes, modality, background, d, place, actor1, actor2, source, evidence, ruleId, paragraph,
        generic, sentence, said);
  }

  /** How far a siege phase ends the siege: 2 lifted, 1 eased, 0 a siege held, imposed or tightened (or none). */
  static int endRank(Object phase) {
    return "lifted".equals(phase) ? 2 : "eased".equals(phase) ? 1 : 0;
  }

  /** Whether this mention tells of a siege's easing or ending. */
  boolean ending() {
    return type == EventType.SIEGE && endRank(attributes.get("phase")) > 0;
  }

  /**
   * An internal attribute (dropped from the output): a siege told only by a participle that
   * describes its place ("مدينة X المحاصرة", "the besieged town"), not as an act.
   */
  static final String DESCRIBED = "_described";

  /** This event with a later mention of it joined: spans, attributes and the values it lacked. */
  Draft join(Draft b) {
    Draft a = this;
    Map<String, Object> attrs = new LinkedHashMap<>(b.attributes());
    for (Map.Entry<String, Object> en : a.attributes().entrySet()) {
      Object other = attrs.get(en.getKey());
      if (en.getValue() instanceof List<?> l1 && other instanceof List<?> l2) {
        LinkedHashSet<Object> u = new LinkedHashSet<>(l1);
        u.addAll(l2);
        attrs.put(en.getKey(), List.copyOf(u));
      } else {
        attrs.put(en.getKey(), en.getValue());
      }
    }
    // "reopened the road ..., ending a seven-week blockade": a lifting told beside an easing is a lifting
    // "... إلى مدينة X المحاصرة" joined to an easing: the participle only describes the town, the easing is the news
    // "months of siege ... ended": a siege mentioned, then its end told, is the news of its end
    if (b.ending() && endRank(b.attributes().get("phase")) > endRank(a.attributes().get("phase"))) {
      attrs.put("phase", b.attributes().get("phase"));
    } else if (a.ending() && b.attributes().containsKey(DESCRIBED)) {
      attrs.put("phase", a.attributes().get("phase"));
    }
    if (!a.attributes().containsKey(DESCRIBED) || !b.attributes().containsKey(DESCRIBED)) {
      attrs.remove(DESCRIBED); // a told act joined: no longer only a description
    }
    List<Span> ev = new ArrayList<>(a.evidence());
    for (Span s : b.evidence()) {
      if (!ev.contains(s)) {
        ev.add(s);
      }
    }
    EventDate date = a.date() != null ? a.date() : b.date();
    org.marsad.model.Actor actor1 = a.actor1() != null ? a.actor1() : b.actor1();
    org.marsad.model.Actor actor2 = a.actor2() != null ? a.actor2() : b.actor2();
    if (actor1 != null && actor2 != null && actor1.name().equals(actor2.name())) {
      // a clash told with its sides the other way round: the other side is the one the doer is not
      actor2 = b.actor1() != null && !b.actor1().name().equals(actor1.name()) ? b.actor1() : null;
    }
    return new Draft(a.type(), attrs, a.modality(), a.historical(), date, a.place() != null ? a.place() : b.place(),
        actor1, actor2,
        a.source() != null ? a.source() : b.source(), ev, a.ruleId(), Math.max(a.paragraph(), b.paragraph()),
        a.generic() && b.generic(), Math.min(a.sentence(), b.sentence()), a.said() != null ? a.said() : b.said());
  }
}
