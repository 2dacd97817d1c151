package org.marsad.track;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.marsad.fuse.DateRanges;
import org.marsad.fuse.FusedEvent;
import org.marsad.fuse.SourceRef;
import org.marsad.geocode.Gazetteer;
import org.marsad.model.EventDate;
import org.marsad.model.EventType;
import org.marsad.model.Modality;
import org.marsad.model.Place;

/**
 * Derives each community's status timeline from fused events by the rules in
 * {@link StatusRules} (docs/status.md). Pure: the same events give the same timeline.
 *
 * <p>Only events that {@link FusedEvent#alerting() alert} (asserted, not historical) are
 * applied. Each applies on its effective date: a day date is that day ("since X" starts at X);
 * a month, week or year starts at its first day; an undated event applies on the earliest
 * publication date of its reports (an undated siege, closure or shortage: of the start its report
 * gives for the place's restrictions, {@link ReportStarts}), and an event with neither is skipped.
 */
public final class StatusTracker {
  private final StatusRules rules;
  /** Region ids whose sieges, closures and shortages make a timeline of their own (Gazetteer#enclaveIds). */
  private final Set<String> enclaves;

  public StatusTracker(StatusRules rules) {
    this(rules, Set.of());
  }

  public StatusTracker(StatusRules rules, Set<String> enclaves) {
    this.rules = rules;
    this.enclaves = Set.copyOf(enclaves);
  }

  public static StatusTracker loadDefault() {
    return new StatusTracker(StatusRules.loadDefault(), Gazetteer.enclaveIds());
  }

  public StatusRules rules() {
    return rules;
  }

  /** The place's timeline as of its latest event. */
  public List<StatusInterval> timeline(String placeId, List<FusedEvent> events) {
    LocalDate last = events.stream()
        .filter(f -> at(f, placeId))
        .map(StatusTracker::effectiveDate)
        .filter(Objects::nonNull)
        .max(LocalDate::compareTo)
        .orElse(null);
    return last == null ? List.of() : timeline(placeId, events, last);
  }

  /**
   * The place's timeline from its first status-changing event up to {@code asOf}: events after
   * it are ignored, and the last interval is open. Events at other places are ignored too.
   */
  public List<StatusInterval> timeline(String placeId, List<FusedEvent> events, LocalDate asOf) {
    TreeMap<LocalDate, List<FusedEvent>> byDay = new TreeMap<>();
    List<FusedEvent> attacks = new ArrayList<>();
    List<FusedEvent> denials = new ArrayList<>();
    ReportStarts starts = ReportStarts.of(events.stream()
        .filter(f -> heldCondition(f, placeId) && f.alerting() && f.date() != null).toList());
    for (FusedEvent f : events) {
      LocalDate d = f.date() == null && heldCondition(f, placeId) ? starts.undatedCondition(f) : effectiveDate(f);
      if (at(f, placeId) && f.modality() == Modality.DENIED && f.type().isCondition() && d != null && !d.isAfter(asOf)) {
        denials.add(f); // "نفت القوات فرض حصار": no status, but who disagrees with it (Denials)
      }
      if (!at(f, placeId) || !f.alerting() || d == null || d.isAfter(asOf)) {
        continue;
      }
      if (f.type() == EventType.ATTACK) {
        attacks.add(f);
      }
      byDay.computeIfAbsent(d, k -> new ArrayList<>()).add(f);
    }
    // within a day, a siege's easing or lifting comes after the siege being held: a report of a besieged
    // town that tells of the first convoy let in eases that day's siege, whatever the events' ids
    byDay.values().forEach(l -> l.sort(Comparator.comparing(FusedEvent::type).thenComparingInt(StatusTracker::endRank)
        .thenComparing(FusedEvent::id)));

    Map<String, Fact> state = new HashMap<>();
    List<Open> open = new ArrayList<>();
    LocalDate day = byDay.isEmpty() ? null : byDay.firstKey();
    while (day != null && !day.isAfter(asOf)) {
      final LocalDate today = day;
      state.values().removeIf(f -> f.expires != null && !f.expires.isAfter(today));
      List<FusedEvent> support = new ArrayList<>();
      Set<String> fired = new LinkedHashSet<>();
      for (FusedEvent f : byDay.getOrDefault(day, List.of())) {
        Map<String, Object> before = values(state);
        if (endsNear(f) && !community(f) && !"yes".equals(before.get("encircled"))) {
          continue; // an ending told near the place only ends a siege the place is under
        }
        List<StatusRules.Effect> matched = new ArrayList<>();
        for (StatusRules.Effect e : rules.effects()) {
          if (e.type() == f.type() && e.event().test(f::attribute) && e.state().test(before)) {
            matched.add(e);
          }
        }
        // a state told as holding "since" a day holds at least up to the reports that tell it: "fuel barred since
        // July", reported in September, still warns in September
        LocalDate told = "since".equals(f.dateKind()) ? lastTold(f, day) : day;
        for (StatusRules.Effect e : matched) {
          for (StatusRules.Assignment a : e.assignments()) {
            state.put(a.key(), new Fact(a.value(), a.ttlDays() == null ? null : told.plusDays(a.ttlDays())));
          }
          fired.add(e.id());
        }
        if (!matched.isEmpty()) {
          support.add(f);
        }
      }
      Snapshot now = snapshot(state);
      Open cur = open.isEmpty() ? null : open.get(open.size() - 1);
      if (cur == null ? now.informative() : !cur.snapshot.equals(now)) {
        if (cur != null) {
          cur.to = day;
        }
        cur = new Open(day, now);
        open.add(cur);
      }
      if (cur != null) {
        cur.support.addAll(support);
        cur.rules.addAll(fired);
        cur.rules.add("level:" + now.levelRule);
      }
      day = next(byDay, state, day);
    }
    return finish(placeId, open, attacks, denials, asOf);
  }

