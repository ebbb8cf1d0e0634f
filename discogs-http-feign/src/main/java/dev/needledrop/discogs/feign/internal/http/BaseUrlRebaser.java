package dev.needledrop.discogs.feign.internal.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Resolves URLs found in responses ({@code resource_url}, {@code pagination.urls.*}) against the
 * configured base URL, so that the SDK never follows a host a response names.
 *
 * <p>Discogs writes absolute URLs on {@code https://api.discogs.com}; a stub, a proxy or a tampered
 * response may write any host. Only the path and query are kept and put under the configured base
 * URL (with its path prefix, if any). Credential parameters ({@code token}, {@code key}, {@code
 * secret}, {@code oauth_*}) are dropped from the query: the client adds its own, and a response
 * must not smuggle someone else's into a request.
 */
public final class BaseUrlRebaser {

  private final URI baseUrl;

  /** Creates a rebaser for the given base URL, which has no query and no trailing slash. */
  public BaseUrlRebaser(URI baseUrl) {
    this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
  }

  /**
   * Returns the URL on the configured base, or empty when the text is not an http(s) URL or a
   * root-relative path, or when its path holds {@code .} or {@code ..} segments.
   */
  public Optional<URI> rebase(String url) {
    return parse(url).filter(BaseUrlRebaser::isFollowable).map(this::underBase);
  }

  private static Optional<URI> parse(String url) {
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new URI(url.trim()));
    } catch (URISyntaxException notAUrl) {
      return Optional.empty();
    }
  }

  private static boolean isFollowable(URI url) {
    String scheme = url.getScheme();
    boolean web =
        scheme == null
            ? url.getRawPath() != null && url.getRawPath().startsWith("/")
            : scheme.toLowerCase(Locale.ROOT).matches("https?") && url.getRawPath() != null;
    return web && !url.isOpaque() && !hasDotSegment(url.getRawPath());
  }

  private static boolean hasDotSegment(String path) {
    return Arrays.stream(path.split("/", -1))
        .anyMatch(segment -> segment.equals(".") || segment.equals(".."));
  }

  private URI underBase(URI url) {
    String path = url.getRawPath().isEmpty() ? "/" : url.getRawPath();
    String query = withoutCredentials(url.getRawQuery());
    return URI.create(baseUrl + path + (query.isEmpty() ? "" : "?" + query));
  }

  private static String withoutCredentials(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return "";
    }
    return Arrays.stream(rawQuery.split("&"))
        .filter(pair -> !pair.isEmpty() && !Redactions.isCredentialParameter(name(pair)))
        .collect(Collectors.joining("&"));
  }

  private static String name(String pair) {
    int equals = pair.indexOf('=');
    return equals < 0 ? pair : pair.substring(0, equals);
  }
}
