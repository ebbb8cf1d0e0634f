package dev.needledrop.discogs.feign.internal.codec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonParser.NumberType;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads whole numbers and money amounts without failing a response over one odd value.
 *
 * <p>Discogs sends some numbers as text ({@code "1990"}), some as {@code ""} or {@code null} when
 * unknown, and older records hold the odd stray value. A number or numeric text reads as the
 * number; anything else (empty or other text, an object, an array, a boolean, an out-of-range
 * number) reads as absent. Amounts are read from the number's text, so they stay exact.
 */
final class LenientNumbers extends SimpleModule {

  private static final long serialVersionUID = 1L;

  private static final Pattern NUMERIC_TEXT = Pattern.compile("-?\\d{1,30}(\\.\\d{1,30})?");

  LenientNumbers() {
    super("discogs-lenient-numbers");
    addDeserializer(Integer.class, new LenientInteger());
    addDeserializer(Long.class, new LenientLong());
    addDeserializer(BigDecimal.class, new LenientDecimal());
  }

  private static BigDecimal read(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      return parser.getDecimalValue();
    }
    if (token == JsonToken.VALUE_STRING) {
      return parse(parser.getText());
    }
    parser.skipChildren();
    return null;
  }

  private static BigDecimal parse(String text) {
    String trimmed = text.trim();
    if (!NUMERIC_TEXT.matcher(trimmed).matches()) {
      return null;
    }
    return new BigDecimal(trimmed);
  }

  // Whole numbers, by far the most common, are read without going through a decimal.
  private static boolean isWhole(JsonParser parser) {
    return parser.currentToken() == JsonToken.VALUE_NUMBER_INT;
  }

  private static final class LenientInteger extends StdScalarDeserializer<Integer> {

    private static final long serialVersionUID = 1L;

    LenientInteger() {
      super(Integer.class);
    }

    @Override
    public Integer deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      if (isWhole(parser)) {
        return parser.getNumberType() == NumberType.INT ? parser.getIntValue() : null;
      }
      BigDecimal value = read(parser);
      try {
        return value == null ? null : value.toBigInteger().intValueExact();
      } catch (ArithmeticException outOfRange) {
        return null;
      }
    }
  }

  private static final class LenientLong extends StdScalarDeserializer<Long> {

    private static final long serialVersionUID = 1L;

    LenientLong() {
      super(Long.class);
    }

    @Override
    public Long deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      if (isWhole(parser)) {
        return parser.getNumberType() == NumberType.BIG_INTEGER ? null : parser.getLongValue();
      }
      BigDecimal value = read(parser);
      try {
        return value == null ? null : value.toBigInteger().longValueExact();
      } catch (ArithmeticException outOfRange) {
        return null;
      }
    }
  }

  private static final class LenientDecimal extends StdScalarDeserializer<BigDecimal> {

    private static final long serialVersionUID = 1L;

    LenientDecimal() {
      super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      return read(parser);
    }
  }
}
