package dev.needledrop.discogs.feign.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A bug case from {@code src/test/resources/cases}: the request a client should send, the response
 * Discogs gave, and the expectation in words.
 */
public record BugCase(
    String id,
    String method,
    String path,
    Map<String, String> query,
    ScriptedResponse response,
    String expect) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Loads the case with the given id, such as {@code B01}. */
  public static BugCase load(String id) {
    String resource = "/cases/" + id + ".json";
    try (InputStream in = BugCase.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no case " + resource + " on the classpath");
      }
      return read(JSON.readTree(in));
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  /** Returns the scripted response with another JSON body. */
  public ScriptedResponse responseWithBody(String json) {
    return response.withBody(json.getBytes(StandardCharsets.UTF_8));
  }

  /** Returns the case's response body as JSON text, for tests that vary it. */
  public String bodyText() {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  private static BugCase read(JsonNode node) throws IOException {
    JsonNode request = node.path("request");
    Map<String, String> query = new LinkedHashMap<>();
    request.path("query").properties().forEach(q -> query.put(q.getKey(), q.getValue().asText()));
    return new BugCase(
        node.path("id").asText(),
        request.path("method").asText(),
        request.path("path").asText(),
        query,
        response(node.path("response")),
        node.path("expect").asText());
  }

  private static ScriptedResponse response(JsonNode response) throws IOException {
    Map<String, String> headers = new LinkedHashMap<>();
    response
        .path("headers")
        .properties()
        .forEach(h -> headers.put(h.getKey(), h.getValue().asText()));
    JsonNode body = response.path("body");
    byte[] bytes =
        body.isTextual()
            ? body.asText().getBytes(StandardCharsets.UTF_8)
            : JSON.writeValueAsBytes(body);
    return new ScriptedResponse(
        response.path("status").asInt(), headers, bytes, Duration.ZERO, false);
  }
}
