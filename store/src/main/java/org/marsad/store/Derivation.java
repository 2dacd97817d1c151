package org.marsad.store;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.marsad.fuse.Claim;
import org.marsad.fuse.EventFuser;
import org.marsad.fuse.FusedEvent;
import org.marsad.fuse.NearDuplicates;
import org.marsad.fuse.ReportEvent;
import org.marsad.fuse.SourceRef;
import org.marsad.fuse.UnionFind;
import org.marsad.geocode.Geocoder;
import org.marsad.model.Event;
import org.marsad.model.EventDate;
import org.marsad.model.EventType;
import org.marsad.model.Modality;
import org.marsad.model.Place;
import org.marsad.model.Span;
import org.marsad.track.StatusInterval;
import org.marsad.track.StatusRules;
import org.marsad.track.StatusTracker;

/**
 * Recomputes the record's derived data from every stored report: near-duplicate groups
 * (syndicated copies count as one source), fused events, and each community's status timeline,
 * then replaces them in one transaction ({@link Store#replaceDerived}). Deterministic: the same
 * stored reports give the same derived rows, whatever order they arrived in.
 *
 * <p>Cost is linear in the record except fusion's greedy clustering, which compares an event
 * only with the clusters of its own type (events of different types never fuse), and the
 * near-duplicate search, which only compares reports that share a MinHash band.
 *
 * <p>Timelines are computed up to the record's {@linkplain #horizon horizon} plus the longest
 * expiry in the status rules, so that a watch or a lifting that expires after the last report
 * is already closed in the stored timeline, and the open interval holds from then on.
 */
public final class Derivation {
  /** Keys added to a fused event's {@code attributes} beside the event's own attributes. */
  public static final String ACTOR1 = "actor1";
  public static final String ACTOR2 = "actor2";
  public static final String DISAGREEMENTS = "disagreements";
  /** Indicator key of an interval's restriction evidence (see {@link #restrictions}). */
  public static final String RESTRICTIONS = "restrictions";

  private final NearDuplicates duplicates;
  private final EventFuser fuser;
  private final StatusTracker tracker;
  // Which stored events count, as what (reviewed corrections applied); null drops an event.
  private java.util.function.UnaryOperator<StoredEvent> view = java.util.function.UnaryOperator.identity();

  /** What one recomputation produced. */
  public record Summary(int reports, int events, int copies, int fused, int places, int intervals,
      LocalDate horizon, boolean changed, Duration elapsed) {}

  public Derivation(NearDuplicates duplicates, EventFuser fuser, StatusTracker tracker) {
    this.duplicates = duplicates;
    this.fuser = fuser;
    this.tracker = tracker;
  }

  public static Derivation defaults() {
    return new Derivation(NearDuplicates.defaults(), EventFuser.loadDefault(), StatusTracker.loadDefault());
  }

  /**
   * This derivation reading each stored event through {@code view} (the review workflow: a
   * corrected event counts as corrected, a rejected or unverified one not at all when it returns null).
   */
  public Derivation withView(java.util.function.UnaryOperator<StoredEvent> view) {
    Derivation d = new Derivation(duplicates, fuser, tracker);
    d.view = view;
    return d;
  }

  /** Derived rows computed but not stored (the server's verified-only status). */
  public record Derived(List<FusedEventRecord> fused, List<StatusIntervalRecord> intervals) {}

  /** Computes the derived rows of {@code store} without replacing what is stored. */
  public Derived derive(Store store) {
    Derived[] out = new Derived[1];
    compute(store, out);
    return out[0];
  }

  /** A stored report as fusion needs it. */
  record ReportRow(String id, String outlet, LocalDate published, String text) {}

  /** Recomputes and replaces all derived data of {@code store}. */
  public Summary run(Store store) {
    return compute(store, null);
  }

  private Summary compute(Store store, Derived[] only) {
    long t0 = System.nanoTime();
    Map<String, ReportRow> reports = new TreeMap<>();
    store.jdbi().useHandle(h -> h.createQuery("SELECT id, outlet, published, raw_text FROM reports")
        .map((rs, ctx) -> new ReportRow(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4)))
        .forEach(r -> reports.put(r.id(), r)));
    Map<String, String> texts = new TreeMap<>();
    reports.values().forEach(r -> texts.put(r.id(), r.text()));
    Map<String, String> groups = duplicates.groups(texts);
    int copies = (int) groups.entrySet().stream().filter(e -> !e.getKey().equals(e.getValue())).count();
    DuplicateLinks.replace(store, groups); // the record shows the groups fusion counts as one source

