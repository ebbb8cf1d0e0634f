package dev.needledrop.discogs.testkit.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What an endpoint answers before rendering: a status, an optional JSON body or raw bytes (such as
 * a CSV file or an image, sent as they are and never rendered), and extra headers.
 */
public record StubReply(
    int status, Optional<JsonNode> body, Map<String, String> headers, Optional<RawBody> raw) {

  /** Creates a reply, copying the headers in their order. */
  public StubReply {
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    raw = raw == null ? Optional.empty() : raw;
    if (body.isPresent() && raw.isPresent()) {
      throw new IllegalArgumentException("a reply has a JSON body or raw bytes, not both");
    }
  }

  /** Creates a reply with an optional JSON body. */
  public StubReply(int status, Optional<JsonNode> body, Map<String, String> headers) {
    this(status, body, headers, Optional.empty());
  }

  /** Returns a 200 with the body. */
  public static StubReply ok(JsonNode body) {
    return new StubReply(200, Optional.of(body), Map.of());
  }

  /** Returns a 200 with the body and extra headers, such as {@code Link}. */
  public static StubReply ok(JsonNode body, Map<String, String> headers) {
    return new StubReply(200, Optional.of(body), headers);
  }

  /** Returns a JSON answer with the given status, such as 201 for something created. */
  public static StubReply json(int status, JsonNode body, Map<String, String> headers) {
    return new StubReply(status, Optional.of(body), headers);
  }

  /** Returns a 204 without body. */
  public static StubReply noContent() {
    return new StubReply(204, Optional.empty(), Map.of());
  }

  /** Returns an answer without body, such as a 304 with its headers. */
  public static StubReply empty(int status, Map<String, String> headers) {
    return new StubReply(status, Optional.empty(), headers);
  }

  /** Returns a 200 carrying the bytes as they are, with their content type and extra headers. */
  public static StubReply bytes(String contentType, byte[] bytes, Map<String, String> headers) {
    Map<String, String> all = new LinkedHashMap<>();
    all.put("Content-Type", contentType);
    all.putAll(headers);
    return new StubReply(200, Optional.empty(), all, Optional.of(new RawBody(bytes)));
  }

  /** Bytes sent as they are. */
  public record RawBody(byte[] bytes) {

    /** Creates the body, copying the bytes. */
    public RawBody {
      bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
      return bytes.clone();
    }
  }
}
