package org.marsad.track;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.marsad.fuse.DateRanges;
import org.marsad.fuse.EventFuser;
import org.marsad.fuse.FusedEvent;
import org.marsad.fuse.ReportEvent;
import org.marsad.fuse.SourceRef;
import org.marsad.fuse.UnionFind;
import org.marsad.geocode.Geocoder;
import org.marsad.model.EventDate;
import org.marsad.model.EventType;
import org.marsad.model.Modality;
import org.marsad.model.Place;

/**
 * The one status engine: report events in, fused events and every community's status timeline
 * out, as pure functions (no store, clock or network). The record ({@code store}), the CLI, the
 * server and the Flink jobs all call it, so they give the same answer on the same events. The
 * caller decides which events count (all stored events, or only verified ones) by what it passes.
 *
 * <p>Work is split by <em>area</em>: places joined, by any chain, when within the fusion distance.
 * Events of different types or areas never fuse, so fusing each (type, area) part alone gives the
 * clusters of one fusion over all events, and a place's timeline depends only on the events of
 * its area. A store can therefore re-derive only the areas that new reports touch.
 *
 * <p>A place's timeline runs to its own last status event plus the longest expiry in the rules
 * ({@link #until}), so a watch or a lifting that expires is closed in the stored timeline, and it
 * depends on nothing outside the place. Events dated after the record's horizon (its newest
 * report) plus that expiry are left out: misread years do not stretch a timeline.
 */
public final class StatusEngine {
  private final EventFuser fuser;
  private final StatusTracker tracker;

  /** One interval of a place's timeline with what readers need beside it. */
  public record Entry(StatusInterval interval, int levelSources, List<Restriction> restrictions) {
    public Entry {
      restrictions = List.copyOf(restrictions);
    }
  }

  /** A place's timeline up to {@code until}. */
  public record PlaceTimeline(String placeId, String placeName, LocalDate until, List<Entry> entries) {
    public PlaceTimeline {
      entries = List.copyOf(entries);
    }
  }

  public StatusEngine(EventFuser fuser, StatusTracker tracker) {
    this.fuser = fuser;
    this.tracker = tracker;
  }

  public static StatusEngine loadDefault() {
    return new StatusEngine(EventFuser.loadDefault(), StatusTracker.loadDefault());
  }

  public EventFuser fuser() {
    return fuser;
  }

  public StatusTracker tracker() {
    return tracker;
  }

  /** Fusion and every place's timeline over {@code events}, with {@code horizon} the record's newest report date. */
  public SortedMap<String, PlaceTimeline> timelines(Collection<ReportEvent> events, LocalDate horizon) {
    return timelines(fuse(events), horizon, null);
  }

  /**
   * Every place's timeline from fused events (of whole areas: see the class comment), or only
   * those of {@code onlyPlaces} when not null. No horizon (an empty record): no timelines.
   */
  public SortedMap<String, PlaceTimeline> timelines(List<FusedEvent> fused, LocalDate horizon,
      Collection<String> onlyPlaces) {
    SortedMap<String, PlaceTimeline> out = new TreeMap<>();
    if (horizon == null) {
      return out;
    }
    LocalDate cap = horizon.plusDays(maxExpiryDays());
    Map<String, List<FusedEvent>> byPlace = new TreeMap<>();
    for (FusedEvent f : forStatus(fused)) {
      if (f.place() != null && f.place().id() != null && (onlyPlaces == null || onlyPlaces.contains(f.place().id()))) {
        byPlace.computeIfAbsent(f.place().id(), k -> new ArrayList<>()).add(f);
      }
    }
    for (Map.Entry<String, List<FusedEvent>> p : byPlace.entrySet()) {
      PlaceTimeline t = timeline(p.getKey(), p.getValue(), cap);
      if (!t.entries().isEmpty()) {
        out.put(p.getKey(), t);
      }
    }
    return out;
  }

