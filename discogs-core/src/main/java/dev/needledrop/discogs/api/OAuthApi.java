package dev.needledrop.discogs.api;

import dev.needledrop.discogs.auth.ConsumerCredentials;
import dev.needledrop.discogs.auth.OAuthCallback;
import dev.needledrop.discogs.auth.OAuthCredentials;
import dev.needledrop.discogs.auth.OAuthVerifier;
import dev.needledrop.discogs.auth.RequestToken;
import dev.needledrop.discogs.model.Identity;
import java.net.URI;

/**
 * The OAuth 1.0a flow that lets a user grant an application access to their Discogs account.
 *
 * <p>The steps: {@link #requestToken} for the application, send the user to {@link #authorizeUrl},
 * read the verifier from the callback (with {@link
 * dev.needledrop.discogs.auth.AuthorizationCallback#fromRedirect}) or from the user, then {@link
 * #accessToken} within 15 minutes, and keep the credentials it returns; they do not expire unless
 * the user revokes them. {@link #identity} tells whom they act for.
 *
 * <p>Implementations are thread-safe. Every method throws a {@link
 * dev.needledrop.discogs.error.DiscogsException}; the OAuth-specific failures are {@link
 * dev.needledrop.discogs.error.SignatureRejectedException}, {@link
 * dev.needledrop.discogs.error.InvalidVerifierException} and {@link
 * dev.needledrop.discogs.error.AuthorizationExpiredException}. No message carries a secret, a
 * verifier or a signature.
 */
public interface OAuthApi {

  /**
   * Asks Discogs for a request token for the application ({@code GET /oauth/request_token}).
   *
   * @throws dev.needledrop.discogs.error.SignatureRejectedException when Discogs does not accept
   *     the consumer key and secret
   */
  RequestToken requestToken(ConsumerCredentials consumer, OAuthCallback callback);

  /** Returns the Discogs page where the user approves the request token; no call is made. */
  URI authorizeUrl(RequestToken requestToken);

  /**
   * Exchanges an approved request token and its verifier for the user's access credentials ({@code
   * POST /oauth/access_token}).
   *
   * @throws dev.needledrop.discogs.error.InvalidVerifierException when Discogs does not accept the
   *     verifier for the token
   * @throws dev.needledrop.discogs.error.AuthorizationExpiredException when the token was issued
   *     more than 15 minutes ago
   * @throws dev.needledrop.discogs.error.SignatureRejectedException when Discogs does not accept
   *     the signature
   */
  OAuthCredentials accessToken(
      ConsumerCredentials consumer, RequestToken requestToken, OAuthVerifier verifier);

  /**
   * Returns the user the credentials act for ({@code GET /oauth/identity}).
   *
   * @throws dev.needledrop.discogs.error.SignatureRejectedException when Discogs does not accept
   *     the credentials, for instance because the user revoked them
   */
  Identity identity(OAuthCredentials credentials);
}
