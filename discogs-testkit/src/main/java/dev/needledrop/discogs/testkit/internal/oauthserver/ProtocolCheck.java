package dev.needledrop.discogs.testkit.internal.oauthserver;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The checks every OAuth request passes, whatever it asks for: the protocol parameters present and
 * well formed, a supported signature method, a timestamp in seconds close to the stub's clock, a
 * nonce of 1 to 64 characters, the right signature, and only then a nonce not seen before (so that
 * a replay of a good request is caught, and a bad signature reported as such).
 */
final class ProtocolCheck {

  private static final List<String> REQUIRED =
      List.of(
          "oauth_consumer_key",
          "oauth_signature_method",
          "oauth_signature",
          "oauth_timestamp",
          "oauth_nonce");

  // Discogs refuses longer nonces (api-discrepancies B11).
  private static final int MAX_NONCE_LENGTH = 64;

  private final OAuthStore store;

  ProtocolCheck(OAuthStore store) {
    this.store = store;
  }

  /**
   * Returns the consumer key of the request and its secret.
   *
   * @throws OAuthRefusal (400) when the key is missing, (401) when the stub does not know it
   */
  Consumer consumer(SignedRequest request) {
    String key =
        request
            .header()
            .get("oauth_consumer_key")
            .filter(value -> !value.isEmpty())
            .orElseThrow(() -> OAuthRefusal.malformed("oauth_consumer_key is missing"));
    String secret =
        store
            .consumerSecret(key)
            .orElseThrow(() -> OAuthRefusal.signature("the consumer key is not known"));
    return new Consumer(key, secret);
  }

  /**
   * Checks the request signed with the consumer's secret and the token secret (empty for none).
   *
   * @throws OAuthRefusal (401) for a wrong signature, (400) for anything else amiss
   */
  void verify(SignedRequest request, Consumer consumer, String tokenSecret) {
    OAuthHeader header = request.header();
    for (String name : REQUIRED) {
      if (header.get(name).filter(value -> !value.isEmpty()).isEmpty()) {
        throw OAuthRefusal.malformed(name + " is missing");
      }
    }
    if (header.get("oauth_version").filter(version -> !version.equals("1.0")).isPresent()) {
      throw OAuthRefusal.malformed("oauth_version must be 1.0");
    }
    checkTimestamp(header.get("oauth_timestamp").orElseThrow());
    String nonce = header.get("oauth_nonce").orElseThrow();
    if (nonce.length() > MAX_NONCE_LENGTH) {
      throw OAuthRefusal.malformed("oauth_nonce is longer than 64 characters");
    }
    if (!Signatures.verify(request, consumer.secret(), tokenSecret)) {
      throw OAuthRefusal.signature("the signature does not match the request");
    }
    if (!store.useNonce(consumer.key(), nonce)) {
      throw OAuthRefusal.malformed("oauth_nonce was used before");
    }
  }

  // Seconds since the epoch: ten digits today. A value in milliseconds lands far off and fails.
  private void checkTimestamp(String timestamp) {
    if (!timestamp.matches("\\d{1,12}")) {
      throw OAuthRefusal.malformed("oauth_timestamp must be seconds since the epoch");
    }
    Instant stamped = Instant.ofEpochSecond(Long.parseLong(timestamp));
    Duration skew = Duration.between(stamped, store.clock().instant()).abs();
    if (skew.compareTo(OAuthStore.MAX_CLOCK_SKEW) > 0) {
      throw OAuthRefusal.malformed("oauth_timestamp is more than 5 minutes off the server's clock");
    }
  }

  /** A consumer the stub knows. */
  record Consumer(String key, String secret) {

    @Override
    public String toString() {
      return "Consumer[****]";
    }
  }
}
