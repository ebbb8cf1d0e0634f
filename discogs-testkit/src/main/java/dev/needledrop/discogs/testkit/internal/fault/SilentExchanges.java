package dev.needledrop.discogs.testkit.internal.fault;

import com.sun.net.httpserver.HttpExchange;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Exchanges the stub holds without answering, each until its time is up or the stub closes; then
 * their connections are closed without an answer. Holding one takes no thread. Thread-safe.
 */
public final class SilentExchanges implements AutoCloseable {

  private final Set<HttpExchange> held = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "stub-discogs-silence");
            thread.setDaemon(true);
            return thread;
          });

  /** Holds the exchange unanswered for the given time. */
  public void hold(HttpExchange exchange, Duration time) {
    held.add(exchange);
    timer.schedule(() -> release(exchange), time.toNanos(), TimeUnit.NANOSECONDS);
  }

  /** Returns how many exchanges are held now. */
  public int size() {
    return held.size();
  }

  /** Closes every held exchange and stops the timer. */
  @Override
  public void close() {
    timer.shutdownNow();
    held.forEach(this::release);
  }

  private void release(HttpExchange exchange) {
    if (held.remove(exchange)) {
      exchange.close();
    }
  }
}
