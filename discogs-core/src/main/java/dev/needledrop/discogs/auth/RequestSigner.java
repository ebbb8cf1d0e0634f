package dev.needledrop.discogs.auth;

/**
 * Computes the {@code Authorization} header that signs a request with OAuth 1.0a credentials.
 *
 * <p>Implementations are thread-safe and pick a fresh nonce and timestamp on every call, so the
 * header must be computed for each request sent, retries included. The {@code discogs-oauth} module
 * provides one; adapters find it with {@link RequestSignerProvider#forCredentials}.
 */
@FunctionalInterface
public interface RequestSigner {

  /**
   * Returns the value of the {@code Authorization} header for the request, of the form {@code OAuth
   * oauth_consumer_key="…", …}.
   */
  String authorizationHeader(SignableRequest request);
}
