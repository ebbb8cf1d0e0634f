package dev.needledrop.discogs;

import dev.needledrop.discogs.auth.AccessLevel;
import dev.needledrop.discogs.auth.CredentialPlacement;
import dev.needledrop.discogs.auth.Credentials;
import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.observability.CallListener;
import dev.needledrop.discogs.ratelimit.RateLimiter;
import dev.needledrop.discogs.retry.RetryPolicy;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How a Discogs client talks to the API: who it says it is, where it connects, with which
 * credentials, how long it waits, how it paces and retries calls, and who hears of them. Immutable;
 * build one with {@link #builder(String)}.
 */
public final class DiscogsConfig {

  /** The Discogs API. */
  public static final URI DEFAULT_BASE_URL = URI.create("https://api.discogs.com");

  /** The default {@link #maxResponseBytes()}: 32 MiB, some 30 times the largest answer seen. */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 32L * 1024 * 1024;

  /** The default {@link #maxNestingDepth()}: Discogs' answers nest fewer than ten levels deep. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;

  private final String userAgent;
  private final URI baseUrl;
  private final Credentials credentials;
  private final CredentialPlacement credentialPlacement;
  private final TextFormat textFormat;
  private final Currency currency;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final Duration callTimeout;
  private final Optional<RateLimiter> rateLimiter;
  private final RetryPolicy retryPolicy;
  private final CallListener callListener;
  private final long maxResponseBytes;
  private final int maxNestingDepth;

  private DiscogsConfig(Builder builder) {
    this.userAgent = builder.userAgent;
    this.baseUrl = builder.baseUrl;
    this.credentials = builder.credentials;
    this.credentialPlacement = builder.credentialPlacement;
    this.textFormat = builder.textFormat;
    this.currency = builder.currency;
    this.connectTimeout = builder.connectTimeout;
    this.readTimeout = builder.readTimeout;
    this.callTimeout = builder.callTimeout;
    this.rateLimiter = builder.rateLimiter;
    this.retryPolicy = builder.retryPolicy;
    this.callListener = builder.callListener;
    this.maxResponseBytes = builder.maxResponseBytes;
    this.maxNestingDepth = builder.maxNestingDepth;
  }

  /**
   * Starts a configuration for an application with the given User-Agent, which Discogs requires and
   * uses to tell applications apart, ideally in the form {@code AppName/1.2 +https://app.url}.
   */
  public static Builder builder(String userAgent) {
    return new Builder(userAgent);
  }

  /** Returns a builder holding this configuration's values. */
  public Builder toBuilder() {
    return new Builder(userAgent)
        .baseUrl(baseUrl)
        .credentials(credentials)
        .credentialPlacement(credentialPlacement)
        .textFormat(textFormat)
        .currency(currency)
        .connectTimeout(connectTimeout)
        .readTimeout(readTimeout)
        .callTimeout(callTimeout)
        .retryPolicy(retryPolicy)
        .callListener(callListener)
        .maxResponseBytes(maxResponseBytes)
        .maxNestingDepth(maxNestingDepth)
        .applyRateLimiter(rateLimiter);
  }

  /** Returns the User-Agent sent with every request. */
  public String userAgent() {
    return userAgent;
  }

  /** Returns the API's base URL, without a trailing slash. */
  public URI baseUrl() {
    return baseUrl;
  }

  /** Returns the credentials sent with every request. */
  public Credentials credentials() {
    return credentials;
  }

  /** Returns where key/secret and token credentials travel. */
  public CredentialPlacement credentialPlacement() {
    return credentialPlacement;
  }

  /** Returns how free-text fields are rendered. */
  public TextFormat textFormat() {
    return textFormat;
  }

  /** Returns the currency asked for marketplace prices on releases (such as the lowest price). */
  public Currency currency() {
    return currency;
  }

  /** Returns how long to wait for a connection. */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** Returns how long to wait for a whole response, headers and body, once the request is sent. */
  public Duration readTimeout() {
    return readTimeout;
  }

  /**
   * Returns the whole-call deadline: the longest a call may take, every attempt and every wait for
   * the rate limit or a retry included.
   */
  public Duration callTimeout() {
    return callTimeout;
  }

  /**
   * Returns the rate limiter chosen for this client; empty for the default, the in-process limiter
   * shared by every client of the JVM with the same base URL and credentials ({@code
   * SharedRateLimiters}).
   */
  public Optional<RateLimiter> rateLimiter() {
    return rateLimiter;
  }

  /** Returns the policy deciding which failed calls are sent again. */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /** Returns the listener told of every attempt, wait and call. */
  public CallListener callListener() {
    return callListener;
  }

  /**
   * Returns the most bytes of a successful answer's body the client reads, once inflated; a longer
   * body fails the call with a {@code ResponseTooLargeException} rather than exhausting memory.
   */
  public long maxResponseBytes() {
    return maxResponseBytes;
  }

  /**
   * Returns how deeply a JSON answer may nest objects and arrays; a deeper one fails the call with
   * a {@code ResponseTooLargeException}.
   */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  @Override
  public String toString() {
    return "DiscogsConfig[userAgent="
        + userAgent
        + ", baseUrl="
        + baseUrl
        + ", credentials="
        + credentials
        + ", placement="
        + credentialPlacement
        + ", textFormat="
        + textFormat
        + "]";
  }

  /** Builds a {@link DiscogsConfig}; {@link #build()} checks everything at once. */
  public static final class Builder {

    private final String userAgent;
    private URI baseUrl = DEFAULT_BASE_URL;
    private Credentials credentials = Credentials.none();
    private CredentialPlacement credentialPlacement = CredentialPlacement.HEADER;
    private TextFormat textFormat = TextFormat.DISCOGS;
    private Currency currency = Currency.USD;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private Duration callTimeout = Duration.ofMinutes(2);
    private Optional<RateLimiter> rateLimiter = Optional.empty();
    private RetryPolicy retryPolicy = RetryPolicy.standard();
    private CallListener callListener = CallListener.none();
    private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;

    private Builder(String userAgent) {
      this.userAgent = userAgent;
    }

    /**
     * Points the client at another server, such as the testkit's stub or a recording proxy.
     *
     * <p>The URL may not hold user info ({@code https://name:password@host}): {@link #build()}
     * refuses it without quoting it, as credentials go through {@link #credentials} only.
     */
    public Builder baseUrl(URI baseUrl) {
      this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
      return this;
    }

    /** Points the client at another server, given as text. */
    public Builder baseUrl(String baseUrl) {
      return baseUrl(URI.create(Objects.requireNonNull(baseUrl, "baseUrl")));
    }

    /** Sets the credentials sent with every request; none by default. */
    public Builder credentials(Credentials credentials) {
      this.credentials = Objects.requireNonNull(credentials, "credentials");
      return this;
    }

    /** Sets where key/secret and token credentials travel; the header by default. */
    public Builder credentialPlacement(CredentialPlacement placement) {
      this.credentialPlacement = Objects.requireNonNull(placement, "credentialPlacement");
      return this;
    }

    /** Sets how free-text fields are rendered; Discogs markup by default. */
    public Builder textFormat(TextFormat textFormat) {
      this.textFormat = Objects.requireNonNull(textFormat, "textFormat");
      return this;
    }

    /** Sets the currency asked for release prices; US dollars by default. */
    public Builder currency(Currency currency) {
      this.currency = Objects.requireNonNull(currency, "currency").requireDiscogsCurrency();
      return this;
    }

    /** Sets how long to wait for a connection; 10 seconds by default. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = requirePositive(timeout, "connectTimeout");
      return this;
    }

    /**
     * Sets how long to wait for a whole response, headers and body, once the request is sent; 30
     * seconds by default.
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = requirePositive(timeout, "readTimeout");
      return this;
    }

    /**
     * Sets the whole-call deadline, every attempt and wait included; 2 minutes by default. A call
     * still running at the deadline fails with a {@code CallTimeoutException}.
     */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = requirePositive(timeout, "callTimeout");
      return this;
    }

    /**
     * Sets the rate limiter, such as one shared between processes, or {@link
     * RateLimiter#unlimited()} to switch pacing off. By default a client uses the in-process
     * limiter shared by every client of the JVM with the same base URL and credentials.
     */
    public Builder rateLimiter(RateLimiter limiter) {
      this.rateLimiter = Optional.of(Objects.requireNonNull(limiter, "rateLimiter"));
      return this;
    }

    /**
     * Sets the retry policy; {@link RetryPolicy#standard()} by default, {@link RetryPolicy#none()}
     * to turn retries off.
     */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = Objects.requireNonNull(policy, "retryPolicy");
      return this;
    }

    /** Sets the listener told of every attempt, wait and call; none by default. */
    public Builder callListener(CallListener listener) {
      this.callListener = Objects.requireNonNull(listener, "callListener");
      return this;
    }

    /**
     * Sets the most bytes of a successful answer's body the client reads, once inflated; 32 MiB
     * ({@link DiscogsConfig#DEFAULT_MAX_RESPONSE_BYTES}) by default. Raise it only for answers
     * known to be larger: a body is decoded as it arrives, but what it decodes to is held in
     * memory.
     */
    public Builder maxResponseBytes(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("maxResponseBytes must be positive, but was " + bytes);
      }
      this.maxResponseBytes = bytes;
      return this;
    }

    /**
     * Sets how deeply a JSON answer may nest objects and arrays; 64 ({@link
     * DiscogsConfig#DEFAULT_MAX_NESTING_DEPTH}) by default, far beyond any Discogs answer.
     */
    public Builder maxNestingDepth(int depth) {
      if (depth < 1) {
        throw new IllegalArgumentException("maxNestingDepth must be positive, but was " + depth);
      }
      this.maxNestingDepth = depth;
      return this;
    }

    private Builder applyRateLimiter(Optional<RateLimiter> limiter) {
      this.rateLimiter = limiter;
      return this;
    }

    /**
     * Checks the settings and builds the configuration.
     *
     * @throws IllegalStateException naming the first setting that is missing or wrong
     */
    public DiscogsConfig build() {
      checkUserAgent();
      URI normalized = normalize(baseUrl);
      checkTransportSecurity(normalized);
      this.baseUrl = normalized;
      return new DiscogsConfig(this);
    }

    private void checkUserAgent() {
      if (userAgent == null || userAgent.isBlank()) {
        throw new IllegalStateException(
            "a User-Agent is required: Discogs needs one that names your application, "
                + "such as \"MyCollectionApp/1.0 +https://example.com\"");
      }
      try {
        HeaderValues.requireSafe(userAgent, "User-Agent");
      } catch (IllegalArgumentException unsafe) {
        throw new IllegalStateException(unsafe.getMessage(), unsafe);
      }
    }

    private static URI normalize(URI url) {
      // Checked first, as the messages below quote the URL and user info may hold a password.
      if (url.getRawUserInfo() != null) {
        throw new IllegalStateException(
            "baseUrl must not hold a user name or password before the host; give credentials"
                + " with credentials(...)");
      }
      String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("https") && !scheme.equals("http")) {
        throw new IllegalStateException("baseUrl must be an http or https URL, but was " + url);
      }
      if (url.getRawQuery() != null || url.getRawFragment() != null) {
        // Not quoted: a query may hold a token typed into it.
        throw new IllegalStateException(
            "baseUrl must have no query or fragment; give credentials with credentials(...)");
      }
      if (url.getHost() == null) {
        throw new IllegalStateException("baseUrl must name a host, but was " + url);
      }
      String text = url.toString();
      return URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    }

    // Discogs only accepts key/secret and tokens over TLS; plain http is allowed for a stub or a
    // proxy on this machine, never towards another host.
    private void checkTransportSecurity(URI url) {
      boolean sendsSecrets = credentials.accessLevel() != AccessLevel.NONE;
      if (sendsSecrets && url.getScheme().equalsIgnoreCase("http") && !isLoopback(url)) {
        throw new IllegalStateException(
            "credentials are only sent over https, or over http to a loopback address; baseUrl was "
                + url);
      }
    }

    private static boolean isLoopback(URI url) {
      String host = url.getHost();
      if (host.equalsIgnoreCase("localhost")) {
        return true;
      }
      // Only literal addresses reach InetAddress (a URI keeps IPv6 literals in brackets): a name
      // made of hex letters, such as "cafe", must not be looked up in DNS and trusted.
      try {
        return host.matches("[0-9.]+|\\[[0-9a-fA-F:.]+]")
            && InetAddress.getByName(host).isLoopbackAddress();
      } catch (UnknownHostException notAnAddress) {
        return false;
      }
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
