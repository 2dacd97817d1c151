package org.marsad.server;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.marsad.Pipeline;

/**
 * API bearer tokens. Only a token's SHA-256 is stored: tokens are 256 random bits, so a slow
 * password hash adds nothing, and a leaked table does not give working tokens.
 */
public final class Tokens {
  private static final SecureRandom RANDOM = new SecureRandom();
  private final Jdbi jdbi;

  /** A token as listed (never its secret). */
  public record Info(String id, String name, Role role, OffsetDateTime created, OffsetDateTime revoked) {}

  /** A new token: the secret is shown once. */
  public record Created(Info info, String token) {}

  public Tokens(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  public Created create(String name, Role role) {
    if (name == null || name.isBlank() || name.length() > 200) {
      throw new IllegalArgumentException("token name must be 1 to 200 characters");
    }
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = "mrs_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    byte[] idBytes = new byte[8];
    RANDOM.nextBytes(idBytes);
    String id = HexFormat.of().formatHex(idBytes);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    jdbi.useHandle(h -> h.createUpdate("INSERT INTO api_tokens (id, name, role, token_hash, created_at)"
            + " VALUES (:id, :name, :role, :hash, :at)")
        .bind("id", id).bind("name", name.strip()).bind("role", role.code()).bind("hash", hash(token)).bind("at", now)
        .execute());
    return new Created(new Info(id, name.strip(), role, now, null), token);
  }

  public List<Info> list() {
    return jdbi.withHandle(h -> h.createQuery("SELECT id, name, role, created_at, revoked_at FROM api_tokens ORDER BY created_at, id")
        .map((rs, ctx) -> new Info(rs.getString(1), rs.getString(2), Role.of(rs.getString(3)),
            rs.getObject(4, OffsetDateTime.class), rs.getObject(5, OffsetDateTime.class)))
        .list());
  }

  /** Revokes a token by id or name; false when none is active under that key. */
  public boolean revoke(String idOrName) {
    return jdbi.withHandle(h -> h.createUpdate("UPDATE api_tokens SET revoked_at = :at WHERE (id = :k OR name = :k)"
            + " AND revoked_at IS NULL")
        .bind("at", OffsetDateTime.now(ZoneOffset.UTC)).bind("k", idOrName).execute()) > 0;
  }

  /** The active token with this secret. */
  public Optional<Info> verify(String token) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    return jdbi.withHandle(h -> h.createQuery("SELECT id, name, role, created_at, revoked_at FROM api_tokens"
            + " WHERE token_hash = :hash AND revoked_at IS NULL")
        .bind("hash", hash(token.strip()))
        .map((rs, ctx) -> new Info(rs.getString(1), rs.getString(2), Role.of(rs.getString(3)),
            rs.getObject(4, OffsetDateTime.class), null))
        .findOne());
  }

  static String hash(String token) {
    return Pipeline.sha256(token.getBytes(StandardCharsets.UTF_8));
  }
}
