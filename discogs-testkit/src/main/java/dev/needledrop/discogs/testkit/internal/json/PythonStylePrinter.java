package dev.needledrop.discogs.testkit.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;

/** Lays JSON out on one line with {@code ": "} and {@code ", "}, as Python's json module does. */
final class PythonStylePrinter extends MinimalPrettyPrinter {

  private static final long serialVersionUID = 1L;

  @Override
  public void writeObjectFieldValueSeparator(JsonGenerator generator) throws IOException {
    generator.writeRaw(": ");
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator generator) throws IOException {
    generator.writeRaw(", ");
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator generator) throws IOException {
    generator.writeRaw(", ");
  }
}
