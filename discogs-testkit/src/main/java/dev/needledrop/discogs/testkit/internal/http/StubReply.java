package dev.needledrop.discogs.testkit.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** What an endpoint answers before rendering: a status, an optional JSON body and extra headers. */
public record StubReply(int status, Optional<JsonNode> body, Map<String, String> headers) {

  /** Creates a reply, copying the headers in their order. */
  public StubReply {
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }

  /** Returns a 200 with the body. */
  public static StubReply ok(JsonNode body) {
    return new StubReply(200, Optional.of(body), Map.of());
  }

  /** Returns a 200 with the body and extra headers, such as {@code Link}. */
  public static StubReply ok(JsonNode body, Map<String, String> headers) {
    return new StubReply(200, Optional.of(body), headers);
  }

  /** Returns a 204 without body. */
  public static StubReply noContent() {
    return new StubReply(204, Optional.empty(), Map.of());
  }
}