    List<ReportEvent> input = new ArrayList<>();
    for (StoredEvent stored : store.events(EventQuery.all())) {
      StoredEvent se = view.apply(stored);
      if (se == null) {
        continue;
      }
      ReportRow r = reports.get(se.document().id());
      String group = groups.get(r.id());
      input.add(new ReportEvent(r.id(), r.outlet(), r.published(), se.event(),
          group == null || group.equals(r.id()) ? null : group, evidenceText(se.event(), r.text())));
    }
    List<FusedEvent> fused = fuse(input);
    LocalDate horizon = horizon(reports.values(), fused);
    List<StatusIntervalRecord> intervals = new ArrayList<>();
    Map<String, List<FusedEvent>> byPlace = new TreeMap<>();
    for (FusedEvent f : forStatus(fused)) {
      if (f.place() != null && f.place().id() != null) {
        byPlace.computeIfAbsent(f.place().id(), k -> new ArrayList<>()).add(f);
      }
    }
    if (horizon != null) {
      LocalDate until = horizon.plusDays(maxExpiryDays(tracker.rules()));
      Map<String, FusedEvent> byMember = new HashMap<>();
      byPlace.values().forEach(l -> l.forEach(f -> f.members().forEach(m -> byMember.put(m.reportId() + "#" + m.event().id(), f))));
      for (Map.Entry<String, List<FusedEvent>> p : byPlace.entrySet()) {
        List<StatusInterval> tl = tracker.timeline(p.getKey(), p.getValue(), until);
        Map<StatusInterval, List<Map<String, Object>>> restrictions = restrictions(tl, p.getValue());
        for (StatusInterval i : tl) {
          StatusIntervalRecord r = record(i, placeName(p.getValue()), until, byMember, levelSources(tl, i));
          List<Map<String, Object>> items = restrictions.get(i);
          if (items != null) {
            Map<String, Object> ind = new LinkedHashMap<>(r.indicators());
            ind.put(RESTRICTIONS, items);
            r = new StatusIntervalRecord(r.placeId(), r.placeName(), r.level(), r.start(), r.end(), ind, r.sourceCount(), r.sources());
          }
          intervals.add(r);
        }
      }
    }
    List<FusedEventRecord> records = fused.stream().map(Derivation::record).toList();
    if (only != null) {
      only[0] = new Derived(records, intervals);
      return null;
    }
    // Unchanged derived data is left alone: re-running an ingest then writes nothing.
    boolean changed = !canonical(records, intervals).equals(canonical(store.fusedEvents(), store.statusIntervals(null)));
    if (changed) {
      store.replaceDerived(records, intervals);
    }
    int places = (int) intervals.stream().map(StatusIntervalRecord::placeId).distinct().count();
    return new Summary(reports.size(), input.size(), copies, records.size(), places, intervals.size(), horizon,
        changed, Duration.ofNanos(System.nanoTime() - t0));
  }

  /**
   * Fuses per part: events of different types, and events at places more than the fusion
   * distance apart (by any chain of places), are never compatible, so greedy clustering within
   * each part gives the same clusters as over all events, with far fewer comparisons. Events
   * without a place fuse with nothing and are their own part.
   */
  List<FusedEvent> fuse(List<ReportEvent> input) {
    Map<String, String> area = areas(input);
    Map<String, List<ReportEvent>> parts = new TreeMap<>();
    List<FusedEvent> out = new ArrayList<>();
    for (ReportEvent r : input) {
      Place p = r.event().place();
      if (p == null) {
        out.addAll(fuser.fuse(List.of(r)));
        continue;
      }
      String key = r.event().type() + "|" + area.get(placeKey(p));
      parts.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
    }
    for (List<ReportEvent> part : parts.values()) {
      out.addAll(fuser.fuse(part));
    }
    out.sort(Comparator.comparing(FusedEvent::id));
    return out;
  }

  /**
   * Place id → the smallest id of its area: places joined (transitively) when within the fusion
   * distance of each other, whatever their precision (joining too much only makes a part larger).
   */
  private Map<String, String> areas(List<ReportEvent> input) {
    Map<String, Place> places = new TreeMap<>();
    for (ReportEvent r : input) {
      Place p = r.event().place();
      if (p != null) {
        places.putIfAbsent(placeKey(p), p);
      }
    }
    List<String> ids = new ArrayList<>(places.keySet());
    UnionFind parent = new UnionFind();
    double km = fuser.rules().placeKm();
    // Sorted by latitude, only neighbours within the distance's latitude band are compared.
    List<Place> byLat = new ArrayList<>(places.values());
    byLat.sort(Comparator.comparingDouble(Place::lat));
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
    for (String id : ids) {
      out.put(id, parent.find(id));
    }
    return out;
  }

  private static String placeKey(Place p) {
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
   *   <li>weakly supported events are left out ({@link #weak}): reports name breaking a siege as
   *       an aim, and deals and truces elsewhere, far more often than a siege that ended, and a
   *       lone undated threat is too little to put a community on watch.
   * </ul>
   */
  List<FusedEvent> forStatus(List<FusedEvent> fused) {
    List<FusedEvent> out = new ArrayList<>();
    for (FusedEvent f : fused) {
      for (FusedEvent g : perPlace(f)) {
        FusedEvent c = ongoing(g);
        if (!weak(c)) {
          out.add(c);
        }
      }
    }
    return out;
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

  static boolean ongoingSiege(FusedEvent f) {
    Object phase = f.attribute("phase");
    return f.type() == EventType.SIEGE && f.historical() && f.modality() == Modality.ASSERTED
        && EventDate.SINCE.equals(f.dateKind()) && f.date() != null && !"eased".equals(phase) && !"lifted".equals(phase);
  }

  private static FusedEvent ongoing(FusedEvent f) {
    if (!ongoingSiege(f)) {
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
   * two independent sources.
   */
  static boolean weak(FusedEvent f) {
    boolean dated = f.date() != null;
    if (f.type() == EventType.AGREEMENT) {
      return !dated || f.independentSources() < 2;
    }
    boolean lifting = f.type() == EventType.SIEGE && "lifted".equals(f.attribute("phase"));
    boolean warning = f.type() == EventType.THREAT || f.type() == EventType.MILITARY_BUILDUP || f.type() == EventType.DEMAND;
    return (lifting || warning) && !dated && f.independentSources() < 2;
  }

  /**
   * The record's "now": the latest publication date of its reports, or, for reports without
   * one, the latest date of their events. Dates beyond the newest report (misread years) do not
   * stretch every timeline.
   */
  static LocalDate horizon(java.util.Collection<ReportRow> reports, List<FusedEvent> fused) {
    LocalDate h = reports.stream().map(ReportRow::published).filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null);
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

  /** The longest time-to-live of any fact the rules set (watch, lifted: 30 days). */
  static int maxExpiryDays(StatusRules rules) {
    return rules.effects().stream().flatMap(e -> e.assignments().stream())
        .map(StatusRules.Assignment::ttlDays).filter(Objects::nonNull).mapToInt(Integer::intValue).max().orElse(0) + 1;
  }

  /** Derived rows as one string, in a fixed order, for comparing what is stored with what is new. */
  static String canonical(List<FusedEventRecord> fused, List<StatusIntervalRecord> intervals) {
    StringBuilder b = new StringBuilder();
    fused.stream().sorted(Comparator.comparing(FusedEventRecord::id)).forEach(f -> {
      b.append(f.id()).append('|').append(f.type()).append('|').append(f.modality()).append('|').append(f.historical())
          .append('|').append(f.placeId()).append('|').append(f.placeName()).append('|').append(f.lat()).append('|')
          .append(f.lon()).append('|').append(f.dateValue()).append('|').append(f.dateKind()).append('|')
          .append(f.datePrecision()).append('|').append(JsonText.write(f.attributes())).append('|').append(f.sourceCount());
      f.members().stream().map(m -> m.reportId() + "#" + m.eventId()).sorted().forEach(m -> b.append('|').append(m));
      b.append('\n');
    });
    intervals.stream()
        .sorted(Comparator.comparing(StatusIntervalRecord::placeId).thenComparing(StatusIntervalRecord::start,
            Comparator.nullsLast(Comparator.naturalOrder())))
        .forEach(i -> {
          b.append(i.placeId()).append('|').append(i.placeName()).append('|').append(i.level()).append('|')
              .append(i.start()).append('|').append(i.end()).append('|').append(JsonText.write(i.indicators()))
              .append('|').append(i.sourceCount());
          i.sources().stream().map(x -> x.event().reportId() + "#" + x.event().eventId() + "=" + x.note()).sorted()
              .forEach(x -> b.append('|').append(x));
          b.append('\n');
        });
    return b.toString();
  }

  /** The event's evidence as written, as {@link ReportEvent#of} reads it. */
  private static String evidenceText(Event e, String text) {
    String s = e.evidence().stream().sorted().filter(sp -> sp.end() <= text.length())
        .map((Span sp) -> sp.of(text)).collect(Collectors.joining(" … "));
    return s.isEmpty() ? null : s;
  }

  private static String placeName(List<FusedEvent> atPlace) {
    return atPlace.stream().map(FusedEvent::place).filter(Objects::nonNull).map(Place::name).filter(Objects::nonNull)
        .findFirst().orElse(null);
  }

  static FusedEventRecord record(FusedEvent f) {
    Map<String, Object> attributes = new TreeMap<>();
    f.attributes().forEach((k, claims) -> {
      if (!claims.isEmpty()) {
        attributes.put(k, claims.get(0).value());
      }
    });
    if (!f.actor1().isEmpty()) {
      attributes.put(ACTOR1, f.actor1().get(0).value());
    }
    if (!f.actor2().isEmpty()) {
      attributes.put(ACTOR2, f.actor2().get(0).value());
    }
    List<String> disagreements = f.disagreements();
    if (!disagreements.isEmpty()) {
      attributes.put(DISAGREEMENTS, disagreements);
    }
    Place p = f.place();
    String date = f.date();
    List<EventRef> members = f.members().stream().map(m -> new EventRef(m.reportId(), m.event().id())).toList();
    return new FusedEventRecord(f.id(), f.type(), f.modality(), f.historical(),
        p == null ? null : p.id(), p == null ? null : p.name(), p == null ? null : p.lat(), p == null ? null : p.lon(),
        date, f.dateKind(), date == null ? null : f.timePrecision(), attributes, f.independentSources(), members);
  }

  /**
   * An interval as stored. Indicators use the codebook's names; {@code besieged_since} (the start
   * of the current unbroken siege) lets a reader count days besieged on any date of the interval.
   * Each supporting source keeps, as its note, its own claims where the reports behind one
   * fused event disagree (for example its own start date).
   */
  static StatusIntervalRecord record(StatusInterval i, String placeName, LocalDate until, Map<String, FusedEvent> byMember,
      int levelSources) {
    Map<String, Object> ind = new LinkedHashMap<>();
    ind.put("movement", i.movement());
    ind.put("food", i.food());
    ind.put("medicine", i.medicine());
    ind.put("fuel", i.fuel());
    ind.put("aid", i.aid());
    ind.put("attacks_7d", i.attacksLast7Days());
    ind.put("since", i.since().toString());
    ind.put("days_besieged", i.daysBesieged());
    if (i.daysBesieged() > 0) {
      LocalDate ref = i.to() == null ? until : i.to().minusDays(1);
      ind.put("besieged_since", ref.minusDays(i.daysBesieged() - 1L).toString());
    }
    ind.put("independent_sources", i.independentSources());
    ind.put("level_sources", levelSources);
    ind.put("disagreements", i.disagreements());
    ind.put("rules", i.rules());
    List<StatusIntervalRecord.Support> support = new ArrayList<>();
    for (SourceRef s : i.sources()) {
      String key = s.reportId() + "#" + s.eventId();
      support.add(new StatusIntervalRecord.Support(new EventRef(s.reportId(), s.eventId()), note(byMember.get(key), key)));
    }
    return new StatusIntervalRecord(i.placeId(), placeName, i.level().name(), i.from(), i.to(), ind,
        i.independentSources(), support);
  }

  /**
   * The evidence that a community is under restriction, for judging how far to trust its status
   * (docs/status.md, "Confidence"): each report of a siege, a closure or a supply cut that is
   * asserted, current and located at the place itself (geo precision 1), with its effective
   * date, whether the text dates it to the day or week, its report and source key (copies share one). Each item is
   * kept on the interval holding its date, so every item is stored once.
   */
  Map<StatusInterval, List<Map<String, Object>>> restrictions(List<StatusInterval> tl, List<FusedEvent> atPlace) {
    Map<StatusInterval, List<Map<String, Object>>> out = new HashMap<>();
    if (tl.isEmpty()) {
      return out;
    }
    for (FusedEvent f : atPlace) {
      LocalDate d = StatusTracker.effectiveDate(f);
      if (!restriction(f) || d == null || f.place() == null || f.place().geoPrecision() != 1) {
        continue;
      }
      StatusInterval home = tl.get(0);
      for (StatusInterval i : tl) {
        if (!i.from().isAfter(d)) {
          home = i;
        }
      }
      for (SourceRef src : f.sources()) {
        Map<String, Object> item = new TreeMap<>();
        item.put("date", d.toString());
        item.put("type", f.type().name());
        // Dated to the day or week in the text: "since 2013" is background knowledge, not a report.
        item.put("dated", f.date() != null && f.timePrecision() <= 2);
        item.put("report", src.reportId());
        item.put("event", src.eventId());
        item.put("source", src.sourceKey());
        out.computeIfAbsent(home, k -> new ArrayList<>()).add(item);
      }
    }
    out.values().forEach(l -> l.sort(Comparator.comparing((Map<String, Object> m) -> (String) m.get("date"))
        .thenComparing(m -> (String) m.get("report")).thenComparing(m -> (String) m.get("event"))));
    return out;
  }

  /** A siege being imposed or held, a closure or a supply cut, asserted and current. */
  static boolean restriction(FusedEvent f) {
    if (!f.alerting()) {
      return false;
    }
    Object phase = f.attribute("phase");
    return f.type() == EventType.SIEGE && !"lifted".equals(phase) && !"eased".equals(phase)
        || f.type() == EventType.MOVEMENT_RESTRICTION || f.type() == EventType.SUPPLY_DENIAL;
  }

  /**
   * Independent sources behind the current level, from its start to this interval: reports that
   * fusion found to be copies of each other (one source key) count once, as the tracker counts.
   */
  static int levelSources(List<StatusInterval> timeline, StatusInterval upTo) {
    UnionFind parent = new UnionFind();
    Set<String> reports = new TreeSet<>();
    for (StatusInterval i : timeline) {
      if (!i.from().isBefore(upTo.since()) && !i.from().isAfter(upTo.from())) {
        for (SourceRef s : i.sources()) {
          parent.union("r:" + s.reportId(), "k:" + s.sourceKey());
          reports.add("r:" + s.reportId());
        }
      }
    }
    Set<String> roots = new TreeSet<>();
    reports.forEach(r -> roots.add(parent.find(r)));
    return roots.size();
  }

  /** "date 2020-09-21" when this source's claim differs from another's on a field of one event. */
  private static String note(FusedEvent f, String memberKey) {
    if (f == null) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    claim(parts, "date", f.dates(), memberKey);
    claim(parts, "place", f.places(), memberKey);
    claim(parts, "actor1", f.actor1(), memberKey);
    claim(parts, "actor2", f.actor2(), memberKey);
    new TreeMap<>(f.attributes()).forEach((k, v) -> claim(parts, k, v, memberKey));
    return parts.isEmpty() ? null : f.label() + ": " + String.join("; ", parts);
  }

  private static <T> void claim(List<String> parts, String field, List<Claim<T>> claims, String memberKey) {
    if (claims.size() < 2) {
      return;
    }
    for (Claim<T> c : claims) {
      if (c.sources().stream().anyMatch(s -> (s.reportId() + "#" + s.eventId()).equals(memberKey))) {
        parts.add(field + " " + c.value());
      }
    }
  }
}