  /** Every community whose level on {@code date} is above NONE, most severe first. */
  public List<CommunityStatus> asOf(LocalDate date, List<FusedEvent> all) {
    Map<String, Place> places = new TreeMap<>();
    Map<String, LocalDate> placeSeen = new HashMap<>();
    for (FusedEvent f : all) {
      LocalDate d = effectiveDate(f);
      if (!community(f) || d == null || d.isAfter(date)) {
        continue;
      }
      // The place as the latest event names it (ties: the smaller event id, for determinism).
      LocalDate seen = placeSeen.get(f.place().id());
      if (seen == null || d.isAfter(seen)) {
        places.put(f.place().id(), f.place());
        placeSeen.put(f.place().id(), d);
      }
    }
    List<CommunityStatus> out = new ArrayList<>();
    for (Map.Entry<String, Place> p : places.entrySet()) {
      List<StatusInterval> tl = timeline(p.getKey(), all, date);
      if (tl.isEmpty()) {
        continue;
      }
      StatusInterval cur = tl.get(tl.size() - 1);
      if (!cur.contains(date) || cur.level() == Level.NONE) {
        continue;
      }
      List<SourceRef> sources = new ArrayList<>();
      Set<String> disagreements = new LinkedHashSet<>();
      for (StatusInterval i : tl.subList(Episode.start(tl, tl.size() - 1, StatusInterval::level), tl.size())) {
        i.sources().stream().filter(s -> !sources.contains(s)).forEach(sources::add);
        disagreements.addAll(i.disagreements());
      }
      out.add(new CommunityStatus(p.getValue(), date, cur.level(), cur.since(), cur.movement(), cur.food(),
          cur.medicine(), cur.fuel(), cur.aid(), cur.attacksLast7Days(), cur.daysBesieged(), sources,
          independent(sources), List.copyOf(disagreements)));
    }
    out.sort(Comparator.comparingInt((CommunityStatus c) -> -c.level().severity()).thenComparing(c -> c.place().id()));
    return out;
  }

