package dev.needledrop.discogs.feign.internal.codec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.needledrop.discogs.DiscogsConfig;
import dev.needledrop.discogs.error.ResponseTooLargeException;
import dev.needledrop.discogs.error.UnreadableResponseException;
import dev.needledrop.discogs.internal.SecretScrubber;
import feign.Response;
import feign.codec.Decoder;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a successful response's JSON body into the call's wire type, as the body arrives.
 *
 * <p>Only called for a 2xx response whose call returns something (calls returning nothing succeed
 * without reading the body). A body that is empty, not JSON (such as a proxy's HTML page) or
 * malformed JSON becomes an {@link UnreadableResponseException} with the status, the content type
 * and the start of the body; so does JSON lacking an identifying field such as the id. A body
 * longer than the limit, or JSON nested deeper than the {@link Json} configuration allows, becomes
 * a {@link ResponseTooLargeException} once the limit is reached, without reading further.
 */
public final class JsonResponseDecoder implements Decoder {

  private final Json json;
  private final long maxBytes;
  private final SecretScrubber scrubber;

  /** Creates a decoder reading with the given JSON configuration, up to the default limit. */
  public JsonResponseDecoder(Json json) {
    this(json, DiscogsConfig.DEFAULT_MAX_RESPONSE_BYTES, SecretScrubber.none());
  }

  /**
   * Creates a decoder reading with the given JSON configuration, up to the given bytes a body,
   * hiding credentials with the scrubber in what a report quotes of a body.
   */
  public JsonResponseDecoder(Json json, long maxBytes, SecretScrubber scrubber) {
    this.json = Objects.requireNonNull(json, "json");
    this.maxBytes = maxBytes;
    this.scrubber = Objects.requireNonNull(scrubber, "scrubber");
  }

  @Override
  public Object decode(Response response, Type type) {
    ReceivedCall call = ReceivedCall.of(response, scrubber);
    BodyInput body = new BodyInput(call.open(response), maxBytes);
    try (body) {
      return read(call, body, type);
    } catch (IOException failure) {
      throw call.failure(failure, body.startText(call.charset()));
    }
  }

  private Object read(ReceivedCall call, BodyInput body, Type type) throws IOException {
    if (body.isEmpty()) {
      throw unreadable(call, body, "the body is empty where JSON was due", null);
    }
    if (!call.mayBeJson(body.firstNonBlank())) {
      throw unreadable(call, body, "the body is not JSON", null);
    }
    Object value;
    try {
      value = json.readerFor(type).readValue(body);
    } catch (IOException failure) {
      if (ReceivedCall.isTransfer(failure)) {
        throw failure;
      }
      String preview = body.startText(call.charset());
      Optional<ResponseTooLargeException> tooDeep =
          call.tooDeep(failure, preview, json.maxNestingDepth());
      if (tooDeep.isPresent()) {
        throw tooDeep.get();
      }
      throw call.unreadable(preview, describe(failure), failure);
    }
    if (value == null) {
      throw unreadable(call, body, "the body is JSON null where an object was due", null);
    }
    return value;
  }

  private static UnreadableResponseException unreadable(
      ReceivedCall call, BodyInput body, String reason, Throwable cause) {
    return call.unreadable(body.startText(call.charset()), reason, cause);
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
