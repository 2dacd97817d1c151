package org.marsad.eval.external;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marsad.geocode.Gazetteer;
import org.marsad.geocode.GazetteerEntry;
import org.marsad.geocode.PlaceMention;
import org.marsad.model.Event;
import org.marsad.model.Extraction;
import org.marsad.model.Place;

/**
 * What Marsad says about one article's place and date, and whether it agrees with a label.
 *
 * <p>Place: the place attached to most events, counting only places of the labels' country that lie
 * in a governorate (a governorate itself, or anything below one; a country or a region spanning
 * several governorates says nothing about the governorate, and talks in Geneva or a statement
 * placed in Moscow say nothing about where in Syria the fighting was); ties go to the place of
 * the earlier event. Without such an
 * event, the most frequent such place mention in the text. Its governorate is its admin1 key (the
 * place itself for a governorate).
 *
 * <p>Date: the most frequent day-precise event date (ties: the earlier event), and the most
 * frequent month of any event date precise to the month or better.
 */
public final class FakesAgreement {
  /** The predicted place, its governorate key, how many events or mentions name it, and from which. */
  public record PlacePrediction(Place place, String admin1, int count, boolean fromEvents) {}

  private FakesAgreement() {}

  public static Optional<PlacePrediction> place(Extraction x, List<PlaceMention> mentions, Gazetteer g, String country) {
    Map<String, Integer> n = new LinkedHashMap<>();
    Map<String, Place> first = new LinkedHashMap<>();
    for (Event e : x.events()) {
      Place p = e.place();
      if (p != null && country.equals(p.country()) && governorate(p.id(), g) != null) {
        n.merge(p.id(), 1, Integer::sum);
        first.putIfAbsent(p.id(), p);
      }
    }
    boolean fromEvents = !n.isEmpty();
    if (!fromEvents) {
      for (PlaceMention m : mentions) {
        Place p = m.place();
        if (country.equals(p.country()) && governorate(p.id(), g) != null) {
          n.merge(p.id(), 1, Integer::sum);
          first.putIfAbsent(p.id(), p);
        }
      }
    }
    String best = null;
    for (Map.Entry<String, Integer> e : n.entrySet()) {
      if (best == null || e.getValue() > n.get(best)) {
        best = e.getKey();
      }
    }
    return best == null ? Optional.empty()
        : Optional.of(new PlacePrediction(first.get(best), governorate(best, g), n.get(best), fromEvents));
  }

  /** Whether the place attached to most events lies outside {@code country} (a diagnostic). */
  public static boolean topEventPlaceAbroad(Extraction x, String country) {
    Map<String, Integer> n = new LinkedHashMap<>();
    Map<String, String> cc = new LinkedHashMap<>();
    for (Event e : x.events()) {
      if (e.place() != null && !e.place().country().isEmpty()) {
        n.merge(e.place().id(), 1, Integer::sum);
        cc.putIfAbsent(e.place().id(), e.place().country());
      }
    }
    return top(n).map(id -> !cc.get(id).equals(country)).orElse(false);
  }

  /** The governorate key of a gazetteer entry: its own id for a governorate, else its admin1; null for none. */
  public static String governorate(String id, Gazetteer g) {
    GazetteerEntry e = g.byId(id);
    if (e == null || e.level() == org.marsad.geocode.PlaceLevel.COUNTRY) {
      return null;
    }
    if (e.level() == org.marsad.geocode.PlaceLevel.ADMIN1) {
      return e.id();
    }
    return e.admin1().isEmpty() ? null : e.admin1();
  }

  /** The most frequent day-precise event date. */
  public static Optional<LocalDate> eventDay(Extraction x) {
    Map<LocalDate, Integer> n = new LinkedHashMap<>();
    for (Event e : x.events()) {
      if (e.date() != null && e.date().range() != null && e.date().range().unit() == org.marsad.model.DateRange.Unit.DAY) {
        n.merge(e.date().range().start(), 1, Integer::sum);
      }
    }
    return top(n);
  }

  /** The most frequent event month ("2017-04") over dates precise to the month or the day. */
  public static Optional<String> eventMonth(Extraction x) {
    Map<String, Integer> n = new LinkedHashMap<>();
    for (Event e : x.events()) {
      String v = e.date() == null ? null : e.date().value();
      if (v != null && v.length() >= 7 && v.charAt(4) == '-' && Character.isDigit(v.charAt(5))) {
        n.merge(v.substring(0, 7), 1, Integer::sum);
      }
    }
    return top(n);
  }

  /** Day agreement: within one day either way. */
  public static boolean sameDay(LocalDate label, LocalDate predicted) {
    return Math.abs(ChronoUnit.DAYS.between(label, predicted)) <= 1;
  }

  public static boolean sameMonth(LocalDate label, String month) {
    return month.equals(label.toString().substring(0, 7));
  }

  private static <K> Optional<K> top(Map<K, Integer> n) {
    K best = null;
    for (Map.Entry<K, Integer> e : n.entrySet()) {
      if (best == null || e.getValue() > n.get(best)) {
        best = e.getKey();
      }
    }
    return Optional.ofNullable(best);
  }
}
