package dev.needledrop.discogs.cli;

import dev.needledrop.discogs.auth.OAuthCredentials;
import dev.needledrop.discogs.model.Username;
import java.net.URI;
import java.util.Objects;

/**
 * What {@code discogs login} keeps: the OAuth credentials a user granted, the API they were granted
 * for, and whom they act as. Its {@code toString} shows no secret.
 *
 * @param baseUrl the API the credentials belong to, without a trailing slash
 * @param credentials the consumer's key and secret with the user's access token and secret
 * @param user whom the credentials act as, as the identity check reported it
 */
record SavedLogin(URI baseUrl, OAuthCredentials credentials, Username user) {

  SavedLogin {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(credentials, "credentials");
    Objects.requireNonNull(user, "user");
  }

  /** Tells whether the login was made for the API at the given base URL. */
  boolean isFor(URI api) {
    return trimmed(baseUrl).equals(trimmed(api));
  }

  private static String trimmed(URI url) {
    String text = url.toString();
    return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }
}
