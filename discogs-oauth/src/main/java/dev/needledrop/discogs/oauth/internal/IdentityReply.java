package dev.needledrop.discogs.oauth.internal;

import dev.needledrop.discogs.error.UnreadableResponseException;
import dev.needledrop.discogs.model.Identity;
import dev.needledrop.discogs.model.Username;
import java.math.BigDecimal;
import java.util.Map;

/** Reads the JSON answer of {@code GET /oauth/identity}, ignoring keys it does not know. */
public final class IdentityReply {

  private IdentityReply() {}

  /**
   * Reads the identity from the reply's body.
   *
   * @throws UnreadableResponseException when the body is not JSON or lacks the id or username
   */
  public static Identity parse(FlowReply reply, Scrubber scrubber) {
    try {
      Map<String, Object> json = MiniJson.parseObject(reply.body());
      return new Identity(
          id(json.get("id")),
          Username.of(text(json.get("username"), "username")),
          json.get("consumer_name") instanceof String name ? name : "");
    } catch (IllegalArgumentException | ArithmeticException unreadable) {
      throw new UnreadableResponseException(
          reply.method(),
          reply.path(),
          reply.status(),
          reply.contentType(),
          scrubber.scrub(reply.body()),
          unreadable.getMessage(),
          unreadable);
    }
  }

  private static long id(Object value) {
    if (value instanceof BigDecimal number) {
      return number.longValueExact();
    }
    throw new IllegalArgumentException("the identity has no numeric id");
  }

  private static String text(Object value, String name) {
    if (value instanceof String text) {
      return text;
    }
    throw new IllegalArgumentException("the identity has no " + name);
  }
}
