package dev.needledrop.discogs.feign.internal.codec;

import dev.needledrop.discogs.error.TransportException;
import dev.needledrop.discogs.error.UnreadableResponseException;
import dev.needledrop.discogs.feign.internal.http.HeaderMaps;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipException;

/**
 * A response body read into memory, with what is needed to report it: the call's method and path,
 * the status and the content type.
 */
final class ResponseBody {

  // Large enough for the biggest release page seen (about 1 MB); a JSON body beyond it is cut off
  // and then fails as malformed, rather than exhausting memory.
  static final int MAX_SUCCESS_BYTES = 32 * 1024 * 1024;

  private static final Pattern CHARSET = Pattern.compile("(?i)charset=\"?([^\";\\s]+)");

  private final String method;
  private final String path;
  private final int status;
  private final String contentType;
  private final byte[] bytes;

  private ResponseBody(String method, String path, int status, String contentType, byte[] bytes) {
    this.method = method;
    this.path = path;
    this.status = status;
    this.contentType = contentType;
    this.bytes = bytes;
  }

  /**
   * Reads at most {@code limit} bytes of the response's body.
   *
   * @throws UnreadableResponseException when a gzip body is corrupt
   * @throws TransportException when the connection fails while the body is read
   */
  static ResponseBody read(Response response, int limit) {
    Request request = response.request();
    String method = request.httpMethod().name();
    String path = pathOf(request.url());
    String contentType = HeaderMaps.first(response.headers(), "Content-Type").orElse("");
    try {
      byte[] bytes = readAtMost(response.body(), limit);
      return new ResponseBody(method, path, response.status(), contentType, bytes);
    } catch (ZipException corrupt) {
      throw new UnreadableResponseException(
          method, path, response.status(), contentType, "", "corrupt gzip body", corrupt);
    } catch (IOException io) {
      throw new TransportException(method, path, "reading the response body failed", io);
    }
  }

  /** Returns an empty body for the response, for when its body could not be read. */
  static ResponseBody empty(Response response) {
    Request request = response.request();
    String contentType = HeaderMaps.first(response.headers(), "Content-Type").orElse("");
    return new ResponseBody(
        request.httpMethod().name(),
        pathOf(request.url()),
        response.status(),
        contentType,
        new byte[0]);
  }

  boolean isEmpty() {
    return bytes.length == 0;
  }

  byte[] bytes() {
    return bytes;
  }

  int status() {
    return status;
  }

  /** Tells whether the body may hold JSON: a JSON content type, or none and a JSON-looking body. */
  boolean mayBeJson() {
    String type = contentType.toLowerCase(Locale.ROOT);
    if (type.isBlank()) {
      return startsLikeJson();
    }
    return type.contains("json");
  }

  /** Tells whether the first non-blank character opens a JSON object or array. */
  boolean startsLikeJson() {
    String start = text().stripLeading();
    return start.startsWith("{") || start.startsWith("[");
  }

  /** Returns the body as text, in the charset the content type names (UTF-8 otherwise). */
  String text() {
    return new String(bytes, charset());
  }

  /** Returns an exception reporting this body as unreadable, with a preview of it. */
  UnreadableResponseException unreadable(String reason, Throwable cause) {
    return new UnreadableResponseException(
        method, path, status, contentType, text(), reason, cause);
  }

  private Charset charset() {
    Matcher named = CHARSET.matcher(contentType);
    if (!named.find()) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(named.group(1));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
      return StandardCharsets.UTF_8;
    }
  }

  private static byte[] readAtMost(Response.Body body, int limit) throws IOException {
    if (body == null) {
      return new byte[0];
    }
    try (InputStream in = body.asInputStream()) {
      return in.readNBytes(limit);
    }
  }

  static String pathOf(String url) {
    try {
      String path = URI.create(url).getRawPath();
      return path == null || path.isEmpty() ? "/" : path;
    } catch (IllegalArgumentException malformed) {
      int query = url.indexOf('?');
      return query < 0 ? url : url.substring(0, query);
    }
  }
}
