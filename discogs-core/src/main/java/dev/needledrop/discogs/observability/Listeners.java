package dev.needledrop.discogs.observability;

import java.util.List;

/** Tells several listeners, in order. */
final class Listeners implements CallListener {

  private final List<CallListener> listeners;

  Listeners(List<CallListener> listeners) {
    this.listeners = List.copyOf(listeners);
  }

  @Override
  public void attemptStarted(AttemptStarted event) {
    listeners.forEach(listener -> listener.attemptStarted(event));
  }

  @Override
  public void attemptFinished(AttemptFinished event) {
    listeners.forEach(listener -> listener.attemptFinished(event));
  }

  @Override
  public void waiting(Waiting event) {
    listeners.forEach(listener -> listener.waiting(event));
  }

  @Override
  public void callFinished(CallFinished event) {
    listeners.forEach(listener -> listener.callFinished(event));
  }

  @Override
  public String toString() {
    return "CallListener.all" + listeners;
  }
}
