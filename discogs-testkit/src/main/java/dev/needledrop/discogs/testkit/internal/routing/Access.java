package dev.needledrop.discogs.testkit.internal.routing;

import dev.needledrop.discogs.testkit.internal.auth.Caller;
import dev.needledrop.discogs.testkit.internal.http.ApiError;
import java.util.Map;

/** Who may call a route, as the Discogs endpoint summary says. */
public enum Access {
  /** Anyone, with or without credentials. */
  NONE,
  /** Any credentials: key/secret or a token (the search). */
  ANY,
  /** A user's token, whoever the user ({@code /oauth/identity}); key/secret alone is refused. */
  USER,
  /** Only the user named by the route's {@code username} variable (every write of a user). */
  OWNER;

  /** Refuses the caller with 401 or 403 when this access level does not admit it. */
  public void check(Caller caller, Map<String, String> variables) {
    switch (this) {
      case NONE -> {}
      case ANY -> requireCredentials(caller);
      case USER -> requireUser(caller);
      case OWNER -> requireOwner(caller, variables.get("username"));
    }
  }

  private static void requireCredentials(Caller caller) {
    if (caller.isAnonymous()) {
      throw ApiError.of(401, ApiError.MUST_AUTHENTICATE);
    }
  }

  private static void requireUser(Caller caller) {
    if (!caller.isUser()) {
      throw ApiError.of(401, ApiError.MUST_AUTHENTICATE);
    }
  }

  private static void requireOwner(Caller caller, String owner) {
    requireUser(caller);
    if (!caller.username().orElseThrow().equals(owner)) {
      throw ApiError.of(403, ApiError.NO_PERMISSION);
    }
  }
}
