package dev.needledrop.discogs.testkit.internal.http;

import com.sun.net.httpserver.HttpExchange;
import dev.needledrop.discogs.testkit.internal.fault.Fault;
import dev.needledrop.discogs.testkit.internal.fault.Faults;
import dev.needledrop.discogs.testkit.internal.json.StubJson;
import dev.needledrop.discogs.testkit.internal.ratelimit.RateState;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Delivers a scripted fault in place of, or on top of, the stub's answer. Reports whether the
 * exchange is now held open, in which case the caller must not close it.
 */
final class FaultyAnswers {

  /** Discogs' message for a server failure. */
  static final String SERVER_ERROR = "An internal server error occurred.";

  private static final Map<Integer, String> REASONS =
      Map.of(
          500, "Internal Server Error",
          502, "Bad Gateway",
          503, "Service Temporarily Unavailable",
          504, "Gateway Timeout",
          520, "Web Server Returned an Unknown Error",
          521, "Web Server Is Down",
          522, "Connection Timed Out",
          523, "Origin Is Unreachable",
          524, "A Timeout Occurred");

  // Long enough for the relay to pass on the bytes already written before the reset cuts it.
  private static final Duration DRAIN = Duration.ofMillis(20);

  private final Faults faults;

  FaultyAnswers(Faults faults) {
    this.faults = faults;
  }

  /** Misbehaves instead of answering: the endpoint has not run. Returns whether held open. */
  boolean instead(HttpExchange exchange, Fault fault, RateState state) throws IOException {
    return switch (fault.kind()) {
      case RATE_LIMITED -> send(exchange, rateLimited(fault, state));
      case SERVER_ERROR -> send(exchange, serverError(fault, state));
      case HTML_ERROR -> send(exchange, htmlPage(fault));
      case RESET -> reset(exchange);
      case NO_ANSWER -> holdSilently(exchange, fault);
      default -> throw new IllegalStateException(fault.kind() + " needs the endpoint's answer");
    };
  }

  /** Spoils the endpoint's answer. Returns whether the exchange is held open. */
  boolean spoil(HttpExchange exchange, Fault fault, Outgoing answer, RateState state)
      throws IOException {
    return switch (fault.kind()) {
      case RATE_LIMITED, SERVER_ERROR, HTML_ERROR, RESET, NO_ANSWER ->
          instead(exchange, fault, state);
      case EMPTY_OK -> send(exchange, new Outgoing(200, answer.headers(), new byte[0]));
      case MALFORMED_JSON -> send(exchange, firstHalf(answer));
      case TRUNCATED_BODY -> truncate(exchange, answer);
      case SLOW_BODY -> slowly(exchange, answer, fault.pause());
      case DELAYED_ANSWER -> later(exchange, answer, fault.pause());
    };
  }

  private boolean send(HttpExchange exchange, Outgoing answer) throws IOException {
    ResponseSender.send(exchange, answer, false);
    return false;
  }

  private boolean reset(HttpExchange exchange) {
    faults.reset(exchange);
    return false;
  }

  private boolean holdSilently(HttpExchange exchange, Fault fault) {
    faults.holdSilently(exchange, fault.pause());
    return true;
  }

  private boolean truncate(HttpExchange exchange, Outgoing answer) throws IOException {
    byte[] body = answer.body();
    startBody(exchange, answer, body.length).write(body, 0, body.length / 2);
    exchange.getResponseBody().flush();
    pause(DRAIN);
    return reset(exchange);
  }

  private boolean slowly(HttpExchange exchange, Outgoing answer, Duration pause)
      throws IOException {
    byte[] body = answer.body();
    OutputStream out = startBody(exchange, answer, body.length);
    out.write(body, 0, body.length / 2);
    out.flush();
    pause(pause);
    out.write(body, body.length / 2, body.length - body.length / 2);
    out.close();
    return false;
  }

  private boolean later(HttpExchange exchange, Outgoing answer, Duration pause) throws IOException {
    pause(pause);
    return send(exchange, answer);
  }

  private static OutputStream startBody(HttpExchange exchange, Outgoing answer, int length)
      throws IOException {
    answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
    exchange.sendResponseHeaders(answer.status(), length == 0 ? -1 : length);
    return exchange.getResponseBody();
  }

  private static Outgoing firstHalf(Outgoing answer) {
    byte[] body = answer.body();
    return new Outgoing(answer.status(), answer.headers(), Arrays.copyOf(body, body.length / 2));
  }

  private static Outgoing rateLimited(Fault fault, RateState state) {
    Map<String, String> headers = retryAfter(fault, new RateState(state.limit(), state.limit()));
    headers.put("Content-Type", "application/json");
    return new Outgoing(
        429, headers, StubJson.write(StubJson.message("You are making requests too quickly.")));
  }

  private static Outgoing serverError(Fault fault, RateState state) {
    Map<String, String> headers = retryAfter(fault, state);
    headers.put("Content-Type", "application/json");
    return new Outgoing(fault.status(), headers, StubJson.write(StubJson.message(SERVER_ERROR)));
  }

  private static Outgoing htmlPage(Fault fault) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "text/html; charset=utf-8");
    fault.retryAfter().ifPresent(wait -> headers.put("Retry-After", seconds(wait)));
    String title = fault.status() + " " + REASONS.getOrDefault(fault.status(), "Server Error");
    String page =
        "<!DOCTYPE html><html><head><title>"
            + title
            + "</title></head><body><h1>"
            + title
            + "</h1><p>The server is temporarily unable to serve your request.</p></body></html>";
    return new Outgoing(fault.status(), headers, page.getBytes(StandardCharsets.UTF_8));
  }

  private static Map<String, String> retryAfter(Fault fault, RateState state) {
    Map<String, String> headers = new LinkedHashMap<>(state.headers());
    fault.retryAfter().ifPresent(wait -> headers.put("Retry-After", seconds(wait)));
    return headers;
  }

  private static String seconds(Duration wait) {
    return Long.toString(wait.toSeconds());
  }

  private static void pause(Duration pause) {
    if (pause.isZero()) {
      return;
    }
    try {
      Thread.sleep(pause.toMillis());
    } catch (InterruptedException stopping) {
      // The stub is closing: finish at once.
      Thread.currentThread().interrupt();
    }
  }
}
