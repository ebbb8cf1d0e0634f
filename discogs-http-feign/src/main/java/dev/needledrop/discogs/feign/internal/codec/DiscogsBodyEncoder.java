package dev.needledrop.discogs.feign.internal.codec;

import feign.RequestTemplate;
import feign.codec.Encoder;
import java.lang.reflect.Type;
import java.util.Objects;

/**
 * Writes request bodies: a {@link MultipartForm} as it is, with its boundary in the {@code
 * Content-Type}, and anything else as JSON.
 */
public final class DiscogsBodyEncoder implements Encoder {

  private final JsonBodyEncoder json;

  /** Creates an encoder writing JSON with the given configuration. */
  public DiscogsBodyEncoder(Json json) {
    this.json = new JsonBodyEncoder(Objects.requireNonNull(json, "json"));
  }

  @Override
  public void encode(Object body, Type bodyType, RequestTemplate template) {
    if (body instanceof MultipartForm form) {
      template.body(form.body(), null);
      template.removeHeader("Content-Type").headerLiteral("Content-Type", form.contentType());
    } else {
      json.encode(body, bodyType, template);
    }
  }
}
