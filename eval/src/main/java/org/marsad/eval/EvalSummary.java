package org.marsad.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.marsad.model.EventType;

/**
 * Scores of a set of reports, aggregated by summing counts across documents (micro-averaging);
 * attribute accuracies are over all matched pairs of all documents.
 */
public record EvalSummary(List<DocumentScore> documents) {
  public EvalSummary {
    documents = List.copyOf(documents);
  }

  public SortedMap<EventType, Prf> perType() {
    SortedMap<EventType, Prf> out = new TreeMap<>();
    for (DocumentScore d : documents) {
      d.perType().forEach((t, p) -> out.merge(t, p, Prf::plus));
    }
    return out;
  }

  public Prf overall() {
    Prf sum = Prf.ZERO;
    for (DocumentScore d : documents) {
      sum = sum.plus(d.overall());
    }
    return sum;
  }

  public AttributeScores attributes() {
    AttributeScores sum = AttributeScores.NONE;
    for (DocumentScore d : documents) {
      sum = sum.plus(d.attributes());
    }
    return sum;
  }

  public SortedMap<TypePair, Integer> confusion() {
    SortedMap<TypePair, Integer> out = new TreeMap<>();
    for (DocumentScore d : documents) {
      for (Map.Entry<TypePair, Integer> e : d.confusion().entrySet()) {
        out.merge(e.getKey(), e.getValue(), Integer::sum);
      }
    }
    return out;
  }

  public Prf duplicates() {
    Prf sum = Prf.ZERO;
    for (DocumentScore d : documents) {
      sum = sum.plus(d.duplicates());
    }
    return sum;
  }

  public int neutral() {
    return documents.stream().mapToInt(DocumentScore::neutral).sum();
  }

  public List<Miss> misses() {
    List<Miss> out = new ArrayList<>();
    documents.forEach(d -> out.addAll(d.misses()));
    return out;
  }

  public List<FalseEvent> falseEvents() {
    List<FalseEvent> out = new ArrayList<>();
    documents.forEach(d -> out.addAll(d.falseEvents()));
    return out;
  }

  /** Each warning prefixed with its document. */
  public List<String> warnings() {
    List<String> out = new ArrayList<>();
    documents.forEach(d -> d.warnings().forEach(w -> out.add(d.document() + ": " + w)));
    return out;
  }

  /** The wrong attributes of all matched pairs. */
  public List<AttributeError> attributeErrors() {
    List<AttributeError> out = new ArrayList<>();
    for (DocumentScore d : documents) {
      for (MatchedPair m : d.matches()) {
        out.addAll(AttributeError.of(d.document(), m));
      }
    }
    return out;
  }
}
