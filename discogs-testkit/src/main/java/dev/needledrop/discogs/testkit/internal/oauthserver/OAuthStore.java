package dev.needledrop.discogs.testkit.internal.oauthserver;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The stub's OAuth tables (reference §2.2, fake-server rules): consumers (key, secret), request
 * tokens (secret, consumer, callback, when issued, and once approved the verifier and the user),
 * access tokens (secret, consumer, user), and the nonces seen lately. Thread-safe.
 */
public final class OAuthStore {

  /** How long a request token and its verifier stay valid, as on Discogs. */
  static final Duration REQUEST_TOKEN_LIFETIME = Duration.ofMinutes(15);

  /** How far a request's timestamp may be from the stub's clock. */
  static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

  private final Clock clock;
  private final Function<String, Optional<String>> consumerSecrets;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, RequestToken> requestTokens = new LinkedHashMap<>();
  private final Map<String, AccessToken> accessTokens = new HashMap<>();
  private final Map<String, Instant> nonces = new HashMap<>();

  /** A request token of the flow's first step. */
  record RequestToken(
      String token,
      String secret,
      String consumerKey,
      String callback,
      Instant issuedAt,
      Optional<String> verifier,
      Optional<String> user) {

    boolean isOutOfBand() {
      return callback.equals("oob");
    }

    @Override
    public String toString() {
      return "RequestToken[****]";
    }
  }

  /** An access token the flow's last step issued, acting for a user. */
  public record AccessToken(String token, String secret, String consumerKey, String user) {

    @Override
    public String toString() {
      return "AccessToken[user=" + user + ", ****]";
    }
  }

  /**
   * Creates empty token tables reading the time from the clock.
   *
   * @param consumerSecrets the consumers table: the secret of a consumer key
   */
  public OAuthStore(Clock clock, Function<String, Optional<String>> consumerSecrets) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.consumerSecrets = Objects.requireNonNull(consumerSecrets, "consumerSecrets");
  }

  /** Returns the stub's clock. */
  Clock clock() {
    return clock;
  }

  /** Returns the secret of a consumer key. */
  Optional<String> consumerSecret(String key) {
    return consumerSecrets.apply(key);
  }

  /** Issues a request token for the consumer, to be approved and exchanged within 15 minutes. */
  synchronized RequestToken issueRequestToken(String consumerKey, String callback) {
    RequestToken issued =
        new RequestToken(
            fresh(),
            fresh(),
            consumerKey,
            callback,
            clock.instant(),
            Optional.empty(),
            Optional.empty());
    requestTokens.put(issued.token(), issued);
    return issued;
  }

  /** Returns a request token still valid, dropping it when it expired. */
  synchronized Optional<RequestToken> requestToken(String token) {
    RequestToken found = requestTokens.get(token);
    if (found == null || isExpired(found)) {
      requestTokens.remove(token);
      return Optional.empty();
    }
    return Optional.of(found);
  }

  /** Tells whether the request token was issued and has expired since. */
  synchronized boolean hasExpired(String token) {
    RequestToken found = requestTokens.get(token);
    return found != null && isExpired(found);
  }

  /**
   * Approves a request token for the user, as the user would on the authorize page, and returns the
   * verifier; approving again keeps the first verifier.
   *
   * @throws IllegalArgumentException for a token unknown or expired
   */
  public synchronized String approve(String token, String user) {
    RequestToken pending =
        requestToken(token)
            .orElseThrow(
                () -> new IllegalArgumentException("no valid request token of that value"));
    String verifier = pending.verifier().orElseGet(this::fresh);
    requestTokens.put(
        token,
        new RequestToken(
            pending.token(),
            pending.secret(),
            pending.consumerKey(),
            pending.callback(),
            pending.issuedAt(),
            Optional.of(verifier),
            Optional.of(user)));
    return verifier;
  }

  /** Forgets a request token, as after the user declined it. */
  synchronized void forget(String token) {
    requestTokens.remove(token);
  }

  /** Returns the request tokens issued and not yet exchanged, declined or expired, oldest first. */
  public synchronized List<String> pendingRequestTokens() {
    List<String> pending = new ArrayList<>();
    for (Iterator<RequestToken> all = requestTokens.values().iterator(); all.hasNext(); ) {
      RequestToken token = all.next();
      if (isExpired(token)) {
        all.remove();
      } else {
        pending.add(token.token());
      }
    }
    return pending;
  }

  /**
   * Exchanges an approved request token for an access token, once: the request token is gone
   * afterwards. Returns empty when the verifier does not match the approval.
   */
  synchronized Optional<AccessToken> exchange(String token, String verifier) {
    RequestToken pending = requestTokens.get(token);
    if (pending == null
        || pending.verifier().isEmpty()
        || !same(pending.verifier().get(), verifier)) {
      return Optional.empty();
    }
    requestTokens.remove(token);
    return Optional.of(grant(pending.consumerKey(), pending.user().orElseThrow()));
  }

  /** Issues an access token acting for the user through the consumer, as a finished flow does. */
  public synchronized AccessToken grant(String consumerKey, String user) {
    return grant(consumerKey, user, fresh(), fresh());
  }

  /** Registers a given access token acting for the user through the consumer. */
  public synchronized AccessToken grant(
      String consumerKey, String user, String token, String secret) {
    AccessToken access = new AccessToken(token, secret, consumerKey, user);
    accessTokens.put(token, access);
    return access;
  }

  /** Returns an access token. */
  synchronized Optional<AccessToken> accessToken(String token) {
    return Optional.ofNullable(accessTokens.get(token));
  }

  /**
   * Records a nonce of the consumer; false when it was seen within the clock-skew window, which
   * makes the request a replay.
   */
  synchronized boolean useNonce(String consumerKey, String nonce) {
    Instant now = clock.instant();
    nonces.values().removeIf(seen -> seen.plus(MAX_CLOCK_SKEW.multipliedBy(2)).isBefore(now));
    return nonces.putIfAbsent(consumerKey + "\n" + nonce, now) == null;
  }

  private boolean isExpired(RequestToken token) {
    return !clock.instant().isBefore(token.issuedAt().plus(REQUEST_TOKEN_LIFETIME));
  }

  private String fresh() {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private static boolean same(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "OAuthStore[" + accessTokens.size() + " access tokens]";
  }
}
