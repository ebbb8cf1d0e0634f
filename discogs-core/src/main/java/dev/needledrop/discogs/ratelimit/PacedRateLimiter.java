package dev.needledrop.discogs.ratelimit;

import dev.needledrop.discogs.time.TimeSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The in-process {@link RateLimiter}: uses what remains of the window at once, then spreads
 * requests out at the rate the server allows, so that a moving-window server never answers 429.
 * Thread-safe.
 *
 * <p>It keeps a log of its own sends and, from the {@code Used} count of each answer, an estimate
 * of the requests other consumers of the same budget made ("foreign" requests: {@code used} minus
 * its own sends the server had counted). With {@code budget = limit} alone, or {@code limit -
 * foreign - 1} beside another consumer (one slot stays free for the other's next request), a
 * request may go when
 *
 * <ol>
 *   <li>fewer than {@code budget} of its own sends fall in the last {@code window + margin}, and
 *   <li>once the first budget is spent, at least {@code window / budget} has passed since its last
 *       send, so that calls are spread out rather than sent in bursts.
 * </ol>
 *
 * <p>A send counts in the log from when its answer came, the latest the server can have counted it,
 * so that a request slow to reach the server is never counted out early; the margin covers the
 * rest, such as clock granularity. With a sliding-log server rule 1 is exactly the server's
 * constraint; a fixed-window or token-bucket server (of capacity {@code limit}) admits at least as
 * much. The limit comes from the {@code X-Discogs-Ratelimit} header once seen; until then, and
 * whenever headers are missing, the configured limit applies. The foreign estimate is the highest
 * of the last window, since a server whose count restarts reports few foreign requests early in its
 * window while the other consumer goes on. A server that counts fewer of this limiter's requests
 * than it surely sent (after a reset, or a window that rolled over) makes it forget that many of
 * its oldest sends.
 *
 * <p>After a 429 the server's word wins over the limiter's estimate: a {@code Retry-After} on the
 * 429 holds every request back until it has passed, and nothing more, so the limiter learns
 * "blocked until then", not "spent for a whole window" (the window headers of that 429 are not read
 * as other consumers' requests). Without {@code Retry-After} it falls back to its estimate: it
 * counts the window as full until one of its own sends leaves it. A {@code Retry-After} on any
 * other answer, such as a 503, holds requests back too. {@link #reset()} forgets all it learnt.
 */
public final class PacedRateLimiter implements RateLimiter {

  /** The length of Discogs' moving window. */
  public static final Duration DISCOGS_WINDOW = Duration.ofSeconds(60);

  /** Discogs' limit per window for requests with any credentials. */
  public static final int AUTHENTICATED_LIMIT = 60;

  /** Discogs' limit per window for requests without credentials. */
  public static final int ANONYMOUS_LIMIT = 25;

  private final TimeSource time;
  private final long window;
  private final long margin;
  private final int configuredLimit;
  // Own sends of the last window, in the order they were allowed.
  private final List<Send> sends = new ArrayList<>();
  // Foreign estimates and answer latencies of the last window, oldest first: {seen at, value}.
  private final List<long[]> foreignEstimates = new ArrayList<>();
  private final List<long[]> latencies = new ArrayList<>();
  private int limit;
  private long blockedUntil;
  private boolean blocked;
  private boolean paced;
  private long lastSend;

  private PacedRateLimiter(Builder builder) {
    this.time = builder.time;
    this.window = builder.window.toNanos();
    this.margin = builder.margin.orElse(builder.window.dividedBy(600)).toNanos();
    this.configuredLimit = builder.limit;
    this.limit = builder.limit;
  }

  /** Returns a builder; its defaults are Discogs' window and its limit with credentials. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a limiter with Discogs' window and the given limit, on the system clock. */
  public static PacedRateLimiter withLimit(int limit) {
    return builder().limit(limit).build();
  }

  @Override
  public synchronized Duration tryAcquire() {
    long now = time.nanoTime();
    forgetExpired(now);
    long wait = allowedAt(now) - now;
    if (wait > 0) {
      return Duration.ofNanos(wait);
    }
    sends.add(new Send(now));
    lastSend = slotOf(now);
    if (sends.size() >= budget(now)) {
      paced = true;
    }
    return Duration.ZERO;
  }

  @Override
  public synchronized void onResponse(RateLimitFeedback feedback) {
    Objects.requireNonNull(feedback, "feedback");
    long now = time.nanoTime();
    long sentAt = now - feedback.sinceSent().toNanos();
    forgetExpired(now);
    latencies.add(new long[] {now, feedback.sinceSent().toNanos()});
    feedback.state().filter(state -> state.limit() > 0).ifPresent(state -> limit = state.limit());
    feedback.retryAfter().ifPresent(wait -> holdBackUntil(now + wait.toNanos()));
    if (feedback.refused() && feedback.retryAfter().isPresent()) {
      forgetRefused(sentAt);
    } else if (feedback.refused()) {
      learnFromRefusal(now, sentAt, feedback.state());
    } else {
      settle(sentAt, now);
      feedback.state().ifPresent(state -> learnFromCount(now, sentAt, state.used()));
    }
  }

  /**
   * Forgets everything learnt from sends and answers: the send log, the other consumers, a {@code
   * Retry-After}, the limit reported; the limiter is as new. For a server whose count started
   * afresh, such as a test stub reset between tests.
   */
  public synchronized void reset() {
    sends.clear();
    foreignEstimates.clear();
    latencies.clear();
    limit = configuredLimit;
    blocked = false;
    paced = false;
  }

  /** Returns the length of the window this limiter paces to. */
  public Duration window() {
    return Duration.ofNanos(window);
  }

  /** Returns the limit per window this limiter currently applies. */
  public synchronized int limit() {
    return limit;
  }

  /**
   * Tells whether nothing this limiter knows still holds a request back: no own send in the window,
   * no foreign estimate, no {@code Retry-After}. An idle limiter may be replaced by a fresh one.
   */
  public synchronized boolean isIdle() {
    long now = time.nanoTime();
    forgetExpired(now);
    return sends.isEmpty() && foreignAt(now) == 0 && !blocked;
  }

  @Override
  public synchronized String toString() {
    return "PacedRateLimiter[limit "
        + limit
        + " per "
        + Duration.ofNanos(window)
        + ", margin "
        + Duration.ofNanos(margin)
        + ", configured limit "
        + configuredLimit
        + "]";
  }

  private long allowedAt(long now) {
    long at = now;
    if (blocked) {
      at = later(at, blockedUntil);
    }
    at = later(at, budgetAllowsAt(now));
    if (paced) {
      at = later(at, lastSend + spacing(now));
    }
    return at;
  }

  // Rule 1, with the foreign estimate as it stands now, or once it has expired if that is sooner.
  private long budgetAllowsAt(long now) {
    long withForeign = ownRoomAt(budget(now), now);
    if (foreignAt(now) == 0) {
      return withForeign;
    }
    long withoutForeign = later(foreignExpiresAt(now), ownRoomAt(limit, now));
    return earlier(withForeign, withoutForeign);
  }

  // When fewer than `budget` own sends remain in the window: now, or when the first ones leave.
  private long ownRoomAt(int budget, long now) {
    if (budget < 1) {
      return Long.MAX_VALUE;
    }
    int excess = sends.size() - budget;
    if (excess < 0) {
      return now;
    }
    long[] leaving = sends.stream().mapToLong(send -> send.countedBy).sorted().toArray();
    return leaving[excess] + window + margin;
  }

  // While paced, a send late for its slot (a thread woken late) keeps the slot's time, so that
  // lateness does not pile up; one more than a step late, it starts afresh from now.
  private long slotOf(long now) {
    if (!paced) {
      return now;
    }
    long slot = lastSend + spacing(now);
    return now - slot < spacing(now) ? slot : now;
  }

  private long spacing(long now) {
    return window / Math.max(1, budget(now));
  }

  // Beside another consumer, one slot stays free: the other's next request may come any time.
  private int budget(long now) {
    int foreign = foreignAt(now);
    return foreign == 0 ? limit : limit - foreign - 1;
  }

  // The highest estimate of the last window: a server whose count restarts (a fixed window)
  // reports few foreign requests early in a window, yet the other consumer goes on sending.
  private int foreignAt(long now) {
    return (int) highestOfLastWindow(foreignEstimates, now);
  }

  private long highestOfLastWindow(List<long[]> values, long now) {
    values.removeIf(value -> now - value[0] >= window + margin);
    long highest = 0;
    for (long[] value : values) {
      highest = Math.max(highest, value[1]);
    }
    return highest;
  }

  // When every foreign estimate above zero will have left the window.
  private long foreignExpiresAt(long now) {
    long last = now;
    for (long[] estimate : foreignEstimates) {
      if (estimate[1] > 0) {
        last = later(last, estimate[0] + window + margin);
      }
    }
    return last;
  }

  // The server counted the request at the latest when it answered: the send leaves the window
  // counted from then, so that however late it reached the server, it is never counted out early.
  private void settle(long sentAt, long answeredAt) {
    closestUnsettled(sentAt).ifPresent(send -> send.settle(answeredAt));
  }

  private void learnFromCount(long now, long sentAt, int used) {
    // Sends made well inside the window before this one reached the server first and still count
    // there; if it reports fewer, it has forgotten them (a reset, or a window that rolled over).
    long lateness = highestOfLastWindow(latencies, now);
    int surelyCounted = count(sentAt - window + lateness + margin, sentAt - lateness - margin) + 1;
    if (used < surelyCounted) {
      forgetOldest(surelyCounted - used);
      // What the server no longer counts is budget to spend at once again.
      paced = false;
    }
    // Own sends within the latency of this one's window may have been counted with it: they all
    // count as own, so that only what is surely someone else's counts as foreign.
    long reach = lateness + margin;
    estimateForeign(now, Math.max(0, used - count(sentAt - window - reach, sentAt + reach)));
  }

  // The server refused the request and said when to come back: that wait is all it asked for.
  private void forgetRefused(long sentAt) {
    closestUnsettled(sentAt).ifPresent(sends::remove);
  }

  private void learnFromRefusal(long now, long sentAt, Optional<RateLimitSnapshot> state) {
    // The server did not count the refused request: neither does this log.
    closestUnsettled(sentAt).ifPresent(sends::remove);
    int used = state.map(RateLimitSnapshot::used).orElse(limit);
    int reported = Math.max(0, used - count(sentAt - window, sentAt));
    estimateForeign(now, Math.max(reported, limit - sends.size()));
    paced = true;
  }

  private void estimateForeign(long now, int foreign) {
    foreignEstimates.add(new long[] {now, foreign});
  }

  private void holdBackUntil(long until) {
    blockedUntil = blocked ? later(blockedUntil, until) : until;
    blocked = true;
  }

  // Counts own sends allowed in (after, upTo].
  private int count(long after, long upTo) {
    int count = 0;
    for (Send send : sends) {
      if (send.allowedAt - after > 0 && send.allowedAt - upTo <= 0) {
        count++;
      }
    }
    return count;
  }

  private void forgetExpired(long now) {
    sends.removeIf(send -> now - send.countedBy >= window + margin);
    // A whole quiet window (and one more step) gives back the first budget to spend at once.
    if (paced && now - lastSend >= window + margin + window / limit) {
      paced = false;
    }
    if (blocked && now - blockedUntil >= 0) {
      blocked = false;
    }
  }

  private void forgetOldest(int count) {
    sends.subList(0, Math.min(count, sends.size())).clear();
  }

  private Optional<Send> closestUnsettled(long sentAt) {
    Send closest = null;
    for (Send send : sends) {
      boolean nearer =
          closest == null
              || Math.abs(send.allowedAt - sentAt) < Math.abs(closest.allowedAt - sentAt);
      if (!send.settled() && nearer) {
        closest = send;
      }
    }
    return Optional.ofNullable(closest);
  }

  private static long later(long first, long second) {
    if (first == Long.MAX_VALUE || second == Long.MAX_VALUE) {
      return Long.MAX_VALUE;
    }
    return first - second >= 0 ? first : second;
  }

  private static long earlier(long first, long second) {
    if (first == Long.MAX_VALUE) {
      return second;
    }
    if (second == Long.MAX_VALUE) {
      return first;
    }
    return first - second <= 0 ? first : second;
  }

  /** One own request: when it was allowed, and from when it counts until the window passes. */
  private static final class Send {

    private final long allowedAt;
    private long countedBy;
    private boolean settled;

    Send(long allowedAt) {
      this.allowedAt = allowedAt;
      this.countedBy = allowedAt;
    }

    boolean settled() {
      return settled;
    }

    void settle(long answeredAt) {
      countedBy = answeredAt;
      settled = true;
    }
  }

  /** Builds a {@link PacedRateLimiter}. */
  public static final class Builder {

    private int limit = AUTHENTICATED_LIMIT;
    private Duration window = DISCOGS_WINDOW;
    private Optional<Duration> margin = Optional.empty();
    private TimeSource time = TimeSource.system();

    private Builder() {}

    /** Sets the limit per window applied until a response reports one; 60 by default. */
    public Builder limit(int limit) {
      if (limit < 1) {
        throw new IllegalArgumentException("limit must be at least 1, but was " + limit);
      }
      this.limit = limit;
      return this;
    }

    /** Sets the window's length; Discogs' 60 seconds by default. */
    public Builder window(Duration window) {
      this.window = requirePositive(window, "window");
      return this;
    }

    /**
     * Sets the safety margin added to the window, covering the server counting a request later than
     * this limiter's clock says (a send whose answer never came counts from when it was allowed);
     * 1/600 of the window (100 ms for Discogs) by default.
     */
    public Builder margin(Duration margin) {
      Objects.requireNonNull(margin, "margin");
      if (margin.isNegative()) {
        throw new IllegalArgumentException("margin must not be negative, but was " + margin);
      }
      this.margin = Optional.of(margin);
      return this;
    }

    /** Sets the clock; the system's by default. */
    public Builder timeSource(TimeSource time) {
      this.time = Objects.requireNonNull(time, "time");
      return this;
    }

    /** Builds the limiter. */
    public PacedRateLimiter build() {
      return new PacedRateLimiter(this);
    }

    private static Duration requirePositive(Duration value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, but was " + value);
      }
      return value;
    }
  }
}
