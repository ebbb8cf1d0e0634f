package dev.needledrop.discogs.testkit;

import dev.needledrop.discogs.testkit.internal.http.CannedAnswer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A canned answer for {@link StubDiscogsServer#enqueue}: sent exactly as given (status, headers,
 * body), after an optional delay, in place of what the stub would answer. Use it to replay a
 * recorded bug case or a fault. Immutable: every method returns a new answer.
 *
 * <pre>{@code
 * stub.enqueue(StubResponse.status(503).header("Retry-After", "30").body("<html>down</html>"));
 * }</pre>
 */
public final class StubResponse {

  private final int status;
  private final List<Map.Entry<String, String>> headers;
  private final byte[] body;
  private final Duration delay;

  private StubResponse(
      int status, List<Map.Entry<String, String>> headers, byte[] body, Duration delay) {
    this.status = status;
    this.headers = List.copyOf(headers);
    this.body = body;
    this.delay = delay;
  }

  /** Returns an answer with the status, no headers and an empty body. */
  public static StubResponse status(int status) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("status must be from 100 to 599, but was " + status);
    }
    return new StubResponse(status, List.of(), new byte[0], Duration.ZERO);
  }

  /** Returns a 200 with a JSON body and {@code Content-Type: application/json}. */
  public static StubResponse json(String json) {
    return status(200).header("Content-Type", "application/json").body(json);
  }

  /** Returns this answer with one more header; a header may be given several times. */
  public StubResponse header(String name, String value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    List<Map.Entry<String, String>> more = new ArrayList<>(headers);
    more.add(Map.entry(name, value));
    return new StubResponse(status, more, body, delay);
  }

  /** Returns this answer with the body, as UTF-8 text. */
  public StubResponse body(String text) {
    return body(Objects.requireNonNull(text, "text").getBytes(StandardCharsets.UTF_8));
  }

  /** Returns this answer with the body bytes. */
  public StubResponse body(byte[] bytes) {
    return new StubResponse(status, headers, Objects.requireNonNull(bytes, "bytes").clone(), delay);
  }

  /** Returns this answer sent only after the delay, to make a client's read time out. */
  public StubResponse delay(Duration wait) {
    Objects.requireNonNull(wait, "wait");
    if (wait.isNegative()) {
      throw new IllegalArgumentException("delay must not be negative, but was " + wait);
    }
    return new StubResponse(status, headers, body, wait);
  }

  /** Returns the status. */
  public int statusCode() {
    return status;
  }

  /** Returns the headers, in order. */
  public List<Map.Entry<String, String>> headers() {
    return headers;
  }

  /** Returns a copy of the body. */
  public byte[] bodyBytes() {
    return body.clone();
  }

  /** Returns the delay before answering. */
  public Duration delay() {
    return delay;
  }

  CannedAnswer toCannedAnswer() {
    return new CannedAnswer(status, headers, body, delay);
  }

  @Override
  public String toString() {
    return "StubResponse["
        + status
        + ", "
        + headers.size()
        + " headers, "
        + body.length
        + " body bytes, delay "
        + delay
        + "]";
  }
}
