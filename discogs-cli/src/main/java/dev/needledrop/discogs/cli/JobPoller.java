package dev.needledrop.discogs.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits for an inventory job politely: reads its state, and while it runs waits before the next
 * read, each wait half again as long as the one before (at least {@value #MIN_GROWTH_MILLIS} ms
 * more), up to {@value #MAX_WAIT_SECONDS} seconds, and gives up after a deadline. Each state is
 * reported on standard error.
 */
final class JobPoller {

  private static final long MAX_WAIT_SECONDS = 30;
  private static final long MIN_GROWTH_MILLIS = 100;

  /** Waits; replaceable so that tests need not sleep. */
  @FunctionalInterface
  interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  /** Waits by sleeping the current thread. */
  static final Sleeper SLEEP = duration -> Thread.sleep(duration.toMillis());

  private final Duration firstWait;
  private final Duration deadline;
  private final Sleeper sleeper;
  private final PrintWriter err;
  private final Clock clock;

  JobPoller(Duration firstWait, Duration deadline, Sleeper sleeper, PrintWriter err) {
    this(firstWait, deadline, sleeper, err, Clock.systemUTC());
  }

  JobPoller(Duration firstWait, Duration deadline, Sleeper sleeper, PrintWriter err, Clock clock) {
    this.firstWait = firstWait;
    this.deadline = deadline;
    this.sleeper = sleeper;
    this.err = err;
    this.clock = clock;
  }

  /**
   * Reads the job until it is finished and returns its last state.
   *
   * @param describe says where the job stands, such as {@code export 600001: in progress}
   * @throws CommandFailure when the deadline passes first, or the wait is interrupted
   */
  <T> T await(Supplier<T> read, Predicate<T> finished, Function<T, String> describe) {
    Instant giveUp = clock.instant().plus(deadline);
    Duration wait = firstWait;
    while (true) {
      T state = read.get();
      if (finished.test(state)) {
        return state;
      }
      if (clock.instant().plus(wait).isAfter(giveUp)) {
        throw new CommandFailure(
            describe.apply(state) + " after " + deadline.toMinutes() + " min; gave up waiting");
      }
      err.println(describe.apply(state) + ", next check in " + seconds(wait));
      err.flush();
      pause(wait);
      wait = longer(wait);
    }
  }

  private void pause(Duration wait) {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new CommandFailure("interrupted while waiting for the job");
    }
  }

  // Even a zero first wait grows, so that a job that never ends is not read in a tight loop.
  static Duration longer(Duration wait) {
    Duration half = wait.dividedBy(2);
    Duration next =
        wait.plus(
            half.toMillis() < MIN_GROWTH_MILLIS ? Duration.ofMillis(MIN_GROWTH_MILLIS) : half);
    Duration max = Duration.ofSeconds(MAX_WAIT_SECONDS);
    return next.compareTo(max) > 0 ? max : next;
  }

  private static String seconds(Duration wait) {
    return Text.decimal(wait.toMillis() / 1000.0).replaceFirst("\\.?0+$", "") + " s";
  }
}
