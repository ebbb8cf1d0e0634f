package dev.needledrop.discogs.feign.internal.codec;

import feign.Response;
import feign.codec.Decoder;
import java.lang.reflect.Type;

/**
 * Reads a successful response's body as text, exactly as the server sent it once inflated, in the
 * charset its content type names (UTF-8 otherwise).
 *
 * <p>Only called for a 2xx response; error statuses go to the {@link DiscogsErrorDecoder}. A body
 * larger than the JSON decoder accepts is refused as unreadable rather than cut off.
 */
public final class RawBodyDecoder implements Decoder {

  @Override
  public Object decode(Response response, Type type) {
    ResponseBody body = ResponseBody.read(response, ResponseBody.MAX_SUCCESS_BYTES + 1);
    if (body.bytes().length > ResponseBody.MAX_SUCCESS_BYTES) {
      throw body.unreadable(
          "the body is larger than " + ResponseBody.MAX_SUCCESS_BYTES + " bytes", null);
    }
    return body.text();
  }
}
