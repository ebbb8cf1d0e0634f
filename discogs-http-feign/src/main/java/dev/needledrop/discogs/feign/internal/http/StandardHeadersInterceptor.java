package dev.needledrop.discogs.feign.internal.http;

import dev.needledrop.discogs.DiscogsConfig;
import dev.needledrop.discogs.HeaderValues;
import feign.RequestInterceptor;
import feign.RequestTemplate;

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

  @Override
  public void apply(RequestTemplate template) {
    // Literal headers: Feign would otherwise read braces in the value as template expressions.
    template.removeHeader("User-Agent").headerLiteral("User-Agent", userAgent);
    template.removeHeader("Accept").headerLiteral("Accept", accept);
  }
}
