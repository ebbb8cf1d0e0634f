package dev.needledrop.discogs.feign.internal.codec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.needledrop.discogs.error.CallTimeoutException;
import dev.needledrop.discogs.error.DiscogsException;
import dev.needledrop.discogs.error.ResponseTooLargeException;
import dev.needledrop.discogs.error.TransportException;
import dev.needledrop.discogs.error.UnreadableResponseException;
import dev.needledrop.discogs.feign.internal.http.HeaderMaps;
import dev.needledrop.discogs.internal.SecretScrubber;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipException;

/**
 * What is known of an answer whose body is being read: the call's method and path, the status and
 * the content type; and how a failure to read the body is reported.
 *
 * @param method the call's method
 * @param path the call's path, without the query
 * @param status the answer's status
 * @param contentType the answer's content type, empty when none was sent
 * @param scrubber hides the configured credentials in what of the body a report quotes
 */
record ReceivedCall(
    String method, String path, int status, String contentType, SecretScrubber scrubber) {

  private static final Pattern CHARSET = Pattern.compile("(?i)charset=\"?([^\";\\s]+)");

  /** Returns what is known of the response, quoting its body only through the scrubber. */
  static ReceivedCall of(Response response, SecretScrubber scrubber) {
    Request request = response.request();
    return new ReceivedCall(
        request.httpMethod().name(),
        pathOf(request.url()),
        response.status(),
        HeaderMaps.first(response.headers(), "Content-Type").orElse(""),
        scrubber);
  }

  /**
   * Opens the response's body, an empty stream for none.
   *
   * @throws TransportException when the body cannot be opened
   */
  InputStream open(Response response) {
    if (response.body() == null) {
      return InputStream.nullInputStream();
    }
    try {
      return response.body().asInputStream();
    } catch (IOException unopened) {
      throw new TransportException(method, path, "opening the response body failed", unopened);
    }
  }

  /**
   * Tells whether a body starting with the given byte may hold JSON: a JSON content type, or none
   * and a body that opens an object or an array.
   */
  boolean mayBeJson(int firstNonBlank) {
    String type = contentType.toLowerCase(Locale.ROOT);
    if (type.isBlank()) {
      return firstNonBlank == '{' || firstNonBlank == '[';
    }
    return type.contains("json");
  }

  /** Returns the charset the content type names, UTF-8 otherwise. */
  Charset charset() {
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

  /**
   * Returns an exception reporting the body as unreadable, with its start as the preview; both the
   * preview and the reason (a parser may quote the body) have credentials hidden.
   */
  UnreadableResponseException unreadable(String preview, String reason, Throwable cause) {
    return new UnreadableResponseException(
        method, path, status, contentType, scrubber.scrub(preview), scrubber.scrub(reason), cause);
  }

  /**
   * Returns the SDK's exception for a failure met while reading the body: the byte limit broken,
   * the attempt's time up, a corrupt gzip body or a lost connection.
   *
   * @param preview the start of the body, as far as it was read
   */
  DiscogsException failure(IOException failure, String preview) {
    BodyInput.LimitExceeded tooLong = causeOf(failure, BodyInput.LimitExceeded.class);
    if (tooLong != null) {
      return tooLong(preview, tooLong.limit(), failure);
    }
    HttpTimeoutException late = causeOf(failure, HttpTimeoutException.class);
    if (late != null) {
      return new CallTimeoutException(method, path, late.getMessage(), failure);
    }
    if (causeOf(failure, ZipException.class) != null) {
      return unreadable("", "corrupt gzip body", failure);
    }
    return new TransportException(method, path, "reading the response body failed", failure);
  }

  /** Returns the exception for a body longer than the limit of bytes. */
  ResponseTooLargeException tooLong(String preview, long limit, Throwable cause) {
    String reason = "the body is longer than " + limit + " bytes";
    return tooLarge(preview, reason, limit, "maxResponseBytes", cause);
  }

  /**
   * Returns the exception for JSON nested deeper than the limit, when the failure says so.
   *
   * @param maxNestingDepth the depth the JSON reader allowed
   */
  Optional<ResponseTooLargeException> tooDeep(
      IOException failure, String preview, int maxNestingDepth) {
    StreamConstraintsException constraint = causeOf(failure, StreamConstraintsException.class);
    if (constraint == null || !isAboutNesting(constraint)) {
      return Optional.empty();
    }
    String reason = "the JSON nests deeper than " + maxNestingDepth + " levels";
    return Optional.of(tooLarge(preview, reason, maxNestingDepth, "maxNestingDepth", failure));
  }

  /** Tells whether the failure came from the body's transfer, not from what it holds. */
  static boolean isTransfer(IOException failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof IOException && !(cause instanceof JsonProcessingException)) {
        return true;
      }
    }
    return false;
  }

  private ResponseTooLargeException tooLarge(
      String preview, String reason, long limit, String setting, Throwable cause) {
    return new ResponseTooLargeException(
        method, path, status, contentType, scrubber.scrub(preview), reason, limit, setting, cause);
  }

  // Jackson names the limit a document broke only in its message.
  private static boolean isAboutNesting(StreamConstraintsException constraint) {
    String message = constraint.getMessage();
    return message != null && message.toLowerCase(Locale.ROOT).contains("nesting depth");
  }

  private static <T extends Throwable> T causeOf(Throwable failure, Class<T> type) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
    }
    return null;
  }

  /** Returns the path of the URL, without its query. */
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
