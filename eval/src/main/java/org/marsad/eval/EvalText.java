package org.marsad.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marsad.model.EventType;

/** The human-readable evaluation report. */
public final class EvalText {
  private EvalText() {}

  public static String render(EvalSummary s) {
    StringBuilder b = new StringBuilder();
    Prf all = s.overall();
    int predicted = s.documents().stream().mapToInt(DocumentScore::predictedEvents).sum();
    line(b, "Marsad evaluation: %d documents, %d gold events (optional ones not counted), %d predicted events",
        s.documents().size(), all.tp() + all.fn(), predicted);
    b.append('\n');

    line(b, "%-24s %5s %5s %5s %5s %5s %7s %7s %7s", "type", "gold", "pred", "tp", "fp", "fn", "P", "R", "F1");
    for (Map.Entry<EventType, Prf> e : s.perType().entrySet()) {
      prfRow(b, e.getKey().name(), e.getValue());
    }
    prfRow(b, "ALL (micro)", all);
    line(b, "neutral predictions (on optional gold events): %d", s.neutral());
    b.append('\n');

    AttributeScores a = s.attributes();
    line(b, "Attributes on matched pairs");
    accRow(b, "date", a.date());
    accRow(b, "place", a.place());
    accRow(b, "actor1", a.actor1());
    accRow(b, "modality", a.modality());
    b.append('\n');

    Prf d = s.duplicates();
    line(b, "Duplicate paragraphs: P %s  R %s  F1 %s  (tp %d, fp %d, fn %d)",
        Numbers.fmt(d.precision()), Numbers.fmt(d.recall()), Numbers.fmt(d.f1()), d.tp(), d.fp(), d.fn());
    b.append('\n');

    line(b, "Confusion (missed gold events whose evidence a prediction of another type overlaps)");
    if (s.confusion().isEmpty()) {
      line(b, "  none");
    }
    s.confusion().forEach((k, v) -> line(b, "  %-24s read as %-24s %d", k.gold(), k.predicted(), v));
    b.append('\n');

    List<Miss> misses = s.misses();
    line(b, "Misses (%d)", misses.size());
    for (Miss m : misses) {
      line(b, "  %s %s %s: %s", m.document(), m.goldId(), m.type(), m.evidence());
    }
    b.append('\n');

    List<FalseEvent> fes = s.falseEvents();
    line(b, "False events (%d)", fes.size());
    for (FalseEvent f : fes) {
      line(b, "  %s %s [%s]: %s", f.document(), f.type(), f.ruleId(), f.evidence());
    }
    b.append('\n');

    List<AttributeError> errs = s.attributeErrors();
    line(b, "Attribute errors (%d)", errs.size());
    for (AttributeError e : errs) {
      line(b, "  %s %s %s %s: gold %s, predicted %s", e.document(), e.goldId(), e.type(), e.attribute(), e.gold(), e.predicted());
    }
    b.append('\n');

    List<String> warnings = s.warnings();
    if (!warnings.isEmpty()) {
      line(b, "Warnings (%d)", warnings.size());
      warnings.forEach(w -> line(b, "  %s", w));
      b.append('\n');
    }

    line(b, "Documents");
    for (DocumentScore ds : s.documents()) {
      Prf p = ds.overall();
      Prf dp = ds.duplicates();
      line(b, "  %-40s gold %3d pred %3d tp %3d fp %3d fn %3d neutral %2d F1 %s dup P/R %s/%s%s",
          ds.document(), ds.goldEvents(), ds.predictedEvents(), p.tp(), p.fp(), p.fn(), ds.neutral(),
          Numbers.fmt(p.f1()), Numbers.fmt(dp.precision()), Numbers.fmt(dp.recall()),
          ds.warnings().isEmpty() ? "" : " warnings " + ds.warnings().size());
    }
    return b.toString();
  }

  private static void prfRow(StringBuilder b, String label, Prf p) {
    line(b, "%-24s %5d %5d %5d %5d %5d %7s %7s %7s", label, p.tp() + p.fn(), p.tp() + p.fp(), p.tp(), p.fp(), p.fn(),
        Numbers.fmt(p.precision()), Numbers.fmt(p.recall()), Numbers.fmt(p.f1()));
  }

  private static void accRow(StringBuilder b, String label, Accuracy a) {
    line(b, "  %-10s %7s  (%d/%d)", label, Numbers.fmt(a.value()), a.correct(), a.n());
  }

  private static void line(StringBuilder b, String format, Object... args) {
    b.append(String.format(Locale.ROOT, format, args)).append('\n');
  }
}
