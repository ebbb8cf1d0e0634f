package dev.needledrop.discogs.oauth;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Plays Discogs' OAuth endpoints on 127.0.0.1 for the flow tests, following the reference's fake
 * server rules: consumers, request tokens and access tokens in tables; signatures checked with the
 * {@link IndependentOAuthVerifier}; tokens issued as form bodies; a test hook approving a request
 * token; 400 for a wrong or expired verifier and 401 for a bad signature.
 *
 * <p>Its token-step error bodies echo the received {@code Authorization} header, as careless OAuth
 * servers do, so that the tests prove the client keeps such echoes out of its exceptions.
 */
final class FakeDiscogsOAuthServer implements AutoCloseable {

  static final Duration REQUEST_TOKEN_LIFETIME = Duration.ofMinutes(15);
  static final String UNAUTHENTICATED = "You must authenticate to access this resource.";

  private final HttpServer server;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, String> consumers = new ConcurrentHashMap<>();
  private final Map<String, PendingToken> requestTokens = new ConcurrentHashMap<>();
  private final Map<String, Grant> accessTokens = new ConcurrentHashMap<>();
  private final Set<String> usedNonces = ConcurrentHashMap.newKeySet();
  private final List<Recorded> requests = new CopyOnWriteArrayList<>();
  private final AtomicReference<CannedReply> nextReply = new AtomicReference<>();

  /** A request as the server received it. */
  record Recorded(String method, String path, Headers headers, Map<String, String> oauth) {}

  private record PendingToken(
      String secret,
      String consumerKey,
      String callback,
      Instant issuedAt,
      Optional<String> verifier,
      Optional<String> username) {

    PendingToken approvedBy(String username, String verifier) {
      return new PendingToken(
          secret, consumerKey, callback, issuedAt, Optional.of(verifier), Optional.of(username));
    }
  }

  private record Grant(String secret, String consumerKey, String username) {}

  private record CannedReply(int status, String contentType, String body) {}

  private FakeDiscogsOAuthServer(Clock clock) throws IOException {
    this.clock = clock;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/oauth/request_token", exchange -> handle(exchange, this::requestToken));
    server.createContext("/oauth/access_token", exchange -> handle(exchange, this::accessToken));
    server.createContext("/oauth/identity", exchange -> handle(exchange, this::identity));
    server.start();
  }

