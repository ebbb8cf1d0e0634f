package dev.needledrop.discogs.testkit.internal.oauthserver;

import dev.needledrop.discogs.testkit.internal.http.Received;
import dev.needledrop.discogs.testkit.internal.routing.Access;
import dev.needledrop.discogs.testkit.internal.routing.Router;
import java.net.URI;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * OAuth 1.0a as the stub speaks it: the token endpoints and the authorize page, and the check of
 * signed API calls that turns a valid {@code Authorization: OAuth ...} header into the user its
 * access token acts for. Thread-safe.
 */
public final class OAuthService {

  /** The token endpoints, which check their OAuth header themselves. */
  private static final Set<String> TOKEN_PATHS =
      Set.of("/oauth/request_token", "/oauth/access_token");

  private final OAuthStore store;
  private final ProtocolCheck check;

  /** Creates the service over the tables. */
  public OAuthService(OAuthStore store) {
    this.store = store;
    this.check = new ProtocolCheck(store);
  }

  /** Returns the tables, for the stub's test hooks. */
  public OAuthStore store() {
    return store;
  }

  /**
   * Adds the token endpoints (GET and POST each) and the authorize page to a router.
   *
   * @param defaultUser who approves on the authorize page unless a {@code user} is named
   * @param knownUser tells whether a user may approve
   */
  public void register(Router router, String defaultUser, Predicate<String> knownUser) {
    TokenEndpoints tokens = new TokenEndpoints(store, check);
    AuthorizePage page = new AuthorizePage(store, defaultUser, knownUser);
    for (String method : new String[] {"GET", "POST"}) {
      router.add(
          method,
          "/oauth/request_token",
          Access.NONE,
          request -> tokens.requestToken(method, request));
      router.add(
          method,
          "/oauth/access_token",
          Access.NONE,
          request -> tokens.accessToken(method, request));
    }
    router.add("GET", "/oauth/authorize", Access.NONE, page::show);
  }

  /** Tells whether the path is a token step's, whose endpoint checks the OAuth header itself. */
  public static boolean isTokenStep(String rawPath) {
    return TOKEN_PATHS.contains(rawPath);
  }

  /**
   * Returns the user a signed API call acts for, or empty when the stub does not accept its
   * signature, consumer, access token, timestamp or nonce (Discogs answers 401). Consumes the
   * nonce: call it once per request.
   */
  public Optional<String> userOf(Received request, URI origin) {
    try {
      SignedRequest signed = SignedRequest.of(request, origin);
      ProtocolCheck.Consumer consumer = check.consumer(signed);
      String token = signed.header().get("oauth_token").orElse("");
      Optional<OAuthStore.AccessToken> access =
          store.accessToken(token).filter(found -> found.consumerKey().equals(consumer.key()));
      if (access.isEmpty()) {
        return Optional.empty();
      }
      check.verify(signed, consumer, access.get().secret());
      return Optional.of(access.get().user());
    } catch (OAuthRefusal refused) {
      return Optional.empty();
    }
  }

  /**
   * Returns the user an OAuth header's access token acts for, without checking the signature: for
   * counting the request in that user's rate-limit window only.
   */
  public Optional<String> claimedUserOf(String authorization) {
    try {
      return OAuthHeader.parse(authorization)
          .get("oauth_token")
          .flatMap(store::accessToken)
          .map(OAuthStore.AccessToken::user);
    } catch (OAuthRefusal unreadable) {
      return Optional.empty();
    }
  }
}
