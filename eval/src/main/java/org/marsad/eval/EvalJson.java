package org.marsad.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.marsad.model.EventType;

/**
 * The machine-readable evaluation report. Undefined ratios (0/0) are JSON null; field names are
 * snake_case like the output contract.
 */
public final class EvalJson {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private EvalJson() {}

  public static String write(EvalSummary s) {
    try {
      return MAPPER.writeValueAsString(toTree(s));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the evaluation as JSON", e);
    }
  }

  public static ObjectNode toTree(EvalSummary s) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("documents", s.documents().size());
    ObjectNode events = prf(root.putObject("events"), s.overall());
    events.put("neutral", s.neutral());
    ObjectNode perType = root.putObject("per_type");
    for (Map.Entry<EventType, Prf> e : s.perType().entrySet()) {
      prf(perType.putObject(e.getKey().name()), e.getValue());
    }
    attributes(root.putObject("attributes"), s.attributes());
    prf(root.putObject("duplicates"), s.duplicates());
    ArrayNode confusion = root.putArray("confusion");
    s.confusion().forEach((k, v) -> confusion.addObject()
        .put("gold", k.gold().name()).put("predicted", k.predicted().name()).put("count", v));
    ArrayNode misses = root.putArray("misses");
    for (Miss m : s.misses()) {
      misses.addObject().put("document", m.document()).put("gold_id", m.goldId())
          .put("type", m.type().name()).put("evidence", m.evidence());
    }
    ArrayNode falses = root.putArray("false_events");
    for (FalseEvent f : s.falseEvents()) {
      falses.addObject().put("document", f.document()).put("id", f.predictedId())
          .put("type", f.type().name()).put("evidence", f.evidence()).put("rule_id", f.ruleId());
    }
    ArrayNode errors = root.putArray("attribute_errors");
    for (AttributeError e : s.attributeErrors()) {
      errors.addObject().put("document", e.document()).put("gold_id", e.goldId()).put("type", e.type().name())
          .put("attribute", e.attribute()).put("gold", e.gold()).put("predicted", e.predicted());
    }
    ArrayNode warnings = root.putArray("warnings");
    s.warnings().forEach(warnings::add);
    ArrayNode docs = root.putArray("per_document");
    for (DocumentScore d : s.documents()) {
      ObjectNode o = docs.addObject();
      o.put("document", d.document());
      o.put("gold_events", d.goldEvents());
      o.put("predicted_events", d.predictedEvents());
      prf(o.putObject("events"), d.overall()).put("neutral", d.neutral());
      attributes(o.putObject("attributes"), d.attributes());
      prf(o.putObject("duplicates"), d.duplicates());
      o.put("warnings", d.warnings().size());
    }
    return root;
  }

  private static ObjectNode prf(ObjectNode o, Prf p) {
    o.put("tp", p.tp());
    o.put("fp", p.fp());
    o.put("fn", p.fn());
    o.put("precision", Numbers.json(p.precision()));
    o.put("recall", Numbers.json(p.recall()));
    o.put("f1", Numbers.json(p.f1()));
    return o;
  }

  private static void attributes(ObjectNode o, AttributeScores a) {
    accuracy(o.putObject("date"), a.date());
    accuracy(o.putObject("place"), a.place());
    accuracy(o.putObject("actor1"), a.actor1());
    accuracy(o.putObject("modality"), a.modality());
  }

  private static void accuracy(ObjectNode o, Accuracy a) {
    o.put("correct", a.correct());
    o.put("n", a.n());
    o.put("accuracy", Numbers.json(a.value()));
  }
}