  static FakeDiscogsOAuthServer start(Clock clock) {
    try {
      return new FakeDiscogsOAuthServer(clock);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  void registerConsumer(String key, String secret) {
    consumers.put(key, secret);
  }

  /** Approves a request token as the user and returns the verifier Discogs would hand out. */
  String approve(String requestToken, String username) {
    String verifier = "verifier-" + randomHex(8);
    requestTokens.computeIfPresent(requestToken, (t, p) -> p.approvedBy(username, verifier));
    return verifier;
  }

  /** Returns the URL the browser would be redirected to after the user approved. */
  URI approvalRedirect(String requestToken, String username) {
    String verifier = approve(requestToken, username);
    return URI.create(
        callbackOf(requestToken) + "?oauth_token=" + requestToken + "&oauth_verifier=" + verifier);
  }

  /** Returns the URL the browser would be redirected to after the user declined. */
  URI denialRedirect(String requestToken) {
    String callback = callbackOf(requestToken);
    requestTokens.remove(requestToken);
    return URI.create(callback + "?denied=" + requestToken);
  }

  /** Grants an access token directly, for identity tests that skip the flow. */
  void grant(String consumerKey, String token, String secret, String username) {
    accessTokens.put(token, new Grant(secret, consumerKey, username));
  }

  /** Makes the next call, whatever it is, get this answer instead of the normal one. */
  void answerNextCallWith(int status, String contentType, String body) {
    nextReply.set(new CannedReply(status, contentType, body));
  }

  List<Recorded> requests() {
    return List.copyOf(requests);
  }

  /** Returns every oauth_signature the server received, to scan messages for. */
  List<String> signaturesSeen() {
    return requests.stream()
        .map(r -> r.oauth().getOrDefault("oauth_signature", ""))
        .filter(s -> !s.isEmpty())
        .toList();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private String callbackOf(String requestToken) {
    PendingToken pending = requestTokens.get(requestToken);
    return pending == null ? "https://app.example/callback" : pending.callback();
  }

  private void handle(HttpExchange exchange, HttpHandler normal) throws IOException {
    CannedReply canned = nextReply.getAndSet(null);
    if (canned == null) {
      normal.handle(exchange);
    } else {
      record(exchange);
      reply(exchange, canned.status(), canned.contentType(), canned.body());
    }
  }

  private void requestToken(HttpExchange exchange) throws IOException {
    Optional<Map<String, String>> oauth = record(exchange);
    if (oauth.isEmpty() || !hasProtocolBasics(oauth.get())) {
      replyText(exchange, 400, "Invalid OAuth request.");
      return;
    }
    Map<String, String> params = oauth.get();
    String consumerKey = params.getOrDefault("oauth_consumer_key", "");
    if (!signedBy(exchange, params, consumers.get(consumerKey), "")) {
      replyText(exchange, 401, "Invalid signature; received " + authorization(exchange));
      return;
    }
    if (!params.containsKey("oauth_callback")) {
      replyText(exchange, 400, "oauth_callback is required.");
      return;
    }
    String token = "rt-" + randomHex(10);
    String secret = "rts-" + randomHex(10);
    requestTokens.put(
        token,
        new PendingToken(
            secret,
            consumerKey,
            params.get("oauth_callback"),
            clock.instant(),
            Optional.empty(),
            Optional.empty()));
    // A decoy: the seed spec claimed the tokens come in headers; the client must read the body.
    exchange.getResponseHeaders().add("oauth_token", "decoy-header-token");
    replyForm(
        exchange,
        "oauth_token="
            + token
            + "&oauth_token_secret="
            + secret
            + "&oauth_callback_confirmed=true");
  }

  private void accessToken(HttpExchange exchange) throws IOException {
    Optional<Map<String, String>> oauth = record(exchange);
    if (oauth.isEmpty() || !hasProtocolBasics(oauth.get())) {
      replyText(exchange, 400, "Invalid OAuth request.");
      return;
    }
    Map<String, String> params = oauth.get();
    PendingToken pending = requestTokens.get(params.getOrDefault("oauth_token", ""));
    String consumerKey = params.getOrDefault("oauth_consumer_key", "");
    if (pending == null || !pending.consumerKey().equals(consumerKey)) {
      replyText(exchange, 400, "Invalid request token; received " + authorization(exchange));
      return;
    }
    if (!signedBy(exchange, params, consumers.get(consumerKey), pending.secret())) {
      replyText(exchange, 401, "Invalid signature; received " + authorization(exchange));
      return;
    }
    boolean expired = !clock.instant().isBefore(pending.issuedAt().plus(REQUEST_TOKEN_LIFETIME));
    boolean verified =
        pending.verifier().isPresent()
            && pending.verifier().get().equals(params.getOrDefault("oauth_verifier", ""));
    if (expired || !verified) {
      replyText(exchange, 400, "Invalid or expired verifier; received " + authorization(exchange));
      return;
    }
    requestTokens.remove(params.get("oauth_token"));
    String token = "at-" + randomHex(10);
    String secret = "ats-" + randomHex(10);
    accessTokens.put(token, new Grant(secret, consumerKey, pending.username().orElseThrow()));
    replyForm(exchange, "oauth_token=" + token + "&oauth_token_secret=" + secret);
  }

  private void identity(HttpExchange exchange) throws IOException {
    Optional<Map<String, String>> oauth = record(exchange);
    Grant grant = oauth.map(p -> accessTokens.get(p.getOrDefault("oauth_token", ""))).orElse(null);
    boolean valid =
        grant != null
            && hasProtocolBasics(oauth.get())
            && grant.consumerKey().equals(oauth.get().get("oauth_consumer_key"))
            && signedBy(exchange, oauth.get(), consumers.get(grant.consumerKey()), grant.secret());
    if (!valid) {
      exchange
          .getResponseHeaders()
          .add("WWW-Authenticate", "OAuth realm=\"https://api.discogs.com\"");
      replyJson(exchange, 401, "{\"message\": \"" + UNAUTHENTICATED + "\"}");
      return;
    }
    replyJson(
        exchange,
        200,
        "{\"id\": 4242, \"username\": \""
            + grant.username()
            + "\", \"resource_url\": \"https://api.discogs.com/users/"
            + grant.username()
            + "\", \"consumer_name\": \"Needledrop Tests\"}");
  }

  // Records the request and reads its OAuth header; empty when the header is missing or broken.
  private Optional<Map<String, String>> record(HttpExchange exchange) {
    Optional<Map<String, String>> oauth;
    try {
      oauth = Optional.of(IndependentOAuthVerifier.parseHeader(authorization(exchange)));
    } catch (RuntimeException broken) {
      oauth = Optional.empty();
    }
    requests.add(
        new Recorded(
            exchange.getRequestMethod(),
            exchange.getRequestURI().getRawPath(),
            exchange.getRequestHeaders(),
            oauth.orElse(Map.of())));
    return oauth;
  }

  // The reference's rules: nonce present and at most 64 characters, a timestamp, and no nonce
  // used twice with the same consumer and timestamp.
  private boolean hasProtocolBasics(Map<String, String> oauth) {
    String nonce = oauth.getOrDefault("oauth_nonce", "");
    String timestamp = oauth.getOrDefault("oauth_timestamp", "");
    if (nonce.isEmpty() || nonce.length() > 64 || !timestamp.matches("\\d{1,10}")) {
      return false;
    }
    return usedNonces.add(oauth.get("oauth_consumer_key") + "|" + timestamp + "|" + nonce);
  }

  private static boolean signedBy(
      HttpExchange exchange, Map<String, String> oauth, String consumerSecret, String tokenSecret) {
    if (consumerSecret == null) {
      return false;
    }
    URI url =
        URI.create("http://127.0.0.1:" + exchange.getLocalAddress().getPort())
            .resolve(exchange.getRequestURI());
    return IndependentOAuthVerifier.verifies(
        exchange.getRequestMethod(),
        url,
        Map.of(),
        authorization(exchange),
        consumerSecret,
        tokenSecret);
  }

  private static String authorization(HttpExchange exchange) {
    return Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization")).orElse("");
  }

  private String randomHex(int bytes) {
    byte[] value = new byte[bytes];
    random.nextBytes(value);
    return HexFormat.of().formatHex(value);
  }

  private static void replyForm(HttpExchange exchange, String body) throws IOException {
    reply(exchange, 200, "application/x-www-form-urlencoded", body);
  }

  private static void replyText(HttpExchange exchange, int status, String body) throws IOException {
    reply(exchange, status, "text/plain; charset=utf-8", body);
  }

  private static void replyJson(HttpExchange exchange, int status, String body) throws IOException {
    reply(exchange, status, "application/json", body);
  }

  private static void reply(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", type);
    exchange.getResponseHeaders().add("X-Discogs-Ratelimit", "60");
    exchange.getResponseHeaders().add("X-Discogs-Ratelimit-Used", "1");
    exchange.getResponseHeaders().add("X-Discogs-Ratelimit-Remaining", "59");
    exchange.sendResponseHeaders(status, bytes.length);
    try (var out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
