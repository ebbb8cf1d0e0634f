package dev.needledrop.discogs.oauth.internal;

import dev.needledrop.discogs.auth.ConsumerCredentials;
import dev.needledrop.discogs.auth.OAuthCredentials;
import dev.needledrop.discogs.auth.RequestToken;
import java.util.Objects;
import java.util.Optional;

/**
 * The credentials one request is signed with: always the consumer's, plus the token of the flow's
 * step (none, the request token, or the access token).
 *
 * @param consumerKey the application's consumer key
 * @param consumerSecret the application's consumer secret
 * @param token the token sent as {@code oauth_token}, absent for the request-token step
 * @param tokenSecret the token's secret, empty when there is no token
 */
public record SigningKey(
    String consumerKey, String consumerSecret, Optional<String> token, String tokenSecret) {

  /** Creates the key, refusing nulls. */
  public SigningKey {
    Objects.requireNonNull(consumerKey, "consumerKey");
    Objects.requireNonNull(consumerSecret, "consumerSecret");
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(tokenSecret, "tokenSecret");
  }

  /** Returns the key of the request-token step: the consumer alone, an empty token secret. */
  public static SigningKey consumerOnly(ConsumerCredentials consumer) {
    return new SigningKey(consumer.key(), consumer.secret(), Optional.empty(), "");
  }

  /** Returns the key of the access-token step: the request token and its secret (RFC 5849). */
  public static SigningKey forExchange(ConsumerCredentials consumer, RequestToken requestToken) {
    return new SigningKey(
        consumer.key(),
        consumer.secret(),
        Optional.of(requestToken.token()),
        requestToken.tokenSecret());
  }

  /** Returns the key of API calls: the access token and its secret. */
  public static SigningKey of(OAuthCredentials credentials) {
    return new SigningKey(
        credentials.consumerKey(),
        credentials.consumerSecret(),
        Optional.of(credentials.token()),
        credentials.tokenSecret());
  }

  @Override
  public String toString() {
    return "SigningKey[****]";
  }
}
