package dev.needledrop.discogs.testkit.internal.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads and writes the stub's JSON with Jackson's tree model, in the layout Discogs uses.
 *
 * <p>Discogs serialises like Python's {@code json.dumps}: a space after every colon and comma, and
 * non-ASCII characters escaped. Clients have matched error bodies on that layout, so the stub keeps
 * it. Thread-safe.
 */
public final class StubJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .nodeFactory(NODES)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          // Prices keep the decimals they were given: 12.50 stays 12.50.
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
          .build();

  private static final ObjectWriter WRITER = MAPPER.writer(new PythonStylePrinter());

  private StubJson() {}

  /** Returns a new empty object. */
  public static ObjectNode object() {
    return NODES.objectNode();
  }

  /** Returns a new empty array. */
  public static ArrayNode array() {
    return NODES.arrayNode();
  }

  /** Parses JSON text, failing with {@link IllegalArgumentException} when it is not JSON. */
  public static JsonNode parse(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException notJson) {
      throw new IllegalArgumentException(
          "not valid JSON: " + notJson.getOriginalMessage(), notJson);
    }
  }

  /** Parses JSON text that must be an object. */
  public static ObjectNode parseObject(String text) {
    return requireObject(parse(text));
  }

  /** Parses JSON text, or returns empty when it is blank or not JSON. */
  public static Optional<JsonNode> tryParse(String text) {
    if (text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(MAPPER.readTree(text));
    } catch (JsonProcessingException notJson) {
      return Optional.empty();
    }
  }

  /** Reads a JSON document from a stream, closing it. */
  public static JsonNode read(InputStream in) {
    try (in) {
      return MAPPER.readTree(in);
    } catch (IOException unreadable) {
      throw new UncheckedIOException("could not read JSON", unreadable);
    }
  }

  /** Returns the node as an object, or fails naming what it was. */
  public static ObjectNode requireObject(JsonNode node) {
    if (!(node instanceof ObjectNode object)) {
      throw new IllegalArgumentException("expected a JSON object, but was " + node.getNodeType());
    }
    return object;
  }

  /** Returns a deep copy of the object. */
  public static ObjectNode copy(ObjectNode node) {
    return node.deepCopy();
  }

  /** Writes the node as Discogs does: Python layout, non-ASCII escaped, UTF-8. */
  public static byte[] write(JsonNode node) {
    return toText(node).getBytes(StandardCharsets.UTF_8);
  }

  /** Returns the node as Discogs-layout text. */
  public static String toText(JsonNode node) {
    try {
      return WRITER.writeValueAsString(node);
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException("a JSON tree could not be written", impossible);
    }
  }

  /** Returns the {@code {"message": "..."}} body of a Discogs error. */
  public static ObjectNode message(String message) {
    ObjectNode body = object();
    body.put("message", message);
    return body;
  }

  /** Returns the text of a field, or empty text when absent, null or not a value. */
  public static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isValueNode() && !value.isNull() ? value.asText() : "";
  }

  /** Returns the texts of an array field of strings; empty when absent. */
  public static List<String> texts(JsonNode node, String field) {
    List<String> values = new ArrayList<>();
    for (JsonNode item : node.path(field)) {
      if (item.isValueNode() && !item.isNull()) {
        values.add(item.asText());
      }
    }
    return values;
  }

  /** Returns the texts of one field of each object in an array field. */
  public static List<String> texts(JsonNode node, String arrayField, String field) {
    List<String> values = new ArrayList<>();
    for (JsonNode item : node.path(arrayField)) {
      String value = text(item, field);
      if (!value.isEmpty()) {
        values.add(value);
      }
    }
    return values;
  }

  /** Returns the objects of an array field; empty when absent. */
  public static List<ObjectNode> objects(JsonNode node, String field) {
    List<ObjectNode> items = new ArrayList<>();
    for (JsonNode item : node.path(field)) {
      if (item instanceof ObjectNode object) {
        items.add(object);
      }
    }
    return items;
  }

  /** Returns a positive id field, or 0 when absent or not a number. */
  public static long id(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.canConvertToLong() ? Math.max(value.asLong(), 0) : 0;
  }
}
