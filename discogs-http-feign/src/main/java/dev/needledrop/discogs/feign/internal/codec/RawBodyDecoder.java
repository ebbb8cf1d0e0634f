package dev.needledrop.discogs.feign.internal.codec;

import dev.needledrop.discogs.DiscogsConfig;
import dev.needledrop.discogs.internal.SecretScrubber;
import feign.Response;
import feign.codec.Decoder;
import java.lang.reflect.Type;
import java.util.Objects;

/**
 * Reads a successful response's body as text, exactly as the server sent it once inflated, in the
 * charset its content type names (UTF-8 otherwise).
 *
 * <p>Only called for a 2xx response; error statuses go to the {@link DiscogsErrorDecoder}. A body
 * longer than the limit is refused with a {@code ResponseTooLargeException} rather than cut off.
 */
public final class RawBodyDecoder implements Decoder {

  // Text is held whole: no more than an array can hold.
  private static final long MOST_TEXT_BYTES = Integer.MAX_VALUE - 16;

  private final int maxBytes;
  private final SecretScrubber scrubber;

  /** Creates a decoder reading bodies up to the default limit. */
  public RawBodyDecoder() {
    this(DiscogsConfig.DEFAULT_MAX_RESPONSE_BYTES, SecretScrubber.none());
  }

  /**
   * Creates a decoder reading bodies up to the given bytes, hiding credentials with the scrubber in
   * what a report quotes of a body.
   */
  public RawBodyDecoder(long maxBytes, SecretScrubber scrubber) {
    this.maxBytes = (int) Math.min(maxBytes, MOST_TEXT_BYTES);
    this.scrubber = Objects.requireNonNull(scrubber, "scrubber");
  }

  @Override
  public Object decode(Response response, Type type) {
    ResponseBody body = ResponseBody.read(response, maxBytes + 1, scrubber);
    if (body.bytes().length > maxBytes) {
      throw body.tooLarge(maxBytes);
    }
    return body.text();
  }
}
