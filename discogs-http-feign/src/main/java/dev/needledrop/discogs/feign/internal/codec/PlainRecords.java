package dev.needledrop.discogs.feign.internal.codec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.util.AccessPattern;
import java.io.IOException;

/**
 * Reads the wire records straight into their constructor's arguments.
 *
 * <p>Jackson reads a record through a general buffer that, for each component the JSON leaves out,
 * asks again which value stands for an absent one; a Discogs tracklist leaves out several
 * components of each of thousands of entries. For a plain record (every property a constructor
 * argument, unknown fields ignored, nothing injected, unwrapped, typed or viewed) this reader fills
 * the arguments as the fields arrive and knows once and for all which absent components are plain
 * nulls. Anything else, and any record under settings that check missing or null arguments, is read
 * by Jackson's own path, as are all values inside the fields.
 */
final class PlainRecords extends SimpleModule {

  private static final long serialVersionUID = 1L;

  PlainRecords() {
    super("discogs-plain-records");
    setDeserializerModifier(new Modifier());
  }

  private static final class Modifier extends BeanDeserializerModifier {

    private static final long serialVersionUID = 1L;

    @Override
    public JsonDeserializer<?> modifyDeserializer(
        DeserializationConfig config, BeanDescription description, JsonDeserializer<?> found) {
      boolean plainBean = found.getClass() == BeanDeserializer.class;
      return plainBean && description.getBeanClass().isRecord()
          ? new RecordReader((BeanDeserializer) found)
          : found;
    }
  }

  /**
   * A record's constructor arguments, in order, and for each whether an absent one is always null.
   */
  private record Arguments(SettableBeanProperty[] properties, boolean[] absentIsNull) {}

  /** Jackson's reader of one record type, with a shorter path for plain records. */
  private static final class RecordReader extends BeanDeserializer {

    private static final long serialVersionUID = 1L;

    // The constructor's arguments, known once Jackson has resolved them. Racy but benign: every
    // thread computes the same answer.
    private transient volatile Arguments layout;

    // Whether the record is plain, known once Jackson has resolved it.
    private transient volatile Boolean plain;

    RecordReader(BeanDeserializerBase base) {
      super(base);
    }

    @Override
    protected Object _deserializeUsingPropertyBased(JsonParser p, DeserializationContext ctxt)
        throws IOException {
      if (!isPlain(ctxt)) {
        return super._deserializeUsingPropertyBased(p, ctxt);
      }
      int count = _propertyBasedCreator.properties().size();
      Object[] arguments = new Object[count];
      long seen = 0;
      for (JsonToken token = p.currentToken();
          token == JsonToken.FIELD_NAME;
          token = p.nextToken()) {
        String name = p.currentName();
        p.nextToken();
        SettableBeanProperty property = _propertyBasedCreator.findCreatorProperty(name);
        if (property == null) {
          p.skipChildren();
          continue;
        }
        int index = property.getCreatorIndex();
        arguments[index] = read(property, p, ctxt);
        seen |= 1L << index;
      }
      fillAbsent(arguments, seen, ctxt);
      try {
        return _valueInstantiator.createFromObjectWith(ctxt, arguments);
      } catch (Exception failure) {
        return wrapInstantiationProblem(failure, ctxt);
      }
    }

    private Object read(SettableBeanProperty property, JsonParser p, DeserializationContext ctxt)
        throws IOException {
      try {
        return property.deserialize(p, ctxt);
      } catch (Exception failure) {
        return wrapAndThrow(failure, _beanType.getRawClass(), property.getName(), ctxt);
      }
    }

    private void fillAbsent(Object[] arguments, long seen, DeserializationContext ctxt)
        throws IOException {
      Arguments known = layout(ctxt);
      for (int index = 0; index < arguments.length; index++) {
        if ((seen & (1L << index)) == 0 && !known.absentIsNull()[index]) {
          arguments[index] = absentValue(known.properties()[index], ctxt);
        }
      }
    }

    private Arguments layout(DeserializationContext ctxt) throws IOException {
      Arguments known = layout;
      if (known == null) {
        int count = _propertyBasedCreator.properties().size();
        SettableBeanProperty[] properties = new SettableBeanProperty[count];
        boolean[] absentIsNull = new boolean[count];
        for (SettableBeanProperty property : _propertyBasedCreator.properties()) {
          properties[property.getCreatorIndex()] = property;
          absentIsNull[property.getCreatorIndex()] = isAlwaysNullWhenAbsent(property, ctxt);
        }
        known = new Arguments(properties, absentIsNull);
        layout = known;
      }
      return known;
    }

    // Asked as Jackson asks for a component the JSON left out.
    private static Object absentValue(SettableBeanProperty property, DeserializationContext ctxt)
        throws IOException {
      Object absent = property.getNullValueProvider().getAbsentValue(ctxt);
      return absent != null ? absent : property.getValueDeserializer().getAbsentValue(ctxt);
    }

    private static boolean isAlwaysNullWhenAbsent(
        SettableBeanProperty property, DeserializationContext ctxt) throws IOException {
      return isFixed(property.getNullValueProvider().getNullAccessPattern())
          && isFixed(property.getValueDeserializer().getNullAccessPattern())
          && absentValue(property, ctxt) == null;
    }

    private static boolean isFixed(AccessPattern pattern) {
      return pattern == AccessPattern.ALWAYS_NULL || pattern == AccessPattern.CONSTANT;
    }

    private boolean isPlain(DeserializationContext ctxt) {
      Boolean known = plain;
      if (known == null) {
        known = isPlainRecord();
        plain = known;
      }
      return known
          && !ctxt.isEnabled(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
          && !ctxt.isEnabled(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES);
    }

    private boolean isPlainRecord() {
      return _propertyBasedCreator != null
          && _propertyBasedCreator.properties().size() <= Long.SIZE
          && _propertyBasedCreator.properties().size() == _beanProperties.size()
          && _ignoreAllUnknown
          && _anySetter == null
          && _injectables == null
          && _unwrappedPropertyHandler == null
          && _externalTypeIdHandler == null
          && _objectIdReader == null
          && !_needViewProcesing
          && _ignorableProps == null
          && _includableProps == null
          && noneRequired();
    }

    private boolean noneRequired() {
      for (SettableBeanProperty property : _propertyBasedCreator.properties()) {
        if (property.isRequired() || property.getInjectableValueId() != null) {
          return false;
        }
      }
      return true;
    }
  }
}
