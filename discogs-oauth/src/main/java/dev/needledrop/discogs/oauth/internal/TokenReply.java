package dev.needledrop.discogs.oauth.internal;

import dev.needledrop.discogs.error.UnreadableResponseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A token step's successful answer, read from its form-encoded BODY: Discogs sends {@code
 * oauth_token}, {@code oauth_token_secret} and, for request tokens, {@code
 * oauth_callback_confirmed} there, not in headers as the old seed spec claimed.
 *
 * @param token the issued token
 * @param tokenSecret the issued token's secret
 * @param callbackConfirmed whether {@code oauth_callback_confirmed} was {@code true}
 */
public record TokenReply(String token, String tokenSecret, boolean callbackConfirmed) {

  @Override
  public String toString() {
    return "TokenReply[****]";
  }

  /**
   * Reads the reply's body.
   *
   * @throws UnreadableResponseException when the body lacks the token or its secret; the message
   *     names the parameters found but never their values
   */
  public static TokenReply parse(FlowReply reply) {
    Map<String, String> body = parameters(reply);
    String token = body.getOrDefault("oauth_token", "");
    String secret = body.getOrDefault("oauth_token_secret", "");
    if (token.isBlank() || secret.isBlank()) {
      throw unreadable(reply, "oauth_token or oauth_token_secret is missing", body);
    }
    if (hasControlCharacters(token) || hasControlCharacters(secret)) {
      throw unreadable(reply, "oauth_token or oauth_token_secret holds control characters", body);
    }
    return new TokenReply(token, secret, "true".equals(body.get("oauth_callback_confirmed")));
  }

  // The first value of a repeated parameter wins.
  private static Map<String, String> parameters(FlowReply reply) {
    Map<String, String> parameters = new LinkedHashMap<>();
    for (String pair : reply.body().strip().split("&")) {
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      try {
        parameters.putIfAbsent(PercentEncoding.decodeForm(name), PercentEncoding.decodeForm(value));
      } catch (IllegalArgumentException brokenEscape) {
        throw unreadable(reply, "the body is not form-encoded", Map.of());
      }
    }
    return parameters;
  }

  private static boolean hasControlCharacters(String value) {
    return value.chars().anyMatch(Character::isISOControl);
  }

  private static UnreadableResponseException unreadable(
      FlowReply reply, String reason, Map<String, String> found) {
    String names = found.isEmpty() ? "" : "parameters " + found.keySet();
    return new UnreadableResponseException(
        reply.method(), reply.path(), reply.status(), reply.contentType(), names, reason, null);
  }
}
