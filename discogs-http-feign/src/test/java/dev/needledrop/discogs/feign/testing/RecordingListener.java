package dev.needledrop.discogs.feign.testing;

import dev.needledrop.discogs.observability.AttemptFinished;
import dev.needledrop.discogs.observability.AttemptStarted;
import dev.needledrop.discogs.observability.CallFinished;
import dev.needledrop.discogs.observability.CallListener;
import dev.needledrop.discogs.observability.Waiting;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every event a client reports, for tests. Thread-safe. */
public final class RecordingListener implements CallListener {

  private final List<Object> events = new CopyOnWriteArrayList<>();

  @Override
  public void attemptStarted(AttemptStarted event) {
    events.add(event);
  }

  @Override
  public void attemptFinished(AttemptFinished event) {
    events.add(event);
  }

  @Override
  public void waiting(Waiting event) {
    events.add(event);
  }

  @Override
  public void callFinished(CallFinished event) {
    events.add(event);
  }

  /** Returns every event so far, in order. */
  public List<Object> events() {
    return List.copyOf(events);
  }

  /** Returns the events of one type, in order. */
  public <T> List<T> events(Class<T> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** Returns the waits for the given reason, in order. */
  public List<Duration> waits(Waiting.Reason reason) {
    return events(Waiting.class).stream()
        .filter(wait -> wait.reason() == reason)
        .map(Waiting::duration)
        .toList();
  }
}
