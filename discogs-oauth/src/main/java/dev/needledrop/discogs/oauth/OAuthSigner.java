package dev.needledrop.discogs.oauth;

import dev.needledrop.discogs.auth.OAuthCredentials;
import dev.needledrop.discogs.auth.RequestSigner;
import dev.needledrop.discogs.auth.SignableRequest;
import dev.needledrop.discogs.oauth.internal.HeaderSigner;
import dev.needledrop.discogs.oauth.internal.SigningKey;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Signs API calls with a user's OAuth 1.0a access credentials, using the credentials' signature
 * method (PLAINTEXT by default, or HMAC-SHA1), a fresh nonce and the current time in seconds.
 *
 * <p>Thread-safe. Its {@code toString} shows no secret.
 */
public final class OAuthSigner implements RequestSigner {

  private final SigningKey key;
  private final HeaderSigner signer;

  private OAuthSigner(Builder builder) {
    this.key = SigningKey.of(builder.credentials);
    this.signer =
        new HeaderSigner(
            builder.credentials.signatureMethod(), builder.clock, builder.nonces::nextNonce);
  }

  /** Returns a signer for the credentials with the system clock and secure random nonces. */
  public static OAuthSigner create(OAuthCredentials credentials) {
    return builder(credentials).build();
  }

  /** Starts a signer for the credentials, to replace its clock or nonces in tests. */
  public static Builder builder(OAuthCredentials credentials) {
    return new Builder(credentials);
  }

  @Override
  public String authorizationHeader(SignableRequest request) {
    return signer.sign(Objects.requireNonNull(request, "request"), key, List.of()).value();
  }

  @Override
  public String toString() {
    return "OAuthSigner[****]";
  }

  /** Builds an {@link OAuthSigner}. */
  public static final class Builder {

    private final OAuthCredentials credentials;
    private Clock clock = Clock.systemUTC();
    private NonceSource nonces = NonceSource.secureRandom();

    private Builder(OAuthCredentials credentials) {
      this.credentials = Objects.requireNonNull(credentials, "credentials");
    }

    /** Sets the clock the timestamps come from; the system clock by default. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Sets where nonces come from; {@link NonceSource#secureRandom()} by default. */
    public Builder nonceSource(NonceSource nonces) {
      this.nonces = Objects.requireNonNull(nonces, "nonces");
      return this;
    }

    /** Builds the signer. */
    public OAuthSigner build() {
      return new OAuthSigner(this);
    }
  }
}
