package dev.needledrop.discogs.feign.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A response the {@link CaseServer} plays back: status, headers, body bytes, and optionally a delay
 * before answering or gzip compression of the body.
 */
public record ScriptedResponse(
    int status, Map<String, String> headers, byte[] body, Duration delay, boolean gzip) {

  /** Creates a response, copying the headers. */
  public ScriptedResponse {
    headers = Map.copyOf(headers);
    body = body.clone();
  }

  /** Returns a JSON response with the Discogs rate-limit headers (60 / 3 used / 57 left). */
  public static ScriptedResponse json(int status, String body) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    headers.put("X-Discogs-Ratelimit", "60");
    headers.put("X-Discogs-Ratelimit-Used", "3");
    headers.put("X-Discogs-Ratelimit-Remaining", "57");
    return new ScriptedResponse(
        status, headers, body.getBytes(StandardCharsets.UTF_8), Duration.ZERO, false);
  }

  /** Returns a JSON 200 response. */
  public static ScriptedResponse ok(String body) {
    return json(200, body);
  }

  /** Returns a JSON 200 response with the given bytes, as a fixture file holds them. */
  public static ScriptedResponse ok(byte[] body) {
    return json(200, "").withBody(body);
  }

  /** Returns a response with only the given status and headers, and no body. */
  public static ScriptedResponse empty(int status, Map<String, String> headers) {
    return new ScriptedResponse(status, headers, new byte[0], Duration.ZERO, false);
  }

  /** Returns this response with another body. */
  public ScriptedResponse withBody(byte[] newBody) {
    return new ScriptedResponse(status, headers, newBody, delay, gzip);
  }

  /** Returns this response with one header added or replaced. */
  public ScriptedResponse withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new ScriptedResponse(status, more, body, delay, gzip);
  }

  /** Returns this response answered only after the delay. */
  public ScriptedResponse delayedBy(Duration wait) {
    return new ScriptedResponse(status, headers, body, wait, gzip);
  }

  /** Returns this response with its body gzip-compressed and announced as such. */
  public ScriptedResponse gzipped() {
    return new ScriptedResponse(status, headers, body, delay, true)
        .withHeader("Content-Encoding", "gzip");
  }
}
