package dev.needledrop.discogs.auth;

import java.net.URI;
import java.util.Objects;

/**
 * Where Discogs sends the user after the authorize page: a URL of the application, which receives
 * {@code oauth_token} and {@code oauth_verifier} in its query, or {@code oob} (out of band), where
 * the user is shown the verifier to paste into the application.
 *
 * @param value the {@code oauth_callback} value: an absolute URL or {@code oob}
 */
public record OAuthCallback(String value) {

  private static final String OUT_OF_BAND = "oob";

  /** Creates the callback, refusing anything but an absolute URL or {@code oob}. */
  public OAuthCallback {
    Objects.requireNonNull(value, "callback");
    if (!value.equals(OUT_OF_BAND) && !isAbsoluteUrl(value)) {
      throw new IllegalArgumentException("callback must be an absolute URL or \"oob\"");
    }
  }

  /** Returns a callback to the given absolute URL, such as {@code https://app.example/discogs}. */
  public static OAuthCallback to(URI url) {
    return new OAuthCallback(Objects.requireNonNull(url, "url").toString());
  }

  /** Returns the out-of-band callback: Discogs shows the verifier to the user. */
  public static OAuthCallback outOfBand() {
    return new OAuthCallback(OUT_OF_BAND);
  }

  /** Tells whether the user is shown the verifier instead of being redirected. */
  public boolean isOutOfBand() {
    return value.equals(OUT_OF_BAND);
  }

  private static boolean isAbsoluteUrl(String value) {
    if (value.chars().anyMatch(Character::isISOControl)) {
      return false;
    }
    try {
      return URI.create(value).isAbsolute();
    } catch (IllegalArgumentException malformed) {
      return false;
    }
  }
}
