package dev.needledrop.discogs.feign.internal.http;

import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * Acts on what outlives its deadline: one daemon thread looks at the watched deadlines every
 * {@value #TICK_MILLIS} ms while any is watched, and sleeps once none has been for a second. Taking
 * and giving back a watch costs no thread switch, unlike a scheduled task, whose every arrival
 * wakes the scheduler's thread; the price is a deadline kept to within a tick. Thread-safe; close
 * it to stop the thread: every deadline still watched then ends at once, and so does any watch
 * taken afterwards, so that nothing waits on a deadline nobody keeps any more.
 */
final class Watchdog implements AutoCloseable {

  static final long TICK_MILLIS = 5;

  private static final long TICK = TimeUnit.MILLISECONDS.toNanos(TICK_MILLIS);
  private static final long IDLE_AFTER = TimeUnit.SECONDS.toNanos(1);

  private final Set<Watch> watched = ConcurrentHashMap.newKeySet();
  private final Thread thread;
  private volatile boolean idle;
  private volatile boolean closed;

  Watchdog(String threadName) {
    this.thread = new Thread(this::patrol, threadName);
    thread.setDaemon(true);
    thread.start();
  }

  /** What a watch does when its time is up: the deadline passed, or the watchdog was closed. */
  @FunctionalInterface
  interface Expiry {

    /** Acts on the end of the watch; {@code closed} tells that the watchdog was closed. */
    void expire(boolean closed);
  }

  /**
   * Runs the action once the deadline (a {@link System#nanoTime()} value) passes, or the watchdog
   * is closed, unless given back first.
   */
  Watch watch(long deadline, Expiry onExpiry) {
    Watch watch = new Watch(deadline, Objects.requireNonNull(onExpiry, "onExpiry"));
    watched.add(watch);
    // Read after the add: a close that this misses sees the watch when it ends the others.
    if (closed) {
      expireAll();
    } else if (idle) {
      LockSupport.unpark(thread);
    }
    return watch;
  }

  @Override
  public void close() {
    closed = true;
    LockSupport.unpark(thread);
    expireAll();
  }

  private void patrol() {
    long lastBusy = System.nanoTime();
    while (!closed) {
      long now = System.nanoTime();
      if (!watched.isEmpty()) {
        lastBusy = now;
        expireDue(now);
      }
      if (now - lastBusy > IDLE_AFTER) {
        sleepUntilWatched();
        lastBusy = System.nanoTime();
      } else {
        LockSupport.parkNanos(this, TICK);
      }
    }
  }

  private void expireDue(long now) {
    for (Watch watch : watched) {
      if (now - watch.deadline >= 0 && watched.remove(watch)) {
        watch.expire(false);
      }
    }
  }

  private void expireAll() {
    for (Watch watch : watched) {
      if (watched.remove(watch)) {
        watch.expire(true);
      }
    }
  }

  // A watch taken after the flag is set unparks the thread, so that none is missed.
  private void sleepUntilWatched() {
    idle = true;
    if (watched.isEmpty() && !closed) {
      LockSupport.park(this);
    }
    idle = false;
  }

  /** A deadline being watched. */
  final class Watch {

    private final long deadline;
    private final Expiry onExpiry;
    private final AtomicBoolean over = new AtomicBoolean();

    private Watch(long deadline, Expiry onExpiry) {
      this.deadline = deadline;
      this.onExpiry = onExpiry;
    }

    /** Gives the watch back: the action will not run. Idempotent. */
    void release() {
      if (over.compareAndSet(false, true)) {
        watched.remove(this);
      }
    }

    private void expire(boolean closed) {
      if (over.compareAndSet(false, true)) {
        try {
          onExpiry.expire(closed);
        } catch (RuntimeException ignored) {
          // The action only cuts a transfer short; its reader reports the outcome.
        }
      }
    }
  }
}
