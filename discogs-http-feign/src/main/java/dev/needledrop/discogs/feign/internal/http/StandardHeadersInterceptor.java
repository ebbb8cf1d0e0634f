package dev.needledrop.discogs.feign.internal.http;

import dev.needledrop.discogs.DiscogsConfig;
import dev.needledrop.discogs.HeaderValues;
import feign.RequestInterceptor;
import feign.RequestTemplate;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Adds the headers every Discogs request carries: the application's {@code User-Agent}, which
 * Discogs requires, and the {@code Accept} header choosing how free text is rendered.
 */
public final class StandardHeadersInterceptor implements RequestInterceptor {

  private final String userAgent;
  private final String accept;

  /** Creates the interceptor for the configuration's User-Agent and text format. */
  public StandardHeadersInterceptor(DiscogsConfig config) {
    this.userAgent = HeaderValues.requireSafe(config.userAgent(), "User-Agent");
    this.accept = HeaderValues.requireSafe(config.textFormat().acceptHeader(), "Accept");
  }

  /**
   * Returns the same headers as a request's header map, as Feign would build it (names in any
   * case); for calls written without a template. Unmodifiable.
   */
  public Map<String, Collection<String>> headers() {
    Map<String, Collection<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.put("User-Agent", List.of(userAgent));
    headers.put("Accept", List.of(accept));
    return Collections.unmodifiableMap(headers);
  }

  @Override
  public void apply(RequestTemplate template) {
    // Literal headers: Feign would otherwise read braces in the value as template expressions.
    template.removeHeader("User-Agent").headerLiteral("User-Agent", userAgent);
    template.removeHeader("Accept").headerLiteral("Accept", accept);
  }
}
