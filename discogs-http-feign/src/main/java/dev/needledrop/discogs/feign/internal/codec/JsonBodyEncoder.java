package dev.needledrop.discogs.feign.internal.codec;

import com.fasterxml.jackson.core.JsonProcessingException;
import feign.RequestTemplate;
import feign.codec.EncodeException;
import feign.codec.Encoder;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** Writes a request body as JSON, as Discogs expects for every write it documents. */
public final class JsonBodyEncoder implements Encoder {

  private final Json json;

  /** Creates an encoder writing with the given JSON configuration. */
  public JsonBodyEncoder(Json json) {
    this.json = Objects.requireNonNull(json, "json");
  }

  @Override
  public void encode(Object body, Type bodyType, RequestTemplate template) {
    try {
      template.body(json.write(body), StandardCharsets.UTF_8);
    } catch (JsonProcessingException unwritable) {
      throw new EncodeException("could not write the request body as JSON", unwritable);
    }
    template.removeHeader("Content-Type").headerLiteral("Content-Type", "application/json");
  }
}