  /** One place's timeline from its status events ({@link #forStatus}), events after {@code cap} left out. */
  PlaceTimeline timeline(String placeId, List<FusedEvent> atPlace, LocalDate cap) {
    LocalDate last = atPlace.stream().map(StatusTracker::effectiveDate).filter(Objects::nonNull)
        .filter(d -> !d.isAfter(cap)).max(LocalDate::compareTo).orElse(null);
    String name = atPlace.stream().map(FusedEvent::place).filter(Objects::nonNull).map(Place::name)
        .filter(Objects::nonNull).findFirst().orElse(null);
    if (last == null) {
      return new PlaceTimeline(placeId, name, null, List.of());
    }
    LocalDate until = until(last);
    List<StatusInterval> tl = tracker.timeline(placeId, atPlace, until);
    Map<StatusInterval, List<Restriction>> restrictions = restrictions(tl, atPlace, until);
    List<Entry> entries = new ArrayList<>(tl.size());
    for (StatusInterval i : tl) {
      entries.add(new Entry(i, levelSources(tl, i), restrictions.getOrDefault(i, List.of())));
    }
    return new PlaceTimeline(placeId, name, until, entries);
  }

  /** The last day of a timeline whose latest event is on {@code lastEvent}: every expiry has run. */
  public LocalDate until(LocalDate lastEvent) {
    return lastEvent.plusDays(maxExpiryDays());
  }

  /**
   * Fuses per part: events of different types, and events at places more than the fusion
   * distance apart (by any chain of places), are never compatible, so greedy clustering within
   * each part gives the same clusters as over all events, with far fewer comparisons. Events
   * without a place fuse with nothing and are their own part. Sorted by id.
   */
  public List<FusedEvent> fuse(Collection<ReportEvent> input) {
    List<Place> places = new ArrayList<>();
    input.forEach(r -> {
      if (r.event().place() != null) {
        places.add(r.event().place());
      }
    });
    Map<String, String> area = areas(places);
    Map<String, List<ReportEvent>> parts = new TreeMap<>();
    List<FusedEvent> out = new ArrayList<>();
    for (ReportEvent r : input) {
      Place p = r.event().place();
      if (p == null) {
        out.addAll(fuser.fuse(List.of(r)));
        continue;
      }
      parts.computeIfAbsent(r.event().type() + "|" + area.get(placeKey(p)), k -> new ArrayList<>()).add(r);
    }
    for (List<ReportEvent> part : parts.values()) {
      out.addAll(fuser.fuse(part));
    }
    out.sort(Comparator.comparing(FusedEvent::id));
    return out;
  }

  /**
   * Place key → the smallest key of its area: places joined (transitively) when within the
   * fusion distance of each other and precise enough for distance to count in fusion
   * ({@link EventFuser#byDistance}; a key counts as precise when any of its places is). A region or
   * a country is an area of its own: its events fuse only with events at the same place, so the
   * country's thousands of events do not join the areas of the towns near its centroid.
   */
  public Map<String, String> areas(Collection<Place> input) {
    Map<String, Place> places = new TreeMap<>();
    java.util.Set<String> near = new java.util.HashSet<>();
    input.forEach(p -> {
      places.putIfAbsent(placeKey(p), p);
      if (fuser.byDistance(p)) {
        near.add(placeKey(p));
      }
    });
    UnionFind parent = new UnionFind();
    double km = fuser.rules().placeKm();
    // Sorted by latitude, only neighbours within the distance's latitude band are compared.
    List<Place> byLat = new ArrayList<>(places.values());
    byLat.removeIf(p -> !near.contains(placeKey(p)));
    byLat.sort(Comparator.comparingDouble(Place::lat).thenComparing(StatusEngine::placeKey));
    double band = km / 110.0 + 1e-9;
    for (int i = 0; i < byLat.size(); i++) {
      Place a = byLat.get(i);
      for (int j = i + 1; j < byLat.size() && byLat.get(j).lat() - a.lat() <= band; j++) {
        Place b = byLat.get(j);
        if (Geocoder.km(a.lat(), a.lon(), b.lat(), b.lon()) <= km) {
          parent.union(placeKey(a), placeKey(b));
        }
      }
    }
    Map<String, String> out = new HashMap<>();
    for (String id : places.keySet()) {
      out.put(id, parent.find(id));
    }
    return out;
  }

  /** A place's identity for areas: its gazetteer id, or its name and coordinates. */
  public static String placeKey(Place p) {
    return p.id() != null ? p.id() : "~" + p.name() + "@" + p.lat() + "," + p.lon();
  }

