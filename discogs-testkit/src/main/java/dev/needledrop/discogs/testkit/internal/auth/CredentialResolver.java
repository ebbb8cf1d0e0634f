package dev.needledrop.discogs.testkit.internal.auth;

import dev.needledrop.discogs.testkit.internal.http.QueryString;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads Discogs credentials from a request: {@code Authorization: Discogs token=...} or {@code
 * Discogs key=..., secret=...} (quotes and extra spaces tolerated, values percent-decoded), or the
 * {@code token} / {@code key} and {@code secret} query parameters. The header wins when both are
 * present.
 */
public final class CredentialResolver {

  private final Accounts accounts;

  /** Creates a resolver checking credentials against the given accounts. */
  public CredentialResolver(Accounts accounts) {
    this.accounts = accounts;
  }

  /** What the credentials of a request resolved to. */
  public sealed interface Resolution {}

  /** The request carried no credentials or known ones. */
  public record Known(Caller caller) implements Resolution {}

  /**
   * The request carried credentials the stub does not accept.
   *
   * @param oauth whether they were OAuth, which the stub does not verify
   */
  public record Rejected(boolean oauth) implements Resolution {}

  /** Resolves the credentials of a request. */
  public Resolution resolve(Optional<String> authorization, QueryString query) {
    Optional<String> header = authorization.filter(value -> !value.isBlank());
    if (header.isPresent()) {
      return fromHeader(header.get().trim());
    }
    return fromPairs(query.first("token"), query.first("key"), query.first("secret"));
  }

  private Resolution fromHeader(String header) {
    String lower = header.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("discogs ")) {
      return new Rejected(lower.startsWith("oauth "));
    }
    Map<String, String> pairs = headerPairs(header.substring("discogs ".length()));
    return fromPairs(
        Optional.ofNullable(pairs.get("token")),
        Optional.ofNullable(pairs.get("key")),
        Optional.ofNullable(pairs.get("secret")));
  }

  private Resolution fromPairs(
      Optional<String> token, Optional<String> key, Optional<String> secret) {
    if (token.isPresent()) {
      return accounts
          .userOf(token.get())
          .<Resolution>map(user -> new Known(Caller.user(user)))
          .orElse(new Rejected(false));
    }
    if (key.isPresent() || secret.isPresent()) {
      boolean known = key.isPresent() && accounts.isConsumer(key.get(), secret.orElse(""));
      return known ? new Known(Caller.application(key.get())) : new Rejected(false);
    }
    return new Known(Caller.anonymous());
  }

  private static Map<String, String> headerPairs(String text) {
    Map<String, String> pairs = new HashMap<>();
    for (String part : text.split(",")) {
      int equals = part.indexOf('=');
      if (equals > 0) {
        String name = part.substring(0, equals).trim().toLowerCase(Locale.ROOT);
        pairs.put(name, unquote(part.substring(equals + 1).trim()));
      }
    }
    return pairs;
  }

  private static String unquote(String value) {
    String bare = value;
    if (bare.length() >= 2 && bare.startsWith("\"") && bare.endsWith("\"")) {
      bare = bare.substring(1, bare.length() - 1);
    }
    // Some clients percent-encode the token; a plain token decodes to itself.
    return URLDecoder.decode(bare.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