  /** 2 for a siege lifted, 1 eased, else 0: the order of a day's siege events. */
  private static int endRank(FusedEvent f) {
    Object phase = f.type() == EventType.SIEGE ? f.attribute("phase") : null;
    return "lifted".equals(phase) ? 2 : "eased".equals(phase) ? 1 : 0;
  }

  /** The day an event changes status, or null when it has no date and no publication date. */
  public static LocalDate effectiveDate(FusedEvent f) {
    if (endRank(f) > 0 && EventDate.SINCE.equals(f.dateKind()) && f.earliestPublished() != null) {
      // "the first easing since January", "فك الحصار المفروض منذ سنتين": the time is the siege's or the
      // comparison's; an easing or a lifting is no state that runs from it, so it applies when reported
      return f.earliestPublished();
    }
    String v = f.date();
    DateRanges.Range r = DateRanges.of(v, 1);
    if (r == null) {
      return f.earliestPublished();
    }
    return r.start();
  }

  /** A siege, closure or denial at the place that is held, not ended or eased: what {@link ReportStarts} dates. */
  private boolean heldCondition(FusedEvent f, String placeId) {
    return f.type().isCondition() && endRank(f) == 0 && at(f, placeId);
  }

  private boolean at(FusedEvent f, String placeId) {
    return (community(f) || endsNear(f) || warnsNear(f)) && placeId.equals(f.place().id());
  }

  /**
   * A threat or a build-up "around X" (geo_precision 2): forces massing on a town's edge are the warning
   * a watch is for; it only ever raises a watch (the warning rules of rules.tsv).
   */
  private boolean warnsNear(FusedEvent f) {
    return (f.type() == EventType.THREAT || f.type() == EventType.MILITARY_BUILDUP) && nearCommunity(f);
  }

  /**
   * A siege broken or eased "south of X" (geo_precision 2): the breach is seldom in the town itself,
   * so it ends X's siege; it never starts one (see the encircled check in {@link #timeline}).
   */
  private boolean endsNear(FusedEvent f) {
    return endRank(f) > 0 && nearCommunity(f);
  }

  /** Whether the event is placed near a known place ("near X", "south of X"): one step coarser than a community. */
  private boolean nearCommunity(FusedEvent f) {
    return f.place() != null && f.place().id() != null && f.place().geoPrecision() == rules.maxGeoPrecision() + 1;
  }

  /**
   * Whether the event is located at a community: a known place, not only a region — except a siege,
   * closure or shortage of an enclave region as a whole ("the blockade of the Gaza Strip").
   */
  private boolean community(FusedEvent f) {
    return mayHaveTimeline(f.place()) && (f.place().geoPrecision() <= rules.maxGeoPrecision() || f.type().isCondition());
  }

  /** Whether a place can have a timeline: a community's precision, or an enclave region. */
  public boolean mayHaveTimeline(Place p) {
    return p != null && p.id() != null && (p.geoPrecision() <= rules.maxGeoPrecision() || enclaves.contains(p.id()));
  }

  /** The next day something happens: an event, or a fact expiring. */
  private static LocalDate next(TreeMap<LocalDate, List<FusedEvent>> byDay, Map<String, Fact> state, LocalDate day) {
    LocalDate n = byDay.higherKey(day);
    for (Fact f : state.values()) {
      if (f.expires != null && f.expires.isAfter(day) && (n == null || f.expires.isBefore(n))) {
        n = f.expires;
      }
    }
    return n;
  }

  private Snapshot snapshot(Map<String, Fact> state) {
    Map<String, Object> v = values(state);
    for (StatusRules.LevelRule l : rules.levels()) {
      if (l.state().test(v)) {
        return new Snapshot(l.level(), l.id(), get(v, "movement"), get(v, "food"), get(v, "medicine"), get(v, "fuel"), get(v, "aid"));
      }
    }
    throw new IllegalStateException("status rules have no catch-all level line");
  }

  private static String get(Map<String, Object> v, String key) {
    Object o = v.get(key);
    return o == null ? StatusRules.UNKNOWN : o.toString();
  }