  /**
   * The fused events as status reads them (docs/status.md, "Reading fused events for status"):
   * <ul>
   *   <li>one per place: an event fused from reports naming different places (two towns a few
   *       km apart) counts for each place, with the reports that name it;
   *   <li>a siege that reports describe as a state since a date ("besieged since 2013", a
   *       {@code since} date, phase neither eased nor lifted) still holds when reported, so it is
   *       current even when the extractor marked it as background for its old start;
   *   <li>weakly supported events are left out ({@link #weak}).
   * </ul>
   */
  public List<FusedEvent> forStatus(List<FusedEvent> fused) {
    List<FusedEvent> each = new ArrayList<>();
    fused.forEach(f -> each.addAll(perPlace(f)));
    // the newest day each place is told to be under a siege now: a recalled start before it dates that siege
    Map<String, LocalDate> held = new HashMap<>();
    for (FusedEvent g : each) {
      if (g.type() == EventType.SIEGE && g.alerting() && holding(g) && g.place() != null) {
        LocalDate day = g.date() == null ? g.earliestPublished() : endOf(g.date());
        if (day != null) {
          held.merge(placeKey(g.place()), day, (a, b) -> a.isAfter(b) ? a : b);
        }
      }
    }
    List<FusedEvent> out = new ArrayList<>();
    for (FusedEvent g : each) {
      FusedEvent c = ongoing(g, held);
      if (!weak(c)) {
        out.add(c);
      }
    }
    return out;
  }

  /** The last day a date value ("2020-09", "2020-W39") may stand for; null when it is no date. */
  private static LocalDate endOf(String date) {
    DateRanges.Range r = DateRanges.of(date, 1);
    return r == null ? null : r.end();
  }

  /** A siege told as holding: neither eased nor lifted, of a community rather than of fighters. */
  private static boolean holding(FusedEvent f) {
    Object phase = f.attribute("phase");
    return !"eased".equals(phase) && !"lifted".equals(phase) && !"combatants".equals(f.attribute("besieged"));
  }

  private List<FusedEvent> perPlace(FusedEvent f) {
    if (f.places().size() < 2) {
      return List.of(f);
    }
    Map<String, List<ReportEvent>> by = new TreeMap<>();
    for (ReportEvent m : f.members()) {
      Place p = m.event().place();
      by.computeIfAbsent(p == null ? "" : placeKey(p), k -> new ArrayList<>()).add(m);
    }
    List<FusedEvent> out = new ArrayList<>();
    by.values().forEach(ms -> out.addAll(fuser.fuse(ms)));
    return out;
  }

  /** A siege held since a date ("besieged since 2013"), phase neither eased nor lifted. */
  public static boolean ongoingSiege(FusedEvent f) {
    Object phase = f.attribute("phase");
    return f.type() == EventType.SIEGE && f.historical() && f.modality() == Modality.ASSERTED
        && EventDate.SINCE.equals(f.dateKind()) && f.date() != null && !"eased".equals(phase) && !"lifted".equals(phase);
  }

  /**
   * A siege's start recalled with its day ("tightened the ring on 27 December", background by its age)
   * is current when a later report or mention tells the same siege still holding: it dates that siege.
   */
  private static FusedEvent ongoing(FusedEvent f, Map<String, LocalDate> held) {
    boolean recalledStart = f.type() == EventType.SIEGE && f.historical() && f.modality() == Modality.ASSERTED
        && f.date() != null && holding(f) && f.place() != null && held.containsKey(placeKey(f.place()))
        && endOf(f.date()) != null && held.get(placeKey(f.place())).isAfter(endOf(f.date()));
    if (!ongoingSiege(f) && !recalledStart) {
      return f;
    }
    return new FusedEvent(f.id(), f.type(), f.place(), f.modality(), false, f.dates(), f.dateKind(), f.places(),
        f.actor1(), f.actor2(), f.attributes(), f.members(), f.sources(), f.independentSources());
  }

