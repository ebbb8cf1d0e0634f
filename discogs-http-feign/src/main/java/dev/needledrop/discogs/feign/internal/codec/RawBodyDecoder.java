package dev.needledrop.discogs.feign.internal.codec;

import dev.needledrop.discogs.DiscogsConfig;
import feign.Response;
import feign.codec.Decoder;
import java.lang.reflect.Type;

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

  /** Creates a decoder reading bodies up to the default limit. */
  public RawBodyDecoder() {
    this(DiscogsConfig.DEFAULT_MAX_RESPONSE_BYTES);
  }

  /** Creates a decoder reading bodies up to the given bytes. */
  public RawBodyDecoder(long maxBytes) {
    this.maxBytes = (int) Math.min(maxBytes, MOST_TEXT_BYTES);
  }

  @Override
  public Object decode(Response response, Type type) {
    ResponseBody body = ResponseBody.read(response, maxBytes + 1);
    if (body.bytes().length > maxBytes) {
      throw body.tooLarge(maxBytes);
    }
    return body.text();
  }
}