  private static Map<String, Object> values(Map<String, Fact> state) {
    Map<String, Object> v = new HashMap<>();
    state.forEach((k, f) -> v.put(k, f.value));
    return v;
  }

  private List<StatusInterval> finish(String placeId, List<Open> open, List<FusedEvent> attacks, List<FusedEvent> denials,
      LocalDate asOf) {
    List<StatusInterval> out = new ArrayList<>(open.size());
    List<List<SourceRef>> supported = new ArrayList<>(open.size());
    LocalDate since = null;
    LocalDate besiegedSince = null;
    Level prev = null;
    for (Open o : open) {
      Level level = o.snapshot.level;
      since = level == prev ? since : o.from;
      besiegedSince = !level.besieged() ? null : (prev != null && prev.besieged() ? besiegedSince : o.from);
      prev = level;
      LocalDate ref = o.to == null ? asOf : o.to.minusDays(1);
      int days = besiegedSince == null ? 0 : (int) ChronoUnit.DAYS.between(besiegedSince, ref) + 1;
      int recentAttacks = (int) attacks.stream()
          .map(StatusTracker::effectiveDate)
          .filter(d -> !d.isAfter(ref) && d.isAfter(ref.minusDays(7)))
          .count();
      Map<String, SourceRef> sources = new LinkedHashMap<>();
      Set<String> disagreements = new LinkedHashSet<>();
      for (FusedEvent f : o.support) {
        f.sources().forEach(s -> sources.putIfAbsent(s.reportId() + "#" + s.eventId(), s));
        disagreements.addAll(f.disagreements());
      }
      if (level.besieged()) {
        disagreements.addAll(Denials.within(denials, o.from, ref));
      }
      List<SourceRef> src = new ArrayList<>(sources.values());
      supported.add(src);
      // the count is the episode's, up to this interval (Episode): the same as a status list shows
      List<SourceRef> episode = new ArrayList<>();
      for (int k = Episode.start(open, supported.size() - 1, x -> x.snapshot.level); k < supported.size(); k++) {
        episode.addAll(supported.get(k));
      }
      Snapshot s = o.snapshot;
      out.add(new StatusInterval(placeId, o.from, o.to, level, s.movement, s.food, s.medicine, s.fuel, s.aid,
          recentAttacks, since, days, src, independent(episode), List.copyOf(disagreements), List.copyOf(o.rules)));
    }
    return out;
  }

  /**
   * Independent sources among reports: reports that fusion found to be copies of each other
   * (same source key) count once, across all the events they support.
   */
  static int independent(List<SourceRef> sources) {
    return IndependentSources.count(sources);
  }



  private record Fact(String value, LocalDate expires) {}

  private record Snapshot(Level level, String levelRule, String movement, String food, String medicine, String fuel, String aid) {
    boolean informative() {
      return level != Level.NONE || !(movement + food + medicine + fuel + aid).equals(StatusRules.UNKNOWN.repeat(5));
    }

    @Override
    public boolean equals(Object o) {
      // The rule that gave the level is for tracing, not a change of status.
      return o instanceof Snapshot s && level == s.level && movement.equals(s.movement) && food.equals(s.food)
          && medicine.equals(s.medicine) && fuel.equals(s.fuel) && aid.equals(s.aid);
    }

    @Override
    public int hashCode() {
      return Objects.hash(level, movement, food, medicine, fuel, aid);
    }
  }

  private static final class Open {
    final LocalDate from;
    final Snapshot snapshot;
    LocalDate to;
    final List<FusedEvent> support = new ArrayList<>();
    final Set<String> rules = new LinkedHashSet<>();

    Open(LocalDate from, Snapshot snapshot) {
      this.from = from;
      this.snapshot = snapshot;
    }
  }

  /** The latest publication day among the reports that tell {@code f}, never before {@code day}. */
  private static LocalDate lastTold(FusedEvent f, LocalDate day) {
    LocalDate last = day;
    for (org.marsad.fuse.SourceRef r : f.sources()) {
      if (r.published() != null && r.published().isAfter(last)) {
        last = r.published();
      }
    }
    return last;
  }
}
