package dev.needledrop.discogs.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The temporary token of the OAuth flow's first step, to be approved by the user and exchanged for
 * an access token within {@link #LIFETIME}.
 *
 * @param token the request token, sent to the authorize page
 * @param tokenSecret the request token's secret, which signs the exchange
 * @param callbackConfirmed whether Discogs confirmed the callback ({@code
 *     oauth_callback_confirmed=true})
 * @param issuedAt when the token was received, to tell an expired approval from a wrong verifier
 */
public record RequestToken(
    String token, String tokenSecret, boolean callbackConfirmed, Instant issuedAt) {

  /** How long Discogs keeps a request token and its verifier valid. */
  public static final Duration LIFETIME = Duration.ofMinutes(15);

  private static final String REMEDY =
      "use the request token and secret the OAuth flow's first step returned";

  /**
   * Creates the token.
   *
   * @throws IllegalArgumentException when a value is null, blank or holds control characters; the
   *     message names the value and how to get a proper one, and never quotes it
   */
  public RequestToken {
    Secrets.require(token, "request token", REMEDY);
    Secrets.require(tokenSecret, "request token secret", REMEDY);
    Objects.requireNonNull(issuedAt, "issuedAt");
  }

  /** Returns the moment after which Discogs no longer exchanges this token. */
  public Instant expiresAt() {
    return issuedAt.plus(LIFETIME);
  }

  /** Tells whether the token is too old to be exchanged at the given moment. */
  public boolean isExpiredAt(Instant now) {
    return !now.isBefore(expiresAt());
  }

  @Override
  public String toString() {
    return "RequestToken[token="
        + Secrets.HIDDEN
        + ", tokenSecret="
        + Secrets.HIDDEN
        + ", callbackConfirmed="
        + callbackConfirmed
        + ", issuedAt="
        + issuedAt
        + "]";
  }
}
