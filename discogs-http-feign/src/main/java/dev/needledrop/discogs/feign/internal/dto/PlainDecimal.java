package dev.needledrop.discogs.feign.internal.dto;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Writes an amount as a plain JSON number with the decimals it holds: {@code 22.50} stays {@code
 * 22.50}, never {@code 2.25E+1}, never a string, never a comma.
 */
final class PlainDecimal extends StdSerializer<BigDecimal> {

  private static final long serialVersionUID = 1L;

  PlainDecimal() {
    super(BigDecimal.class);
  }

  @Override
  public void serialize(BigDecimal value, JsonGenerator generator, SerializerProvider provider)
      throws IOException {
    generator.writeNumber(value.toPlainString());
  }
}
