package dev.needledrop.discogs.feign.internal.codec;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * Skips the fields a wire type does not model as the parser meets them.
 *
 * <p>Without it, Jackson copies each unknown field of a record (read through its constructor) into
 * a buffer, to replay it once the record is built and only then drop it; most of a Discogs answer
 * is such fields for some types. Skipping them reads the same values with less work.
 */
final class SkipUnknownFields extends SimpleModule {

  private static final long serialVersionUID = 1L;

  SkipUnknownFields() {
    super("discogs-skip-unknown-fields");
    setDeserializerModifier(new Skipping());
  }

  private static final class Skipping extends BeanDeserializerModifier {

    private static final long serialVersionUID = 1L;

    @Override
    public BeanDeserializerBuilder updateBuilder(
        DeserializationConfig config,
        BeanDescription description,
        BeanDeserializerBuilder builder) {
      builder.setIgnoreUnknownProperties(true);
      return builder;
    }
  }
}
