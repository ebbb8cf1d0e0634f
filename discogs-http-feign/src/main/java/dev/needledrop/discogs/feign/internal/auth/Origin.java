package dev.needledrop.discogs.feign.internal.auth;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * The origin of a URL: scheme, host and port, the unit browsers and this adapter trust with
 * credentials. Two URLs share an origin only when all three match, default ports filled in.
 *
 * @param scheme the scheme, lower case
 * @param host the host, lower case
 * @param port the port, the scheme's default when the URL names none
 */
public record Origin(String scheme, String host, int port) {

  /** Creates the origin, refusing nulls. */
  public Origin {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(host, "host");
  }

  /**
   * Returns the origin of an absolute URL.
   *
   * @throws IllegalArgumentException when the URL has no scheme or host
   */
  public static Origin of(URI url) {
    if (url.getScheme() == null || url.getHost() == null) {
      throw new IllegalArgumentException("an origin needs an absolute URL with a host");
    }
    String scheme = url.getScheme().toLowerCase(Locale.ROOT);
    int port = url.getPort() >= 0 ? url.getPort() : defaultPort(scheme);
    return new Origin(scheme, url.getHost().toLowerCase(Locale.ROOT), port);
  }

  /** Tells whether the URL has this origin; false for a URL without scheme or host. */
  public boolean contains(URI url) {
    return url.getScheme() != null && url.getHost() != null && of(url).equals(this);
  }

  /** Tells whether the scheme is https. */
  public boolean isSecure() {
    return scheme.equals("https");
  }

  private static int defaultPort(String scheme) {
    return scheme.equals("https") ? 443 : 80;
  }

  @Override
  public String toString() {
    return scheme + "://" + host + ":" + port;
  }
}
