package org.marsad.fuse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.marsad.clean.ArabicNormalizer;
import org.marsad.geocode.Geocoder;
import org.marsad.model.Event;
import org.marsad.model.EventDate;
import org.marsad.model.Place;

/**
 * Fuses events read from many reports into one {@link FusedEvent} per happening (rules in
 * {@link FusionRules} and docs/status.md). Pure and deterministic: the output, ids included,
 * depends only on the set of input events, not on their order.
 *
 * <p>Clustering is greedy complete linkage over the events in a fixed content order: an event
 * joins the first cluster all of whose members it is compatible with, and no cluster holds two
 * events of the same report. Complete linkage keeps a daily series of shellings from chaining
 * into one event.
 */
public final class EventFuser {
  private final FusionRules rules;

  public EventFuser(FusionRules rules) {
    this.rules = rules;
  }

  public static EventFuser loadDefault() {
    return new EventFuser(FusionRules.loadDefault());
  }

  public FusionRules rules() {
    return rules;
  }

  public List<FusedEvent> fuse(Collection<ReportEvent> input) {
    // The same report event given twice is one event.
    Map<String, ReportEvent> byKey = new TreeMap<>();
    List<ReportEvent> sorted = new ArrayList<>(input);
    sorted.sort(ORDER);
    for (ReportEvent r : sorted) {
      byKey.putIfAbsent(r.memberKey(), r);
    }
    sorted = new ArrayList<>(byKey.values());
    sorted.sort(ORDER);

    List<List<ReportEvent>> clusters = new ArrayList<>();
    for (ReportEvent r : sorted) {
      List<ReportEvent> home = null;
      for (List<ReportEvent> c : clusters) {
        if (c.stream().allMatch(m -> compatible(m, r))) {
          home = c;
          break;
        }
      }
      if (home == null) {
        home = new ArrayList<>();
        clusters.add(home);
      }
      home.add(r);
    }
    List<FusedEvent> out = new ArrayList<>(clusters.size());
    for (List<ReportEvent> c : clusters) {
      out.add(build(c));
    }
    out.sort(Comparator.comparing((FusedEvent f) -> start(f), Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(FusedEvent::type)
        .thenComparing(f -> f.place() == null ? "" : String.valueOf(f.place().id()))
        .thenComparing(FusedEvent::id));
    return out;
  }

  /** Whether two report events may tell of the same happening. */
  public boolean compatible(ReportEvent a, ReportEvent b) {
    Event x = a.event();
    Event y = b.event();
    if (a.reportId().equals(b.reportId()) || x.type() != y.type() || x.modality() != y.modality()
        || x.historical() != y.historical()) {
      return false;
    }
    if (!samePlace(x.place(), y.place())) {
      return false;
    }
    for (String key : rules.discriminators().get(x.type())) {
      // "+exempt": told on one side and not the other also discriminates (a closure that lets students
      // through and a later one that lets nobody through are two stages, not one closure dated twice)
      boolean presence = key.startsWith("+");
      String k = presence ? key.substring(1) : key;
      Object vx = normalise(x.attributes().get(k));
      Object vy = normalise(y.attributes().get(k));
      if (vx != null && vy != null ? !vx.equals(vy) : presence && (vx != null || vy != null)) {
        return false;
      }
    }
    DateRanges.Range rx = range(a);
    DateRanges.Range ry = range(b);
    return rx != null && ry != null && rx.gap(ry) <= rules.window(x.type());
  }

  boolean samePlace(Place p, Place q) {
    if (p == null || q == null) {
      return false;
    }
    if (p.id() != null && p.id().equals(q.id())) {
      return true;
    }
    return byDistance(p) && byDistance(q) && Geocoder.km(p.lat(), p.lon(), q.lat(), q.lon()) <= rules.placeKm();
  }

  /**
   * Whether events at {@code p} may fuse with events at other places within the fusion distance:
   * only places known to the town or district, never a whole region or country.
   */
  public boolean byDistance(Place p) {
    return p.geoPrecision() <= 2 && hasCoordinates(p);
  }

  private static boolean hasCoordinates(Place p) {
    return !(p.lat() == 0 && p.lon() == 0) && !Double.isNaN(p.lat()) && !Double.isNaN(p.lon());
  }

  /** The days an event may stand for: its date's range, or for an undated event the days up to its report's publication. */
  DateRanges.Range range(ReportEvent r) {
    EventDate d = r.event().date();
    DateRanges.Range range = d == null ? null : DateRanges.of(d.range(), d.timePrecision());
    if (range != null) {
      return range;
    }
    LocalDate p = r.published();
    return p == null ? null : new DateRanges.Range(p.minusDays(rules.undatedWindowDays()), p);
  }

  private LocalDate start(FusedEvent f) {
    DateRanges.Range r = DateRanges.of(f.date(), f.timePrecision());
    return r != null ? r.start() : f.earliestPublished();
  }

  private final Comparator<ReportEvent> ORDER = Comparator
      .comparing((ReportEvent r) -> r.event().type())
      .thenComparing(r -> r.event().place() == null || r.event().place().id() == null ? "\uffff" : r.event().place().id())
      .thenComparing(r -> {
        DateRanges.Range g = range(r);
        return g == null ? LocalDate.MAX : g.start();
      })
      .thenComparing(ReportEvent::reportId)
      .thenComparing(ReportEvent::memberKey);

  private FusedEvent build(List<ReportEvent> members) {
    members.sort(Comparator.comparing(ReportEvent::memberKey));
    // Independent sources: copies (same syndication group, or same outlet and same evidence words)
    // are merged with a small union-find over member indexes.
    int n = members.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (copies(members.get(i), members.get(j))) {
          parent[find(parent, j)] = find(parent, i);
        }
      }
    }
    Map<Integer, String> rootKey = new HashMap<>();
    for (int i = 0; i < n; i++) {
      rootKey.putIfAbsent(find(parent, i), members.get(i).groupKey());
    }
    Map<String, SourceRef> refs = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      ReportEvent m = members.get(i);
      refs.put(m.memberKey(), new SourceRef(m.reportId(), m.outlet(), m.published(), m.event().id(), rootKey.get(find(parent, i))));
    }
    List<SourceRef> sources = new ArrayList<>(refs.values());
    int independent = (int) sources.stream().map(SourceRef::sourceKey).distinct().count();

    List<Claim<String>> dates = finerFirst(claims(members, refs, m -> m.event().date() == null ? null : m.event().date().value()));
    String kind = members.stream().anyMatch(m -> m.event().date() != null && m.event().date().since())
        ? EventDate.SINCE : (dates.isEmpty() ? null : EventDate.ON);
    List<Claim<String>> places = claims(members, refs, m -> placeKey(m.event().place()));
    List<Claim<String>> actor1 = claims(members, refs, m -> m.event().actor1() == null ? null : m.event().actor1().name());
    List<Claim<String>> actor2 = claims(members, refs, m -> m.event().actor2() == null ? null : m.event().actor2().name());
    TreeSet<String> keys = new TreeSet<>();
    members.forEach(m -> keys.addAll(m.event().attributes().keySet()));
    Map<String, List<Claim<Object>>> attributes = new TreeMap<>();
    for (String k : keys) {
      attributes.put(k, claims(members, refs, m -> normalise(m.event().attributes().get(k))));
    }
    // How the place was read is not a vote: one report whose own sentence names the place is
    // enough for the fused event to count as named there (status rules ask for it).
    List<Claim<Object>> basis = attributes.get(PLACE_BASIS);
    if (basis != null) {
      basis.sort(Comparator.comparing((Claim<Object> c) -> !SENTENCE.equals(c.value())));
    }
    Place place = canonicalPlace(members, places);
    Event first = members.get(0).event();
    String id = id(first, place, dates, members);
    return new FusedEvent(id, first.type(), place, first.modality(), first.historical(), dates, kind, places,
        actor1, actor2, attributes, members, sources, independent);
  }

  private static boolean copies(ReportEvent a, ReportEvent b) {
    if (a.syndicationGroup() != null && a.syndicationGroup().equals(b.syndicationGroup())) {
      return true;
    }
    return a.outlet() != null && a.outlet().equals(b.outlet()) && a.evidenceText() != null && b.evidenceText() != null
        && ArabicNormalizer.fold(a.evidenceText()).strip().equals(ArabicNormalizer.fold(b.evidenceText()).strip());
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  static final String PLACE_BASIS = "place_basis";
  static final String SENTENCE = "sentence";

  /** Claims for one field, best supported first; ties broken by the value's text (earlier dates first). */
  private static <T> List<Claim<T>> claims(List<ReportEvent> members, Map<String, SourceRef> refs, Function<ReportEvent, T> value) {
    Map<T, List<SourceRef>> by = new LinkedHashMap<>();
    for (ReportEvent m : members) {
      T v = value.apply(m);
      if (v != null) {
        by.computeIfAbsent(v, k -> new ArrayList<>()).add(refs.get(m.memberKey()));
      }
    }
    List<Claim<T>> out = new ArrayList<>();
    by.forEach((v, s) -> out.add(new Claim<>(v, s, (int) s.stream().map(SourceRef::sourceKey).distinct().count())));
    out.sort(Comparator.comparingInt((Claim<T> c) -> -c.independentSources()).thenComparing(c -> String.valueOf(c.value())));
    return out;
  }

  /**
   * A date that a finer one falls in gives way to it: "late June" and "on Thursday 13 June" are 13 June,
   * not June (the month would date an easing before the closure it eased). Support does not decide:
   * two later reports' "besieged since July" agree with the one that names the 15th, they do not outvote it.
   */
  static List<Claim<String>> finerFirst(List<Claim<String>> dates) {
    if (dates.size() < 2) {
      return dates;
    }
    List<Claim<String>> out = new ArrayList<>(dates);
    for (boolean moved = true; moved; ) {
      moved = false;
      String head = out.get(0).value();
      for (int i = 1; i < out.size(); i++) {
        Claim<String> c = out.get(i);
        if (c.value().startsWith(head + "-")) {
          out.remove(i);
          out.add(0, c);
          moved = true;
          break;
        }
      }
    }
    return out;
  }

  private static String placeKey(Place p) {
    if (p == null) {
      return null;
    }
    return p.id() != null ? p.id() : p.name();
  }

  /** The place most sources give; ties: the most precise, then the smaller id. */
  private static Place canonicalPlace(List<ReportEvent> members, List<Claim<String>> places) {
    if (places.isEmpty()) {
      return null;
    }
    int best = places.get(0).independentSources();
    return members.stream()
        .map(m -> m.event().place())
        .filter(p -> p != null && places.stream().anyMatch(c -> c.independentSources() == best && c.value().equals(placeKey(p))))
        .min(Comparator.comparingInt(Place::geoPrecision).thenComparing(EventFuser::placeKey))
        .map(p -> new Place(p.id(), p.name(), p.nameAr(), p.country(), p.admin1(), p.admin2(), p.lat(), p.lon(), p.geoPrecision(), null))
        .orElse(null);
  }

  /** A stable id: hash of type, place, earliest date and the member keys. */
  private static String id(Event first, Place place, List<Claim<String>> dates, List<ReportEvent> members) {
    StringBuilder b = new StringBuilder();
    b.append(first.type()).append('|').append(placeKey(place)).append('|');
    b.append(dates.stream().map(Claim::value).min(String::compareTo).orElse("-"));
    members.stream().map(ReportEvent::memberKey).sorted().forEach(k -> b.append('|').append(k));
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder("F");
      for (int i = 0; i < 8; i++) {
        hex.append(String.format(Locale.ROOT, "%02x", h[i]));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  /**
   * Attribute values compared for equality: strings trimmed and lower-cased, lists as sorted
   * lists of such, whole numbers as longs; anything else as given.
   */
  static Object normalise(Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof String s) {
      String t = s.strip().toLowerCase(Locale.ROOT);
      return t.isEmpty() ? null : t;
    }
    if (v instanceof Collection<?> c) {
      List<Object> l = new ArrayList<>();
      for (Object o : c) {
        Object x = normalise(o);
        if (x != null) {
          l.add(x);
        }
      }
      l.sort(Comparator.comparing(String::valueOf));
      return l.isEmpty() ? null : List.copyOf(l);
    }
    if (v instanceof Number num) {
      double d = num.doubleValue();
      return d == Math.rint(d) && !Double.isInfinite(d) ? (Object) Long.valueOf((long) d) : (Object) Double.valueOf(d);
    }
    return Objects.requireNonNull(v);
  }
}
