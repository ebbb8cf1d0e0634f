package dev.needledrop.discogs.feign.internal.codec;

import dev.needledrop.discogs.error.TransportException;
import dev.needledrop.discogs.error.UnreadableResponseException;
import dev.needledrop.discogs.internal.SecretScrubber;
import feign.Response;
import java.io.IOException;
import java.io.InputStream;

/**
 * A response body read into memory, with what is needed to report it: the call's method and path,
 * the status and the content type.
 */
final class ResponseBody {

  private final ReceivedCall call;
  private final byte[] bytes;

  private ResponseBody(ReceivedCall call, byte[] bytes) {
    this.call = call;
    this.bytes = bytes;
  }

  /**
   * Reads at most {@code limit} bytes of the response's body.
   *
   * @throws UnreadableResponseException when a gzip body is corrupt
   * @throws TransportException when the connection fails or the time runs out while the body is
   *     read
   */
  static ResponseBody read(Response response, int limit, SecretScrubber scrubber) {
    ReceivedCall call = ReceivedCall.of(response, scrubber);
    try (InputStream in = call.open(response)) {
      return new ResponseBody(call, in.readNBytes(limit));
    } catch (IOException failure) {
      throw call.failure(failure, "");
    }
  }

  /** Returns an empty body for the response, for when its body could not be read. */
  static ResponseBody empty(Response response, SecretScrubber scrubber) {
    return new ResponseBody(ReceivedCall.of(response, scrubber), new byte[0]);
  }

  boolean isEmpty() {
    return bytes.length == 0;
  }

  byte[] bytes() {
    return bytes;
  }

  int status() {
    return call.status();
  }

  /** Tells whether the first non-blank character opens a JSON object or array. */
  boolean startsLikeJson() {
    String start = text().stripLeading();
    return start.startsWith("{") || start.startsWith("[");
  }

  /**
   * Returns the body as text with the configured credentials hidden, for quoting it in a report.
   */
  String quotable() {
    return call.scrubber().scrub(text());
  }

  /** Returns the body as text, in the charset the content type names (UTF-8 otherwise). */
  String text() {
    return new String(bytes, call.charset());
  }

  /** Returns an exception reporting this body as unreadable, with a preview of it. */
  UnreadableResponseException unreadable(String reason, Throwable cause) {
    return call.unreadable(text(), reason, cause);
  }

  /** Returns an exception reporting this body as beyond the limit, with a preview of it. */
  UnreadableResponseException tooLarge(long limit) {
    return call.tooLong(text(), limit, null);
  }

  static String pathOf(String url) {
    return ReceivedCall.pathOf(url);
  }
}
