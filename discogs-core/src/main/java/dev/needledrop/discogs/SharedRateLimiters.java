package dev.needledrop.discogs;

import dev.needledrop.discogs.auth.AccessLevel;
import dev.needledrop.discogs.auth.Anonymous;
import dev.needledrop.discogs.auth.ConsumerCredentials;
import dev.needledrop.discogs.auth.Credentials;
import dev.needledrop.discogs.auth.OAuthCredentials;
import dev.needledrop.discogs.auth.PersonalAccessToken;
import dev.needledrop.discogs.ratelimit.PacedRateLimiter;
import dev.needledrop.discogs.ratelimit.RateLimiter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
 * limiter no client holds is dropped once idle, as a new one would start with the same knowledge.
 * Anonymous clients start from Discogs' limit of 25 a minute, others from 60; the answers' headers
 * correct both.
 */
public final class SharedRateLimiters {

  private static final Map<String, Entry> LIMITERS = new HashMap<>();

  private SharedRateLimiters() {}

  /** Leases the limiter shared by every client of the configuration's base URL and credentials. */
  public static Lease lease(DiscogsConfig config) {
    Objects.requireNonNull(config, "config");
    return lease(config.baseUrl(), config.credentials());
  }

  /** Leases the limiter shared by every client of the base URL and credentials. */
  public static Lease lease(URI baseUrl, Credentials credentials) {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(credentials, "credentials");
    String key = keyOf(baseUrl, credentials);
    synchronized (LIMITERS) {
      LIMITERS.values().removeIf(Entry::isDisposable);
      Entry entry = LIMITERS.computeIfAbsent(key, ignored -> new Entry(limiterFor(credentials)));
      entry.leases++;
      return new Lease(entry);
    }
  }

  /** Returns how many limiters are kept; for tests. */
  static int size() {
    synchronized (LIMITERS) {
      return LIMITERS.size();
    }
  }

  static String keyOf(URI baseUrl, Credentials credentials) {
    String origin = baseUrl.toString().toLowerCase(Locale.ROOT);
    return sha256(origin + "\n" + identity(credentials));
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

  private static RateLimiter limiterFor(Credentials credentials) {
    boolean anonymous = credentials.accessLevel() == AccessLevel.NONE;
    return PacedRateLimiter.withLimit(
        anonymous ? PacedRateLimiter.ANONYMOUS_LIMIT : PacedRateLimiter.AUTHENTICATED_LIMIT);
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

    private final RateLimiter limiter;
    private int leases;

    Entry(RateLimiter limiter) {
      this.limiter = limiter;
    }

    boolean isDisposable() {
      return leases == 0 && (!(limiter instanceof PacedRateLimiter paced) || paced.isIdle());
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
