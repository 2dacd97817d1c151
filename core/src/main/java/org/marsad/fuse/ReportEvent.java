package org.marsad.fuse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.marsad.model.Event;
import org.marsad.model.Extraction;
import org.marsad.model.Span;

/**
 * One event as read from one report, with what fusion needs to know about that report.
 * {@code syndicationGroup} names the group of near-duplicate reports this one belongs to (from
 * {@link NearDuplicates#groups}), or null when it is its own group. {@code evidenceText} is the
 * event's evidence as written (may be null): the same outlet repeating the same words is one
 * source, not two.
 */
public record ReportEvent(
    String reportId,
    String outlet,
    LocalDate published,
    Event event,
    String syndicationGroup,
    String evidenceText) {
  public ReportEvent {
    if (reportId == null || reportId.isBlank()) {
      throw new IllegalArgumentException("report event without a report id: " + event);
    }
    if (event == null) {
      throw new IllegalArgumentException("report " + reportId + ": null event");
    }
  }

  public ReportEvent(String reportId, String outlet, LocalDate published, Event event, String syndicationGroup) {
    this(reportId, outlet, published, event, syndicationGroup, null);
  }

  /** Every event of one extraction, with its evidence text read from the extraction's text. */
  public static List<ReportEvent> of(Extraction x, String syndicationGroup) {
    List<ReportEvent> out = new ArrayList<>(x.events().size());
    for (Event e : x.events()) {
      out.add(new ReportEvent(x.document().id(), x.document().outlet(), x.document().published(), e,
          syndicationGroup, evidenceText(e, x.text())));
    }
    return out;
  }

  /** The event's evidence as written in {@code text} (spans in order, joined by " … "), or null. */
  public static String evidenceText(Event e, String text) {
    String evidence = e.evidence().stream()
        .sorted()
        .filter(s -> s.end() <= text.length())
        .map((Span s) -> s.of(text))
        .collect(Collectors.joining(" … "));
    return evidence.isEmpty() ? null : evidence;
  }

  /** Identifies this event among all reports: report id and the event's id within it. */
  public String memberKey() {
    String local = event.id() != null ? event.id()
        : event.evidence().stream().sorted().map(s -> s.start() + "-" + s.end()).collect(Collectors.joining(","));
    return reportId + "#" + local;
  }

  /** The syndication group, or the report itself when it has none. */
  public String groupKey() {
    return syndicationGroup != null ? syndicationGroup : reportId;
  }
}
