package dev.needledrop.discogs.testkit.internal.ratelimit;

import dev.needledrop.discogs.testkit.RateWindowRule;
import dev.needledrop.discogs.testkit.internal.auth.Caller;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The rate-limit windows of the stub, one budget per client identity under the chosen rule
 * (Discogs' moving window by default). Callers with credentials get the higher limit. Thread-safe.
 *
 * <p>It can simulate a second consumer of each identity's budget, as another process on the same
 * address would be: that consumer sends a steady number of requests per window, the window before
 * the identity's first request included, and gives up on those refused.
 */
public final class RateWindow {

  private final int authenticatedLimit;
  private final int anonymousLimit;
  private final Duration length;
  private final Clock clock;
  private final RateWindowRule rule;
  private final int foreignPerWindow;
  private final Map<String, Account> accounts = new HashMap<>();
  private long refusals;

  /** Creates moving windows with the given limits, length and clock, and no second consumer. */
  public RateWindow(int authenticatedLimit, int anonymousLimit, Duration length, Clock clock) {
    this(authenticatedLimit, anonymousLimit, length, clock, RateWindowRule.SLIDING_LOG, 0);
  }

  /** Creates windows under the rule, with a second consumer sending the given requests a window. */
  public RateWindow(
      int authenticatedLimit,
      int anonymousLimit,
      Duration length,
      Clock clock,
      RateWindowRule rule,
      int foreignPerWindow) {
    this.authenticatedLimit = authenticatedLimit;
    this.anonymousLimit = anonymousLimit;
    this.length = length;
    this.clock = clock;
    this.rule = rule;
    this.foreignPerWindow = foreignPerWindow;
  }

  /** The outcome of counting a request: whether it may proceed and the state to report. */
  public record Admission(boolean allowed, RateState state) {}

  /** Counts a request of the caller, unless the budget is spent. */
  public synchronized Admission admit(Caller caller) {
    long now = nanos(clock.instant());
    Budget budget = current(caller, now);
    boolean allowed = budget.tryCount(now);
    if (!allowed) {
      refusals++;
    }
    return new Admission(allowed, new RateState(budget.limit(), budget.used(now)));
  }

  /** Returns the caller's state without counting a request. */
  public synchronized RateState peek(Caller caller) {
    long now = nanos(clock.instant());
    Budget budget = current(caller, now);
    return new RateState(budget.limit(), budget.used(now));
  }

  /** Returns how many requests of callers (not of the simulated second consumer) were refused. */
  public synchronized long refusals() {
    return refusals;
  }

  /** Forgets every request counted so far, and the refusals. */
  public synchronized void reset() {
    accounts.clear();
    refusals = 0;
  }

  private Budget current(Caller caller, long now) {
    Account account = accounts.computeIfAbsent(caller.rateKey(), key -> open(caller, now));
    account.replayForeignUntil(now);
    return account.budget;
  }

  private Account open(Caller caller, long now) {
    int limit = caller.isAnonymous() ? anonymousLimit : authenticatedLimit;
    Budget budget = Budget.create(rule, limit, length);
    long interval = foreignPerWindow == 0 ? 0 : length.toNanos() / foreignPerWindow;
    return new Account(budget, interval, now - length.toNanos());
  }

  static long nanos(Instant instant) {
    return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
  }

  /** One identity's budget and the next request of its simulated second consumer. */
  private static final class Account {

    private final Budget budget;
    private final long foreignInterval;
    private long nextForeign;

    Account(Budget budget, long foreignInterval, long firstForeign) {
      this.budget = budget;
      this.foreignInterval = foreignInterval;
      this.nextForeign = firstForeign;
    }

    void replayForeignUntil(long now) {
      if (foreignInterval == 0) {
        return;
      }
      while (nextForeign - now <= 0) {
        budget.tryCount(nextForeign);
        nextForeign += foreignInterval;
      }
    }
  }
}
