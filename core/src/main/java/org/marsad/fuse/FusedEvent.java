package org.marsad.fuse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.marsad.model.EventType;
import org.marsad.model.Modality;
import org.marsad.model.Place;

/**
 * One happening as told by one or more reports. Fields that reports disagree on are lists of
 * {@link Claim}s, best supported first (ties: the smaller value, so the earlier date); a field
 * that no report gives is an empty list. {@code members} are the report events fused here, in a
 * fixed order; {@code independentSources} counts reports that are not copies of each other.
 */
public record FusedEvent(
    String id,
    EventType type,
    Place place,
    Modality modality,
    boolean historical,
    List<Claim<String>> dates,
    String dateKind,
    List<Claim<String>> places,
    List<Claim<String>> actor1,
    List<Claim<String>> actor2,
    Map<String, List<Claim<Object>>> attributes,
    List<ReportEvent> members,
    List<SourceRef> sources,
    int independentSources) {
  public FusedEvent {
    dates = List.copyOf(dates);
    places = List.copyOf(places);
    actor1 = List.copyOf(actor1);
    actor2 = List.copyOf(actor2);
    attributes = Map.copyOf(attributes);
    members = List.copyOf(members);
    sources = List.copyOf(sources);
  }

  /**
   * Whether this event may change a community's status or raise an alert: only asserted events
   * that are not background. Threatened, feared, denied... and historical events are kept, and
   * flagged by this being false.
   */
  public boolean alerting() {
    return modality == Modality.ASSERTED && !historical;
  }

  /** The best supported date value (ties: the earliest), or null when no report dates it. */
  public String date() {
    return dates.isEmpty() ? null : dates.get(0).value();
  }

  /** The finest time precision any report gives for the best supported date (1 when undated). */
  public int timePrecision() {
    String d = date();
    return members.stream()
        .filter(m -> m.event().date() != null && Objects.equals(m.event().date().value(), d))
        .mapToInt(m -> m.event().date().timePrecision())
        .min()
        .orElse(1);
  }

  /** The best supported value of an attribute, or null. */
  public Object attribute(String name) {
    List<Claim<Object>> c = attributes.get(name);
    return c == null || c.isEmpty() ? null : c.get(0).value();
  }

  /** The earliest publication date among the supporting reports, or null. */
  public LocalDate earliestPublished() {
    return members.stream().map(ReportEvent::published).filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
  }

  /** "siege (imposed)", "movement restriction (full)": for messages. */
  public String label() {
    String base = type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    for (String key : List.of("phase", "scope", "subtype", "outcome")) {
      Object v = attribute(key);
      if (v != null) {
        return base + " (" + v + ")";
      }
    }
    return base;
  }

  /**
   * One line per field that reports disagree on: "siege (imposed) date: 2020-09-21 per A;
   * 2020-09-25 per B". Reports that do not give a field do not disagree on it.
   */
  /** Attributes that say how a report was read, not what happened: never a disagreement between sources. */
  static final java.util.Set<String> READING = java.util.Set.of(EventFuser.PLACE_BASIS);

  public List<String> disagreements() {
    List<String> out = new ArrayList<>();
    add(out, "date", dates);
    add(out, "place", places);
    add(out, "actor1", actor1);
    add(out, "actor2", actor2);
    attributes.keySet().stream().filter(k -> !READING.contains(k)).sorted().forEach(k -> add(out, k, attributes.get(k)));
    return out;
  }

  private <T> void add(List<String> out, String field, List<Claim<T>> claims) {
    if (claims.size() < 2) {
      return;
    }
    StringBuilder b = new StringBuilder(label()).append(' ').append(field).append(": ");
    for (int i = 0; i < claims.size(); i++) {
      if (i > 0) {
        b.append("; ");
      }
      b.append(claims.get(i).value()).append(" per ").append(claims.get(i).outlets());
    }
    out.add(b.toString());
  }
}
