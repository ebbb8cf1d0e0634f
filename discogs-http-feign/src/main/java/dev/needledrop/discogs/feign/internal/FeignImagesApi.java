package dev.needledrop.discogs.feign.internal;

import dev.needledrop.discogs.HeaderValues;
import dev.needledrop.discogs.api.ImagesApi;
import dev.needledrop.discogs.api.access.ImagesAccess;
import dev.needledrop.discogs.auth.AccessLevel;
import dev.needledrop.discogs.error.TransportException;
import dev.needledrop.discogs.model.Download;
import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Fetches image URLs through the client's own HTTP transport, so that each fetch is logged,
 * observed for rate limits and bounded by the timeouts like any call. Thread-safe.
 *
 * <p>Discogs' signed image URLs need no credentials; the transport adds the configured ones only to
 * a URL on the API's own origin (where a local stub serves its images), never to any other host,
 * and follows redirects itself under the same rule.
 */
final class FeignImagesApi implements ImagesApi {

  private final Client http;
  private final Request.Options options;
  private final String userAgent;
  private final AccessLevel access;
  private final RawResponses raw;

  FeignImagesApi(
      Client http,
      Request.Options options,
      String userAgent,
      AccessLevel access,
      RawResponses raw) {
    this.http = Objects.requireNonNull(http, "http");
    this.options = Objects.requireNonNull(options, "options");
    this.userAgent = HeaderValues.requireSafe(userAgent, "User-Agent");
    this.access = Objects.requireNonNull(access, "access");
    this.raw = Objects.requireNonNull(raw, "raw");
  }

  @Override
  public Download openImage(String url) {
    ImagesAccess.OPEN_IMAGE.check(access);
    URI target = requireImageUrl(url);
    Exchange exchange = Exchange.get(pathOf(target));
    Response response = raw.requireSuccess(exchange, execute(exchange, target));
    return Download.builder(
            exchange.method(), exchange.path(), RawResponses.body(exchange, response))
        .contentType(RawResponses.contentType(response))
        .contentLength(RawResponses.contentLength(response))
        .build();
  }

  private Response execute(Exchange exchange, URI target) {
    Map<String, Collection<String>> headers = new LinkedHashMap<>();
    headers.put("User-Agent", List.of(userAgent));
    headers.put("Accept", List.of("image/*, */*"));
    Request request =
        Request.create(
            Request.HttpMethod.GET, target.toString(), headers, null, StandardCharsets.UTF_8, null);
    try {
      return http.execute(request, options);
    } catch (IOException failed) {
      throw new TransportException(exchange.method(), exchange.path(), failed.toString(), failed);
    }
  }

  private static URI requireImageUrl(String url) {
    Objects.requireNonNull(url, "url");
    URI parsed;
    try {
      parsed = new URI(url.trim());
    } catch (java.net.URISyntaxException malformed) {
      throw new IllegalArgumentException("image url is not a valid URL", malformed);
    }
    if (!isWebUrl(parsed)) {
      throw new IllegalArgumentException(
          "image url must be an absolute http or https URL without user info");
    }
    return parsed;
  }

  private static boolean isWebUrl(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    return (scheme.equals("http") || scheme.equals("https"))
        && url.getHost() != null
        && url.getRawUserInfo() == null;
  }

  private static String pathOf(URI url) {
    String path = url.getRawPath();
    return path == null || path.isEmpty() ? "/" : path;
  }
}
