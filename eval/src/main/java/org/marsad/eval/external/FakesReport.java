package org.marsad.eval.external;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.marsad.geocode.Gazetteer;

/** Aggregate figures of a FA-KES run, and their plain-text rendering. */
public record FakesReport(
    int articles,
    int predicted,
    int agree,
    int fromEvents,
    int agreeFromEvents,
    int withDay,
    int dayAgree,
    int withMonth,
    int monthAgree,
    int withEvents,
    int abroad,
    Map<String, LabelCounts> byLabel,
    Map<String, Integer> confusions) {

  /** Per label: articles, articles with a prediction, agreeing predictions. */
  public record LabelCounts(int articles, int predicted, int agree) {}

  public FakesReport {
    byLabel = Map.copyOf(byLabel);
    confusions = Map.copyOf(confusions);
  }

  public static FakesReport of(List<FakesOutcome> outcomes, Gazetteer g) {
    int predicted = 0;
    int agree = 0;
    int fromEvents = 0;
    int agreeFromEvents = 0;
    int withDay = 0;
    int dayAgree = 0;
    int withMonth = 0;
    int monthAgree = 0;
    int withEvents = 0;
    int abroad = 0;
    Map<String, int[]> byLabel = new TreeMap<>();
    Map<String, Integer> confusions = new TreeMap<>();
    for (FakesOutcome o : outcomes) {
      int[] l = byLabel.computeIfAbsent(o.label(), k -> new int[3]);
      l[0]++;
      withEvents += o.events() > 0 ? 1 : 0;
      abroad += o.abroad() ? 1 : 0;
      if (o.place() != null) {
        predicted++;
        l[1]++;
        if (o.place().fromEvents()) {
          fromEvents++;
        }
        if (o.placeAgrees()) {
          agree++;
          l[2]++;
          if (o.place().fromEvents()) {
            agreeFromEvents++;
          }
        } else {
          confusions.merge(o.label() + " -> " + g.adminName(o.governorate()), 1, Integer::sum);
        }
      }
      if (o.day() != null) {
        withDay++;
        dayAgree += o.dayAgrees() ? 1 : 0;
      }
      if (o.month() != null) {
        withMonth++;
        monthAgree += o.monthAgrees() ? 1 : 0;
      }
    }
    Map<String, LabelCounts> labels = new TreeMap<>();
    byLabel.forEach((k, v) -> labels.put(k, new LabelCounts(v[0], v[1], v[2])));
    return new FakesReport(outcomes.size(), predicted, agree, fromEvents, agreeFromEvents, withDay, dayAgree, withMonth,
        monthAgree, withEvents, abroad, labels, confusions);
  }

  /** Agreement over articles with a prediction. */
  public double placeAgreement() {
    return ratio(agree, predicted);
  }

  public double placeAgreementOverAll() {
    return ratio(agree, articles);
  }

  public double coverage() {
    return ratio(predicted, articles);
  }

  public String render(int topConfusions) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "articles %d, with events %d%n", articles, withEvents));
    sb.append(String.format(Locale.ROOT, "location: coverage %.3f (%d/%d); agreement %.3f over predicted (%d/%d), %.3f over all%n",
        coverage(), predicted, articles, placeAgreement(), agree, predicted, placeAgreementOverAll()));
    sb.append(String.format(Locale.ROOT, "  from events %d (agree %.3f), from place mentions only %d (agree %.3f)%n",
        fromEvents, ratio(agreeFromEvents, fromEvents), predicted - fromEvents,
        ratio(agree - agreeFromEvents, predicted - fromEvents)));
    sb.append(String.format(Locale.ROOT, "  articles whose most-cited event place is outside Syria: %d%n", abroad));
    sb.append(String.format(Locale.ROOT, "date: day within 1 day %.3f (%d/%d); same month %.3f (%d/%d)%n",
        ratio(dayAgree, withDay), dayAgree, withDay, ratio(monthAgree, withMonth), monthAgree, withMonth));
    sb.append("by label (articles, predicted, agree):\n");
    for (Map.Entry<String, LabelCounts> e : new TreeMap<>(byLabel).entrySet()) {
      LabelCounts v = e.getValue();
      sb.append(String.format(Locale.ROOT, "  %-12s %4d %4d %4d  %.3f%n", e.getKey(), v.articles(), v.predicted(), v.agree(),
          ratio(v.agree(), v.predicted())));
    }
    sb.append("top disagreements (label -> Marsad's governorate):\n");
    for (Map.Entry<String, Integer> e : AnercorpReport.top(confusions, topConfusions)) {
      sb.append(String.format(Locale.ROOT, "  %4d  %s%n", e.getValue(), e.getKey()));
    }
    return sb.toString();
  }

  private static double ratio(int a, int b) {
    return b == 0 ? Double.NaN : (double) a / b;
  }
}
