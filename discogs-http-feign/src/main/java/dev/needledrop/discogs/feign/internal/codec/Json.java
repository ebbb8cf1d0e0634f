package dev.needledrop.discogs.feign.internal.codec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.needledrop.discogs.DiscogsConfig;
import java.lang.reflect.Type;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The adapter's one Jackson configuration, built once, with a cached reader per type.
 *
 * <p>Reading is tolerant as the Discogs API requires: unknown fields are ignored, wire names are
 * snake_case, an empty string reads as an absent value for anything but text, a single value reads
 * as a one-item list, and numbers are read leniently (see {@link LenientNumbers}). Money stays
 * exact: {@code BigDecimal} fields are read from the number's text, never through a double.
 * Trailing content after the JSON value is an error, so a truncated or concatenated body is caught.
 * Objects and arrays may nest {@value DiscogsConfig#DEFAULT_MAX_NESTING_DEPTH} levels deep, unless
 * a configuration allows another depth ({@link #withMaxNestingDepth}). Thread-safe.
 */
public final class Json {

  private static final Json SHARED = new Json(createMapper());

  // One instance per depth asked for, sharing the mapper and so its deserializers.
  private static final ConcurrentMap<Integer, Json> BY_DEPTH = new ConcurrentHashMap<>();

  private final ObjectMapper mapper;
  private final JsonFactory factory;
  private final ObjectWriter writer;
  private final ConcurrentMap<Type, ObjectReader> readers = new ConcurrentHashMap<>();

  private Json(ObjectMapper mapper) {
    this(mapper, mapper.getFactory());
  }

  private Json(ObjectMapper mapper, JsonFactory factory) {
    this.mapper = mapper;
    this.factory = factory;
    this.writer = mapper.writer();
  }

  /** Returns the shared instance. */
  public static Json shared() {
    return SHARED;
  }

  /** Returns the shared configuration reading JSON nested at most the given number of levels. */
  public Json withMaxNestingDepth(int depth) {
    if (depth == maxNestingDepth()) {
      return this;
    }
    return BY_DEPTH.computeIfAbsent(depth, Json::withDepth);
  }

  /** Returns how many levels of objects and arrays the readers accept. */
  public int maxNestingDepth() {
    return factory.streamReadConstraints().getMaxNestingDepth();
  }

  /** Returns the reader for the given type, built once and reused. */
  public ObjectReader readerFor(Type type) {
    return readers.computeIfAbsent(
        type, key -> mapper.readerFor(mapper.constructType(key)).with(factory));
  }

  /** Returns the value as JSON bytes. */
  public byte[] write(Object value) throws JsonProcessingException {
    return writer.writeValueAsBytes(value);
  }

  private static Json withDepth(int depth) {
    JsonFactory factory =
        SHARED.factory.rebuild().streamReadConstraints(constraints(depth)).build();
    return new Json(SHARED.mapper, factory);
  }

  private static StreamReadConstraints constraints(int depth) {
    return StreamReadConstraints.builder().maxNestingDepth(depth).build();
  }

  private static ObjectMapper createMapper() {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(constraints(DiscogsConfig.DEFAULT_MAX_NESTING_DEPTH))
            .build();
    JsonMapper mapper =
        JsonMapper.builder(factory)
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .addModule(new LenientNumbers())
            .addModule(new SkipUnknownFields())
            .addModule(new PlainRecords())
            .build();
    // Discogs writes "" where a number, a list or an object is unknown, such as a search year.
    mapper
        .coercionConfigDefaults()
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull);
    return mapper;
  }
}
