package dev.needledrop.discogs.testkit.internal.auth;

import dev.needledrop.discogs.testkit.internal.http.QueryString;
import dev.needledrop.discogs.testkit.internal.http.Received;
import dev.needledrop.discogs.testkit.internal.oauthserver.OAuthService;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the credentials of a request: {@code Authorization: Discogs token=...} or {@code Discogs
 * key=..., secret=...} (quotes and extra spaces tolerated, values percent-decoded), a signed {@code
 * Authorization: OAuth ...} header, or the {@code token} / {@code key} and {@code secret} query
 * parameters. The header wins when both are present. The OAuth header of a token step is left to
 * its endpoint, which checks it against the step's own rules.
 */
public final class CredentialResolver {

  private final Accounts accounts;
  private final OAuthService oauth;

  /** Creates a resolver checking credentials against the accounts and the OAuth tables. */
  public CredentialResolver(Accounts accounts, OAuthService oauth) {
    this.accounts = accounts;
    this.oauth = oauth;
  }

  /** What the credentials of a request resolved to. */
  public sealed interface Resolution {}

  /** The request carried no credentials or known ones. */
  public record Known(Caller caller) implements Resolution {}

  /**
   * The request carried credentials the stub does not accept.
   *
   * @param oauth whether they were OAuth, refused with a {@code WWW-Authenticate} challenge
   */
  public record Rejected(boolean oauth) implements Resolution {}

  /**
   * Resolves the credentials of a request arriving at the stub's origin, verifying an OAuth
   * signature (which uses up its nonce: call this once per request).
   */
  public Resolution resolve(Received request, URI origin) {
    Optional<String> header = authorization(request);
    if (header.isPresent() && isOAuth(header.get())) {
      if (OAuthService.isTokenStep(request.path())) {
        return new Known(Caller.anonymous());
      }
      return oauth
          .userOf(request, origin)
          .<Resolution>map(user -> new Known(Caller.user(user)))
          .orElse(new Rejected(true));
    }
    if (header.isPresent()) {
      return fromHeader(header.get().trim());
    }
    return fromQuery(QueryString.parse(request.rawQuery()));
  }

  /**
   * Returns whom the request's rate-limit window belongs to, checking no OAuth signature and using
   * up no nonce: for answers that skip the endpoints, such as scripted faults.
   */
  public Caller rateCallerOf(Received request) {
    Optional<String> header = authorization(request);
    if (header.isPresent() && isOAuth(header.get())) {
      return oauth.claimedUserOf(header.get()).map(Caller::user).orElse(Caller.anonymous());
    }
    Resolution resolution =
        header.isPresent()
            ? fromHeader(header.get().trim())
            : fromQuery(QueryString.parse(request.rawQuery()));
    return resolution instanceof Known known ? known.caller() : Caller.anonymous();
  }

  private Resolution fromQuery(QueryString query) {
    return fromPairs(query.first("token"), query.first("key"), query.first("secret"));
  }

  private static Optional<String> authorization(Received request) {
    return request.header("Authorization").filter(value -> !value.isBlank());
  }

  private static boolean isOAuth(String header) {
    return header.strip().toLowerCase(Locale.ROOT).startsWith("oauth ");
  }

  private Resolution fromHeader(String header) {
    String lower = header.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("discogs ")) {
      return new Rejected(false);
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
