package dev.needledrop.discogs.testkit.fake;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The failures scripted on a fake, struck in the order injected: the fake's calls throw the
 * exceptions an HTTP client would, so that code handling them can be tested without HTTP. Shared by
 * a fake and all its views. Thread-safe.
 */
public final class FakeFailures {

  private final List<Pending> pending = new CopyOnWriteArrayList<>();

  /** Scripts a failure after those already scripted. */
  public void inject(FakeFailure failure) {
    Objects.requireNonNull(failure, "failure");
    pending.add(new Pending(failure, new AtomicInteger(failure.times())));
  }

  /** Returns how many uses of scripted failures remain. */
  public int pending() {
    return pending.stream().mapToInt(entry -> entry.left.get()).sum();
  }

  /** Drops every scripted failure. */
  public void clear() {
    pending.clear();
  }

  /**
   * Throws the first scripted failure for the call that strikes before it acts, if any; fakes call
   * this first thing in each call.
   */
  public void beforeCall(String method, String path) {
    strike(method, path, false);
  }

  /** Throws the first scripted failure for a write that strikes once it is applied, if any. */
  public void afterWrite(String method, String path) {
    strike(method, path, true);
  }

  private void strike(String method, String path, boolean applied) {
    for (Pending entry : pending) {
      FakeFailure failure = entry.failure;
      if (failure.strikesAfterApplying() == applied
          && failure.appliesTo(method, path)
          && entry.left.getAndUpdate(left -> left > 0 ? left - 1 : 0) > 0) {
        pending.removeIf(used -> used.left.get() == 0);
        throw failure.toException(method, path);
      }
    }
  }

  private record Pending(FakeFailure failure, AtomicInteger left) {}
}
