package org.marsad.server;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Jdbi;
import org.marsad.track.Level;

/** Webhook subscriptions, each limited (or not) to places, admin areas and levels. */
public final class Subscriptions {
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
  private final Jdbi jdbi;

  /** Empty lists do not filter. Admin areas compare case-insensitively. */
  public record Filter(List<String> places, List<String> admin1, List<String> levels) {
    public Filter {
      places = places == null ? List.of() : List.copyOf(places);
      admin1 = admin1 == null ? List.of() : admin1.stream().map(a -> a.toLowerCase(Locale.ROOT)).toList();
      levels = levels == null ? List.of() : levels.stream().map(l -> Level.valueOf(l.strip().toUpperCase(Locale.ROOT)).name()).toList();
    }

    public boolean matches(String placeId, String adm1, String level) {
      return (places.isEmpty() || places.contains(placeId))
          && (admin1.isEmpty() || adm1 != null && admin1.contains(adm1.toLowerCase(Locale.ROOT)))
          && (levels.isEmpty() || levels.contains(level));
    }
  }

  public record Subscription(long id, String url, String secret, Filter filter, OffsetDateTime created, boolean active) {}

  public Subscriptions(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  public Subscription create(String url, String secret, Filter filter) {
    String s = secret == null || secret.isBlank() ? newSecret() : secret;
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    long id = jdbi.withHandle(h -> h.createUpdate("INSERT INTO alert_subscriptions (url, secret, places, admin1, levels,"
            + " created_at, active) VALUES (:url, :secret, :places, :admin1, :levels, :at, TRUE)")
        .bind("url", url).bind("secret", s).bind("places", Json.write(filter.places()))
        .bind("admin1", Json.write(filter.admin1())).bind("levels", Json.write(filter.levels())).bind("at", now)
        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    return new Subscription(id, url, s, filter, now, true);
  }

  public List<Subscription> active() {
    return jdbi.withHandle(h -> h.createQuery("SELECT * FROM alert_subscriptions WHERE active = TRUE ORDER BY id")
        .map((rs, ctx) -> new Subscription(rs.getLong("id"), rs.getString("url"), rs.getString("secret"),
            new Filter(list(rs.getString("places")), list(rs.getString("admin1")), list(rs.getString("levels"))),
            rs.getObject("created_at", OffsetDateTime.class), rs.getBoolean("active")))
        .list());
  }

  public boolean deactivate(long id) {
    return jdbi.withHandle(h -> h.createUpdate("UPDATE alert_subscriptions SET active = FALSE WHERE id = :id AND active = TRUE")
        .bind("id", id).execute()) > 0;
  }

  private static List<String> list(String json) {
    try {
      return Json.MAPPER.readValue(json, STRINGS);
    } catch (IOException e) {
      throw new IllegalStateException("stored subscription filter is unreadable: " + e.getMessage(), e);
    }
  }

  private static String newSecret() {
    byte[] b = new byte[24];
    new SecureRandom().nextBytes(b);
    return HexFormat.of().formatHex(b);
  }
}
