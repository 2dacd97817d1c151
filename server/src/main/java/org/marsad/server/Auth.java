package org.marsad.server;

import io.javalin.http.Context;
import java.util.Optional;

/** Bearer-token checks: no or unknown token is 401, a token without the role is 403. */
final class Auth {
  private final Tokens tokens;
  private final boolean readToken;

  Auth(Tokens tokens, boolean readToken) {
    this.tokens = tokens;
    this.readToken = readToken;
  }

  void read(Context ctx) {
    if (readToken) {
      caller(ctx);
    }
  }

  Tokens.Info require(Context ctx, Role role) {
    Tokens.Info t = caller(ctx);
    if (!t.role().allows(role)) {
      throw new ApiException(403, "forbidden", "this needs a token with role " + role.code() + " (or admin); token \""
          + t.name() + "\" has role " + t.role().code());
    }
    return t;
  }

  private Tokens.Info caller(Context ctx) {
    String h = ctx.header("Authorization");
    if (h == null || !h.regionMatches(true, 0, "Bearer ", 0, 7)) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiException(401, "unauthorized", "send Authorization: Bearer TOKEN (create one with `marsad token create`)");
    }
    Optional<Tokens.Info> t = tokens.verify(h.substring(7));
    if (t.isEmpty()) {
      ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      throw new ApiException(401, "unauthorized", "the token is unknown or revoked");
    }
    return t.get();
  }
}
