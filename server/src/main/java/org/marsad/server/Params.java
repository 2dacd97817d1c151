package org.marsad.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.marsad.geocode.Gazetteer;
import org.marsad.model.EventType;
import org.marsad.model.Modality;
import org.marsad.store.RecordView;
import org.marsad.store.SearchHit;
import org.marsad.store.Store;

/** Query parameters, checked: a bad value is a 400 naming the parameter. */
public final class Params {
  static final int MAX_LIMIT = 500;
  /** Full-text hits considered as a filter (the index ranks; the filter needs the set). */
  static final int SEARCH_CAP = 10_000;

  private Params() {}

  static <T> T opt(Context ctx, String name, Function<String, T> parse, String expected) {
    return opt(ctx::queryParam, name, parse, expected);
  }

  static <T> T opt(Function<String, String> params, String name, Function<String, T> parse, String expected) {
    String v = params.apply(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return parse.apply(v.strip());
    } catch (RuntimeException e) {
      throw ApiException.badField(name, "expected " + expected + ", got \"" + v + "\"");
    }
  }

  static int limit(Context ctx) {
    Integer n = opt(ctx, "limit", Integer::parseInt, "an integer 1.." + MAX_LIMIT);
    if (n != null && (n < 1 || n > MAX_LIMIT)) {
      throw ApiException.badField("limit", "expected an integer 1.." + MAX_LIMIT + ", got " + n);
    }
    return n == null ? 50 : n;
  }

  static int offset(Context ctx) {
    Integer n = opt(ctx, "offset", Integer::parseInt, "an integer >= 0");
    if (n != null && n < 0) {
      throw ApiException.badField("offset", "expected an integer >= 0, got " + n);
    }
    return n == null ? 0 : n;
  }

  static LocalDate date(Context ctx, String name) {
    return opt(ctx, name, LocalDate::parse, "an ISO date YYYY-MM-DD");
  }

  static boolean verifiedOnly(Context ctx, boolean byDefault) {
    String b = opt(ctx, "basis", s -> {
      if (!s.equals("all") && !s.equals("verified")) {
        throw new IllegalArgumentException();
      }
      return s;
    }, "all or verified");
    return b == null ? byDefault : b.equals("verified");
  }

  /** The event filters shared by events, fused events and exports. */
  static EventFilter filter(Context ctx, Store store, Gazetteer gazetteer) {
    return filter(ctx::queryParam, store, gazetteer);
  }

  /**
   * The event filters from named values (query parameters, or the export command's options):
   * place, admin1, type, from, to, bbox, modality, review, q. A bad value throws a 400 naming it.
   */
  public static EventFilter filter(Function<String, String> ctx, Store store, Gazetteer gazetteer) {
    String place = ctx.apply("place");
    List<String> placeIds = place == null || place.isBlank() ? null : new RecordView(store).resolvePlace(place, gazetteer);
    EventType type = opt(ctx, "type", s -> EventType.valueOf(s.toUpperCase(java.util.Locale.ROOT)), "an event type such as SIEGE");
    LocalDate from = opt(ctx, "from", LocalDate::parse, "an ISO date YYYY-MM-DD");
    LocalDate to = opt(ctx, "to", LocalDate::parse, "an ISO date YYYY-MM-DD");
    if (from != null && to != null && to.isBefore(from)) {
      throw ApiException.badField("to", "\"to\" " + to + " is before \"from\" " + from);
    }
    double[] bbox = opt(ctx, "bbox", Params::bbox, "minLon,minLat,maxLon,maxLat");
    Modality modality = opt(ctx, "modality", Modality::of, "asserted, threatened, feared, demanded, denied or planned");
    ReviewState review = opt(ctx, "review", ReviewState::of, "pending, verified or rejected");
    String q = ctx.apply("q");
    List<String> reports = null;
    if (q != null && !q.isBlank()) {
      try {
        reports = store.search(q, SEARCH_CAP).stream().map(SearchHit::reportId).toList();
      } catch (org.marsad.BadInputException e) {
        throw ApiException.badField("q", e.getMessage());
      }
    }
    String admin1 = ctx.apply("admin1");
    return new EventFilter(placeIds, admin1 == null || admin1.isBlank() ? null : admin1.strip(), type, from, to, bbox,
        modality, review, reports, null);
  }

  private static double[] bbox(String s) {
    String[] p = s.split(",");
    if (p.length != 4) {
      throw new IllegalArgumentException();
    }
    double[] b = new double[4];
    for (int i = 0; i < 4; i++) {
      b[i] = Double.parseDouble(p[i].strip());
      if (Double.isNaN(b[i]) || Double.isInfinite(b[i])) {
        throw new IllegalArgumentException();
      }
    }
    if (b[0] > b[2] || b[1] > b[3]) {
      throw new IllegalArgumentException();
    }
    return b;
  }

}
