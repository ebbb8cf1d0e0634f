package dev.needledrop.discogs.feign.internal.http;

import feign.Request;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Collection;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs HTTP exchanges under {@value #LOGGER_NAME}: the request line, status and latency at DEBUG,
 * the headers at TRACE. Credentials never reach the log: {@code Authorization} values and the
 * {@code token}, {@code key}, {@code secret} and {@code oauth_*} query values are hidden. Bodies
 * are not logged.
 */
final class HttpLog {

  static final String LOGGER_NAME = "dev.needledrop.discogs.http";

  private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);

  void exchanged(Request request, URI uri, HttpResponse<?> response, long millis) {
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "{} {} -> {} ({} ms)",
          request.httpMethod(),
          Redactions.url(target(uri)),
          response.statusCode(),
          millis);
    }
    if (LOG.isTraceEnabled()) {
      headers(">", request.headers());
      headers("<", response.headers().map());
    }
  }

  void failed(String method, URI uri, String reason, long millis) {
    LOG.debug("{} {} failed after {} ms: {}", method, Redactions.url(target(uri)), millis, reason);
  }

  private static void headers(String direction, Map<String, ? extends Collection<String>> headers) {
    headers.forEach(
        (name, values) ->
            values.forEach(
                value ->
                    LOG.trace("{} {}: {}", direction, name, Redactions.headerValue(name, value))));
  }

  private static String target(URI uri) {
    String query = uri.getRawQuery();
    return uri.getRawPath() + (query == null ? "" : "?" + query);
  }
}
