package dev.needledrop.discogs.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.needledrop.discogs.Discogs;
import dev.needledrop.discogs.error.UnreadableResponseException;
import dev.needledrop.discogs.feign.RawDiscogs;
import dev.needledrop.discogs.model.Username;
import java.io.IOException;
import java.util.Optional;

/**
 * The user a command works on: the one named on the command line, or else the user the token acts
 * for, as {@code GET /oauth/identity} tells (with {@code --stub}, the stub's user).
 */
final class UserArgument {

  private static final ObjectMapper JSON = new ObjectMapper();

  private UserArgument() {}

  /** Returns the user given, or asks the typed client whom the token acts for. */
  static Username resolve(Optional<Username> given, Discogs discogs) {
    return given.orElseGet(() -> discogs.users().identity().username());
  }

  /**
   * Returns the user given, or asks the raw client whom the token acts for; for {@code --json},
   * whose raw paths take one segment per slash, so a username holding one is refused.
   */
  static Username resolve(Optional<Username> given, RawDiscogs raw) {
    Username user = given.orElseGet(() -> identity(raw));
    if (user.value().contains("/")) {
      throw new IllegalArgumentException(
          "--json cannot name a user whose name holds a slash; leave --json out");
    }
    return user;
  }

  /** Describes the user for messages: the name given, or "your" for the token's user. */
  static String owner(Optional<Username> given) {
    return given.map(user -> user.value() + "'s").orElse("your");
  }

  private static Username identity(RawDiscogs raw) {
    String body = raw.get("/oauth/identity");
    try {
      JsonNode identity = JSON.readTree(body);
      return Username.of(identity.path("username").asText());
    } catch (IOException | IllegalArgumentException unreadable) {
      throw new UnreadableResponseException(
          "GET", "/oauth/identity", 200, "application/json", body, "no username", unreadable);
    }
  }
}
