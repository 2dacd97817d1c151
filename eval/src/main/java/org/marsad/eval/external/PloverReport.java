package org.marsad.eval.external;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * PLOVER figures: per modelled category, the recall of its mapped codebook types; per unmodelled
 * category, the rate of sentences on which Marsad reports any event (each should be 0); both
 * overall and for the tuning and held-out halves (the held-out half is the honest figure).
 */
public record PloverReport(Map<PloverCategory, Counts> byCategory, Counts mapped, Counts unmodelled,
    Map<PloverSentence.Half, Counts> mappedByHalf, Map<PloverSentence.Half, Counts> unmodelledByHalf) {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** Sentences, and of them: with a mapped type found ({@code found}), with any event ({@code any}). */
  public record Counts(int sentences, int found, int any) {
    Counts plus(PloverOutcome o) {
      return new Counts(sentences + 1, found + (o.found() ? 1 : 0), any + (o.anyEvent() ? 1 : 0));
    }

    public double recall() {
      return ratio(found, sentences);
    }

    public double eventRate() {
      return ratio(any, sentences);
    }
  }

  public PloverReport {
    byCategory = Map.copyOf(byCategory);
    mappedByHalf = Map.copyOf(mappedByHalf);
    unmodelledByHalf = Map.copyOf(unmodelledByHalf);
  }

  public static PloverReport of(List<PloverOutcome> outcomes) {
    Map<PloverCategory, Counts> cats = new EnumMap<>(PloverCategory.class);
    Map<PloverSentence.Half, Counts> mh = new EnumMap<>(PloverSentence.Half.class);
    Map<PloverSentence.Half, Counts> uh = new EnumMap<>(PloverSentence.Half.class);
    Counts zero = new Counts(0, 0, 0);
    Counts mapped = zero;
    Counts unmodelled = zero;
    for (PloverOutcome o : outcomes) {
      PloverCategory c = o.sentence().category();
      cats.merge(c, zero.plus(o), (a, b) -> a.plus(o));
      Map<PloverSentence.Half, Counts> byHalf = c.modelled() ? mh : uh;
      byHalf.merge(o.sentence().half(), zero.plus(o), (a, b) -> a.plus(o));
      if (c.modelled()) {
        mapped = mapped.plus(o);
      } else {
        unmodelled = unmodelled.plus(o);
      }
    }
    return new PloverReport(cats, mapped, unmodelled, mh, uh);
  }

  public String render() {
    StringBuilder sb = new StringBuilder();
    sb.append("modelled categories: recall of the mapped codebook type (sentences, found)\n");
    byCategory.entrySet().stream().filter(e -> e.getKey().modelled()).sorted(Map.Entry.comparingByKey())
        .forEach(e -> sb.append(String.format(Locale.ROOT, "  %-12s %4d %4d  %.3f  %s%n", e.getKey(), e.getValue().sentences(),
            e.getValue().found(), e.getValue().recall(), e.getKey().mapped().stream().map(Enum::name).sorted().toList())));
    sb.append(String.format(Locale.ROOT, "  mapped-type recall %.3f (%d/%d)%n", mapped.recall(), mapped.found(), mapped.sentences()));
    sb.append("unmodelled categories: sentences with any event (sentences, with events)\n");
    byCategory.entrySet().stream().filter(e -> !e.getKey().modelled()).sorted(Map.Entry.comparingByKey())
        .forEach(e -> sb.append(String.format(Locale.ROOT, "  %-12s %4d %4d  %.3f%n", e.getKey(), e.getValue().sentences(),
            e.getValue().any(), e.getValue().eventRate())));
    sb.append(String.format(Locale.ROOT, "  event rate %.3f (%d/%d)%n", unmodelled.eventRate(), unmodelled.any(), unmodelled.sentences()));
    sb.append("by half (split by CRC-32 of the record id; held-out is the honest figure):\n");
    for (PloverSentence.Half h : PloverSentence.Half.values()) {
      Counts m = mappedByHalf.getOrDefault(h, new Counts(0, 0, 0));
      Counts u = unmodelledByHalf.getOrDefault(h, new Counts(0, 0, 0));
      if (m.sentences() + u.sentences() == 0) {
        continue; // a half left out with --half
      }
      sb.append(String.format(Locale.ROOT, "  %-9s mapped-type recall %.3f (%d/%d), unmodelled event rate %.3f (%d/%d)%n",
          h.name().toLowerCase(Locale.ROOT).replace('_', '-'), m.recall(), m.found(), m.sentences(), u.eventRate(), u.any(),
          u.sentences()));
    }
    return sb.toString();
  }

  public String json() {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode cats = root.putObject("categories");
    byCategory.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      ObjectNode c = cats.putObject(e.getKey().name());
      c.put("modelled", e.getKey().modelled());
      e.getKey().mapped().stream().map(Enum::name).sorted().forEach(c.putArray("mapped_types")::add);
      counts(c, e.getValue(), e.getKey().modelled());
    });
    counts(root.putObject("mapped"), mapped, true);
    counts(root.putObject("unmodelled"), unmodelled, false);
    ObjectNode halves = root.putObject("halves");
    for (PloverSentence.Half h : PloverSentence.Half.values()) {
      ObjectNode o = halves.putObject(h.name().toLowerCase(Locale.ROOT));
      counts(o.putObject("mapped"), mappedByHalf.getOrDefault(h, new Counts(0, 0, 0)), true);
      counts(o.putObject("unmodelled"), unmodelledByHalf.getOrDefault(h, new Counts(0, 0, 0)), false);
    }
    try {
      return JSON.writeValueAsString(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write the PLOVER report as JSON", e);
    }
  }

  private static void counts(ObjectNode o, Counts c, boolean modelled) {
    o.put("sentences", c.sentences());
    if (modelled) {
      o.put("found", c.found());
      putRatio(o, "recall", c.recall());
    }
    o.put("with_events", c.any());
    putRatio(o, "event_rate", c.eventRate());
  }

  private static void putRatio(ObjectNode o, String k, double v) {
    if (Double.isNaN(v)) {
      o.putNull(k);
    } else {
      o.put(k, Math.round(v * 1000) / 1000.0);
    }
  }

  private static double ratio(int a, int b) {
    return b == 0 ? Double.NaN : (double) a / b;
  }
}