  /**
   * Whether status should ignore the event as too weakly supported: an agreement that is not
   * both dated in the text and told by two independent sources (mentions of deals and truces are
   * overwhelmingly background: deals elsewhere, earlier deals, proposals, talks; a report that a
   * deal ended a siege usually also says the siege was lifted, a SIEGE event of its own), or a
   * lifting, a threat, a build-up or an ultimatum that is neither dated in the text nor told by
   * two independent sources, unless a warning's own sentence names its place.
   */
  public static boolean weak(FusedEvent f) {
    boolean dated = f.date() != null;
    if (f.type() == EventType.AGREEMENT) {
      return !dated || f.independentSources() < 2;
    }
    boolean lifting = f.type() == EventType.SIEGE && "lifted".equals(f.attribute("phase"));
    boolean warning = f.type() == EventType.THREAT || f.type() == EventType.MILITARY_BUILDUP || f.type() == EventType.DEMAND;
    if (warning && "sentence".equals(f.attribute("place_basis"))) {
      return false; // "has warned that any vehicle heading to X will be targeted": the news of the day, at X itself
    }
    return (lifting || warning) && !dated && f.independentSources() < 2;
  }

  /**
   * The record's "now": the latest publication date of its reports, or, for events of reports
   * without one, their latest date.
   */
  public static LocalDate horizon(Collection<LocalDate> published, List<FusedEvent> fused) {
    LocalDate h = published.stream().filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null);
    for (FusedEvent f : fused) {
      if (f.earliestPublished() == null) {
        LocalDate d = StatusTracker.effectiveDate(f);
        if (d != null && (h == null || d.isAfter(h))) {
          h = d;
        }
      }
    }
    return h;
  }

  /** The longest time-to-live of any fact the rules set (watch, lifted: 30 days), plus one. */
  public int maxExpiryDays() {
    return tracker.rules().effects().stream().flatMap(e -> e.assignments().stream())
        .map(StatusRules.Assignment::ttlDays).filter(Objects::nonNull).mapToInt(Integer::intValue).max().orElse(0) + 1;
  }

  /**
   * The restriction evidence of each interval: each report of a siege, a closure or a supply cut
   * that is asserted, current and located at the place itself (a community or an enclave), kept on the
   * interval holding its date, so that every item is kept once.
   */
  private Map<StatusInterval, List<Restriction>> restrictions(List<StatusInterval> tl, List<FusedEvent> atPlace,
      LocalDate until) {
    Map<StatusInterval, List<Restriction>> out = new HashMap<>();
    if (tl.isEmpty()) {
      return out;
    }
    for (FusedEvent f : atPlace) {
      LocalDate d = StatusTracker.effectiveDate(f);
      if (!restriction(f) || d == null || d.isAfter(until) || !tracker.mayHaveTimeline(f.place())) {
        continue;
      }
      StatusInterval home = tl.get(0);
      for (StatusInterval i : tl) {
        if (!i.from().isAfter(d)) {
          home = i;
        }
      }
      for (SourceRef src : f.sources()) {
        out.computeIfAbsent(home, k -> new ArrayList<>()).add(new Restriction(d, f.type(),
            f.date() != null && f.timePrecision() <= 2, src.reportId(), src.eventId(), src.sourceKey()));
      }
    }
    out.values().forEach(l -> l.sort(Comparator.comparing(Restriction::date).thenComparing(Restriction::reportId)
        .thenComparing(Restriction::eventId)));
    return out;
  }

  /** A siege being imposed or held, a closure or a supply cut, asserted and current. */
  public static boolean restriction(FusedEvent f) {
    if (!f.alerting()) {
      return false;
    }
    Object phase = f.attribute("phase");
    return f.type() == EventType.SIEGE && !"lifted".equals(phase) && !"eased".equals(phase)
        || f.type() == EventType.MOVEMENT_RESTRICTION || f.type() == EventType.SUPPLY_DENIAL;
  }

  /** Independent sources behind the episode ({@link Episode}) of {@code upTo}, from its start to {@code upTo}. */
  static int levelSources(List<StatusInterval> timeline, StatusInterval upTo) {
    int end = timeline.indexOf(upTo);
    List<SourceRef> sources = new ArrayList<>();
    for (StatusInterval i : timeline.subList(Episode.start(timeline, end, StatusInterval::level), end + 1)) {
      sources.addAll(i.sources());
    }
    return IndependentSources.count(sources);
  }
}
