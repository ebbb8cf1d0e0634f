package dev.needledrop.discogs.feign.internal.http;

import dev.needledrop.discogs.internal.SecretScrubber;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Hides credentials in what this adapter logs: header values and query parameters. */
final class Redactions {

  static final String HIDDEN = "****";

  private Redactions() {}

  /** Tells whether a query parameter carries a credential. */
  static boolean isCredentialParameter(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.equals("token")
        || lower.equals("key")
        || lower.equals("secret")
        || lower.startsWith("oauth_")
        || lower.startsWith("oauth%5f");
  }

  /** Tells whether a header carries a credential. */
  static boolean isCredentialHeader(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.equals("authorization")
        || lower.equals("proxy-authorization")
        || lower.equals("cookie")
        || lower.equals("set-cookie");
  }

  /** Returns the URL or path with the values of credential query parameters hidden. */
  static String url(String url) {
    int start = url.indexOf('?');
    if (start < 0) {
      return url;
    }
    String query =
        Arrays.stream(url.substring(start + 1).split("&", -1))
            .map(Redactions::pair)
            .collect(Collectors.joining("&"));
    return url.substring(0, start + 1) + query;
  }

  /**
   * Returns the header value, hidden whole when the header carries a credential or a session, and
   * otherwise with any echoed credential parameter (a server may quote the request) hidden.
   */
  static String headerValue(String name, String value) {
    return isCredentialHeader(name) ? HIDDEN : SecretScrubber.none().scrub(value);
  }

  private static String pair(String pair) {
    int equals = pair.indexOf('=');
    String name = equals < 0 ? pair : pair.substring(0, equals);
    return isCredentialParameter(name) ? name + "=" + HIDDEN : pair;
  }
}
