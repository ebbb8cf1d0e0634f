package dev.needledrop.discogs.testkit.internal.fault;

import com.sun.net.httpserver.HttpExchange;
import dev.needledrop.discogs.testkit.internal.net.ConnectionGate;
import java.time.Duration;
import java.util.Optional;

/**
 * What the stub needs to misbehave on purpose: the scripted faults, the gate that can reset a
 * connection, and the exchanges held without an answer.
 *
 * @param queue the scripted faults
 * @param gate the stub's front door
 * @param silence the exchanges held unanswered
 */
public record Faults(FaultQueue queue, ConnectionGate gate, SilentExchanges silence) {

  /** Uses and returns the first scripted fault that applies to the request, if any. */
  public Optional<Fault> take(String method, String rawPath) {
    return queue.take(method, rawPath);
  }

  /** Resets the client connection of the exchange. */
  public void reset(HttpExchange exchange) {
    gate.abort(exchange.getRemoteAddress());
  }

  /** Holds the exchange without answering for the given time. */
  public void holdSilently(HttpExchange exchange, Duration time) {
    silence.hold(exchange, time);
  }
}
