package org.marsad.track;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.fuse.FusedEvent;
import org.marsad.fuse.ReportEvent;
import org.marsad.model.DateRange;
import org.marsad.model.EventDate;

/**
 * The start a report gives for the restrictions at one place. When a report dates a closure a few days
 * before it was published ("blew up the last bridge on Wednesday", "منذ يوم السبت الماضي") and tells,
 * undated, what it does there ("no food or medicine can be brought in", "يمنعون دخول الغذاء والدواء"),
 * the undated condition is the state since that start, not news of the publication day. Only within
 * one report, and only for a day-precise start at most {@link #RECENT_DAYS} before publication: "since
 * 2013" says nothing of when today's shortages began.
 */
final class ReportStarts {
  static final int RECENT_DAYS = 14;

  private final Map<String, LocalDate> byReport;

  private ReportStarts(Map<String, LocalDate> byReport) {
    this.byReport = byReport;
  }

  /** The earliest recent start per report among {@code conditions}: the place's sieges, closures and denials that are held, not ended. */
  static ReportStarts of(List<FusedEvent> conditions) {
    Map<String, LocalDate> m = new HashMap<>();
    for (FusedEvent f : conditions) {
      for (ReportEvent r : f.members()) {
        LocalDate start = dayOf(r.event().date());
        if (start != null && r.published() != null && !start.isAfter(r.published())
            && ChronoUnit.DAYS.between(start, r.published()) <= RECENT_DAYS) {
          m.merge(r.reportId(), start, (a, b) -> a.isBefore(b) ? a : b);
        }
      }
    }
    return new ReportStarts(m);
  }

  /** An undated condition's day: the earliest, over its reports, of the report's start or else its publication. */
  LocalDate undatedCondition(FusedEvent f) {
    LocalDate best = null;
    for (ReportEvent r : f.members()) {
      LocalDate d = byReport.getOrDefault(r.reportId(), r.published());
      if (d != null && (best == null || d.isBefore(best))) {
        best = d;
      }
    }
    return best;
  }

  private static LocalDate dayOf(EventDate d) {
    if (d == null || d.range() == null || d.timePrecision() != 1) {
      return null;
    }
    DateRange r = d.range();
    return r.unit() == DateRange.Unit.DAY ? r.start() : null;
  }
}
