package dev.needledrop.discogs.feign.internal.codec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.needledrop.discogs.error.UnreadableResponseException;
import feign.Response;
import feign.codec.Decoder;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.Objects;

/**
 * Reads a successful response's JSON body into the call's wire type.
 *
 * <p>Only called for a 2xx response whose call returns something (calls returning nothing succeed
 * without reading the body). A body that is empty, not JSON (such as a proxy's HTML page) or
 * malformed JSON becomes an {@link UnreadableResponseException} with the status, the content type
 * and the start of the body; so does JSON lacking an identifying field such as the id.
 */
public final class JsonResponseDecoder implements Decoder {

  private final Json json;

  /** Creates a decoder reading with the given JSON configuration. */
  public JsonResponseDecoder(Json json) {
    this.json = Objects.requireNonNull(json, "json");
  }

  @Override
  public Object decode(Response response, Type type) {
    ResponseBody body = ResponseBody.read(response, ResponseBody.MAX_SUCCESS_BYTES);
    if (body.isEmpty()) {
      throw body.unreadable("the body is empty where JSON was due", null);
    }
    if (!body.mayBeJson()) {
      throw body.unreadable("the body is not JSON", null);
    }
    return read(body, type);
  }

  private Object read(ResponseBody body, Type type) {
    Object value;
    try {
      value = json.readerFor(type).readValue(body.bytes());
    } catch (IOException unreadable) {
      throw body.unreadable(describe(unreadable), unreadable);
    }
    if (value == null) {
      throw body.unreadable("the body is JSON null where an object was due", null);
    }
    return value;
  }

  private static String describe(IOException failure) {
    JsonParseException parse = parseFailure(failure);
    if (parse != null) {
      return "malformed JSON" + at(parse.getLocation());
    }
    if (failure instanceof ValueInstantiationException missing && missing.getCause() != null) {
      return "the JSON lacks a required value: " + missing.getCause().getMessage();
    }
    if (failure instanceof JsonMappingException mapping) {
      return "unexpected JSON shape at " + jsonPath(mapping) + at(mapping.getLocation());
    }
    return "malformed JSON (" + failure.getClass().getSimpleName() + ")";
  }

  // Databinding wraps syntax errors met while reading a value; they are still malformed JSON.
  private static JsonParseException parseFailure(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonParseException parse) {
        return parse;
      }
    }
    return null;
  }

  // Names the place in the JSON, such as $.tracklist[3].title, not the wire class behind it.
  private static String jsonPath(JsonMappingException mapping) {
    StringBuilder path = new StringBuilder("$");
    for (JsonMappingException.Reference step : mapping.getPath()) {
      if (step.getFieldName() != null) {
        path.append('.').append(step.getFieldName());
      } else if (step.getIndex() >= 0) {
        path.append('[').append(step.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String at(JsonLocation location) {
    if (location == null || location.getLineNr() < 0) {
      return "";
    }
    return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }
}
