package dev.needledrop.discogs;

import dev.needledrop.discogs.auth.AccessLevel;
import dev.needledrop.discogs.auth.Anonymous;
import dev.needledrop.discogs.auth.ConsumerCredentials;
import dev.needledrop.discogs.auth.Credentials;
import dev.needledrop.discogs.auth.OAuthCredentials;
import dev.needledrop.discogs.auth.PersonalAccessToken;
import dev.needledrop.discogs.ratelimit.PacedRateLimiter;
import dev.needledrop.discogs.ratelimit.RateLimiter;
import dev.needledrop.discogs.time.TimeSource;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The JVM-wide in-process rate limiters: one {@link PacedRateLimiter} per server and credential,
 * shared by every client of this JVM that uses them, so that several clients or threads do not
 * overrun the budget they share. Thread-safe.
 *
 * <p>Clients {@linkplain #lease lease} their limiter and close the lease when they close. Limiters
 * are kept by a SHA-256 digest of the base URL and the credential, never by the secret itself. A
 * limiter no client holds is dropped once idle, as a new one would start with the same knowledge;
 * one that still waits out a 429 is kept, so that a client made next does not hammer the server.
 * Anonymous clients start from Discogs' limit of 25 a minute, others from 60, over Discogs' 60
 * seconds; the answers' headers correct the limits.
 *
 * <p>A server that counts differently, such as the testkit's stub with a scaled-down window, can be
 * {@linkplain #declare declared}: its clients' limiters then pace to its window. {@link #reset}
 * makes the limiters of one server forget what they learnt, for when its count starts afresh (a
 * test stub reset between tests); the stub does both itself.
 */
public final class SharedRateLimiters {

  private static final Map<String, Entry> LIMITERS = new HashMap<>();
  private static final Map<String, ServerRules> DECLARED = new HashMap<>();

  private SharedRateLimiters() {}

  /** Leases the limiter shared by every client of the configuration's base URL and credentials. */
  public static Lease lease(DiscogsConfig config) {
    return lease(config, TimeSource.system());
  }

  /**
   * Leases the limiter shared by every client of the configuration's base URL and credentials; a
   * limiter made for this lease reads the given time source, such as a virtual one in tests.
   */
  public static Lease lease(DiscogsConfig config, TimeSource time) {
    Objects.requireNonNull(config, "config");
    return lease(config.baseUrl(), config.credentials(), time);
  }

  /** Leases the limiter shared by every client of the base URL and credentials. */
  public static Lease lease(URI baseUrl, Credentials credentials) {
    return lease(baseUrl, credentials, TimeSource.system());
  }

  /**
   * Leases the limiter shared by every client of the base URL and credentials; a limiter made for
   * this lease reads the given time source. One already shared keeps the time source it has.
   */
  public static Lease lease(URI baseUrl, Credentials credentials, TimeSource time) {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(credentials, "credentials");
    Objects.requireNonNull(time, "time");
    String server = serverOf(baseUrl);
    String key = keyOf(baseUrl, credentials);
    synchronized (LIMITERS) {
      LIMITERS.values().removeIf(Entry::isDisposable);
      Entry entry =
          LIMITERS.computeIfAbsent(
              key, ignored -> new Entry(server, limiterFor(server, credentials, time)));
      entry.leases++;
      return new Lease(entry);
    }
  }

  /**
   * Declares how the server at the base URL counts requests, for a server other than Discogs such
   * as a test stub: limiters made for its clients from now on start from these limits and pace to
   * this window. What this JVM's limiters learnt of that server is forgotten; clients already
   * holding one keep it, reset.
   */
  public static void declare(URI baseUrl, ServerRules rules) {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(rules, "rules");
    String server = serverOf(baseUrl);
    synchronized (LIMITERS) {
      DECLARED.put(server, rules);
      forgetServer(server);
    }
  }

  /**
   * Withdraws a {@linkplain #declare declaration}, such as when a stub stops: the base URL's
   * clients are paced by Discogs' rules again, and what was learnt of that server is forgotten.
   */
  public static void withdraw(URI baseUrl) {
    Objects.requireNonNull(baseUrl, "baseUrl");
    String server = serverOf(baseUrl);
    synchronized (LIMITERS) {
      DECLARED.remove(server);
      forgetServer(server);
    }
  }

  /**
   * Makes every limiter of the server at the base URL, whatever the credentials, forget what it
   * learnt (its sends, other consumers, a 429's wait), for when the server's count starts afresh,
   * such as a test stub between tests. Clients holding one keep sharing it. Never needed against
   * Discogs itself: there a 429 means the budget is truly spent.
   */
  public static void reset(URI baseUrl) {
    Objects.requireNonNull(baseUrl, "baseUrl");
    String server = serverOf(baseUrl);
    synchronized (LIMITERS) {
      LIMITERS.values().stream()
          .filter(entry -> entry.server.equals(server))
          .forEach(entry -> entry.limiter.reset());
      LIMITERS.values().removeIf(entry -> entry.server.equals(server) && entry.leases == 0);
    }
  }

  /** Returns how many limiters are kept; for tests. */
  static int size() {
    synchronized (LIMITERS) {
      return LIMITERS.size();
    }
  }

  // Drops the server's limiters, so that new clients get fresh ones, and resets those still held.
  private static void forgetServer(String server) {
    LIMITERS
        .values()
        .removeIf(
            entry -> {
              if (!entry.server.equals(server)) {
                return false;
              }
              entry.limiter.reset();
              return true;
            });
  }

  private static String serverOf(URI baseUrl) {
    String text = baseUrl.toString().toLowerCase(Locale.ROOT);
    return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }

  static String keyOf(URI baseUrl, Credentials credentials) {
    return sha256(serverOf(baseUrl) + "\n" + identity(credentials));
  }

  private static String identity(Credentials credentials) {
    if (credentials instanceof PersonalAccessToken token) {
      return "token\n" + token.token();
    }
    if (credentials instanceof ConsumerCredentials consumer) {
      return "consumer\n" + consumer.key() + "\n" + consumer.secret();
    }
    if (credentials instanceof OAuthCredentials oauth) {
      return "oauth\n" + oauth.consumerKey() + "\n" + oauth.token();
    }
    if (credentials instanceof Anonymous) {
      return "anonymous";
    }
    throw new IllegalArgumentException("unknown kind of credentials: " + credentials);
  }

  private static PacedRateLimiter limiterFor(
      String server, Credentials credentials, TimeSource time) {
    ServerRules rules = DECLARED.getOrDefault(server, ServerRules.DISCOGS);
    boolean anonymous = credentials.accessLevel() == AccessLevel.NONE;
    return PacedRateLimiter.builder()
        .limit(anonymous ? rules.anonymousLimit() : rules.authenticatedLimit())
        .window(rules.window())
        .timeSource(time)
        .build();
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException missing) {
      // Every Java platform must provide SHA-256.
      throw new IllegalStateException("this JVM lacks SHA-256", missing);
    }
  }

  private static final class Entry {

    private final String server;
    private final PacedRateLimiter limiter;
    private int leases;

    Entry(String server, PacedRateLimiter limiter) {
      this.server = server;
      this.limiter = limiter;
    }

    boolean isDisposable() {
      return leases == 0 && limiter.isIdle();
    }
  }

  /**
   * How a server counts requests: its limits per window with credentials and without, and the
   * window's length.
   *
   * @param authenticatedLimit requests allowed per window with any credentials
   * @param anonymousLimit requests allowed per window without credentials
   * @param window the length of the moving window
   */
  public record ServerRules(int authenticatedLimit, int anonymousLimit, Duration window) {

    /** Discogs' rules: 60 requests with credentials, 25 without, per 60 seconds. */
    public static final ServerRules DISCOGS =
        new ServerRules(
            PacedRateLimiter.AUTHENTICATED_LIMIT,
            PacedRateLimiter.ANONYMOUS_LIMIT,
            PacedRateLimiter.DISCOGS_WINDOW);

    /** Creates the rules, refusing limits below one and a window that is not positive. */
    public ServerRules {
      if (authenticatedLimit < 1 || anonymousLimit < 1) {
        throw new IllegalArgumentException(
            "limits must be at least 1, but were " + authenticatedLimit + "/" + anonymousLimit);
      }
      Objects.requireNonNull(window, "window");
      if (window.isNegative() || window.isZero()) {
        throw new IllegalArgumentException("window must be positive, but was " + window);
      }
    }
  }

  /** A client's hold on a shared limiter; close it when the client closes. Idempotent close. */
  public static final class Lease implements AutoCloseable {

    private final Entry entry;
    private boolean closed;

    private Lease(Entry entry) {
      this.entry = entry;
    }

    /** Returns the shared limiter. */
    public RateLimiter limiter() {
      return entry.limiter;
    }

    @Override
    public void close() {
      synchronized (LIMITERS) {
        if (!closed) {
          closed = true;
          entry.leases--;
        }
      }
    }

    @Override
    public String toString() {
      return "SharedRateLimiters.Lease[" + entry.limiter + "]";
    }
  }
}
