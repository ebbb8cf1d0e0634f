package dev.needledrop.discogs.testkit;

import dev.needledrop.discogs.testkit.internal.auth.Accounts;
import dev.needledrop.discogs.testkit.internal.oauthserver.OAuthStore;
import java.util.List;
import java.util.Objects;

/**
 * The OAuth 1.0a side of a {@link StubDiscogsServer}: its consumers, the request tokens waiting for
 * a user's approval, and the hooks a test uses in place of a user at the authorize page.
 *
 * <p>The stub runs the whole flow: {@code GET} or {@code POST /oauth/request_token} issues a
 * request token, {@link #approve} (or the stub's own {@code /oauth/authorize} page, which approves
 * at once and redirects to the callback) hands out a verifier, and {@code POST} (or {@code GET})
 * {@code /oauth/access_token} exchanges the two for an access token within 15 minutes of the stub's
 * clock. It verifies PLAINTEXT and HMAC-SHA1 signatures over the request as it arrived, refuses
 * timestamps more than 5 minutes off its clock, nonces longer than 64 characters or used before,
 * and answers a wrong signature with 401, any other fault of a token step with 400. Thread-safe.
 */
public final class StubOAuth {

  private final OAuthStore store;
  private final Accounts accounts;

  StubOAuth(OAuthStore store, Accounts accounts) {
    this.store = store;
    this.accounts = accounts;
  }

  /** An access token the stub issued, acting for a user through a consumer. */
  public record AccessToken(String token, String secret, String consumerKey, String user) {

    /** Creates the token, refusing nulls. */
    public AccessToken {
      Objects.requireNonNull(token, "token");
      Objects.requireNonNull(secret, "secret");
      Objects.requireNonNull(consumerKey, "consumerKey");
      Objects.requireNonNull(user, "user");
    }

    @Override
    public String toString() {
      return "AccessToken[user=" + user + ", token=****, secret=****]";
    }
  }

  /** Registers another application's consumer key and secret, for Discogs Auth and OAuth. */
  public void addConsumer(String key, String secret) {
    accounts.addConsumer(
        Objects.requireNonNull(key, "key"), Objects.requireNonNull(secret, "secret"));
  }

  /**
   * Approves a request token as {@value StubDiscogsServer#DEFAULT_USERNAME} would on the authorize
   * page, and returns the verifier Discogs would send to the callback.
   *
   * @throws IllegalArgumentException when the token is unknown, already exchanged or expired
   */
  public String approve(String requestToken) {
    return approve(requestToken, StubDiscogsServer.DEFAULT_USERNAME);
  }

  /**
   * Approves a request token as the given user, and returns the verifier.
   *
   * @throws IllegalArgumentException when the token is unknown, already exchanged or expired, or
   *     the user has no account on the stub
   */
  public String approve(String requestToken, String username) {
    Objects.requireNonNull(requestToken, "requestToken");
    if (!accounts.hasUser(Objects.requireNonNull(username, "username"))) {
      throw new IllegalArgumentException("the stub has no user " + username);
    }
    return store.approve(requestToken, username);
  }

  /** Returns the request tokens waiting for approval or exchange, oldest first. */
  public List<String> pendingRequestTokens() {
    return store.pendingRequestTokens();
  }

  /**
   * Issues an access token for the user through the consumer, as a finished flow would, so that a
   * test can call with OAuth without running the flow.
   */
  public AccessToken issueAccessToken(String consumerKey, String username) {
    Objects.requireNonNull(consumerKey, "consumerKey");
    Objects.requireNonNull(username, "username");
    OAuthStore.AccessToken granted = store.grant(consumerKey, username);
    return new AccessToken(granted.token(), granted.secret(), consumerKey, username);
  }

  /**
   * Registers an access token of the given value and secret for the user through the consumer, such
   * as one with characters a real token never holds, to test signing with it.
   */
  public AccessToken issueAccessToken(
      String consumerKey, String username, String token, String secret) {
    Objects.requireNonNull(consumerKey, "consumerKey");
    Objects.requireNonNull(username, "username");
    OAuthStore.AccessToken granted =
        store.grant(
            consumerKey,
            username,
            Objects.requireNonNull(token, "token"),
            Objects.requireNonNull(secret, "secret"));
    return new AccessToken(granted.token(), granted.secret(), consumerKey, username);
  }

  @Override
  public String toString() {
    return "StubOAuth";
  }
}
