package dev.needledrop.discogs.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.needledrop.discogs.auth.AuthorizationCallback;
import dev.needledrop.discogs.auth.RequestToken;
import dev.needledrop.discogs.error.AuthorizationDeniedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A one-shot web server on 127.0.0.1, on a free port, that Discogs sends the user's browser back to
 * after the authorize page: it catches the first request to its callback path that answers the
 * {@linkplain #expect expected} request token, answers the browser with a short page, and hands the
 * URL (with {@code oauth_token} and {@code oauth_verifier}, or {@code denied}) to the login. Only
 * reachable from this machine, but any local program may call it: a callback for another request
 * token, or none at all, is answered 400 and ignored, and the receiver keeps waiting.
 */
final class CallbackReceiver implements AutoCloseable {

  private static final String PATH = "/callback";
  private static final byte[] PAGE =
      ("<!doctype html><title>discogs login</title>"
              + "<p>Done: you can close this page and go back to the terminal.</p>")
          .getBytes(StandardCharsets.UTF_8);
  private static final byte[] NOT_EXPECTED =
      ("<!doctype html><title>discogs login</title>"
              + "<p>This is not the request the login waits for; it was ignored.</p>")
          .getBytes(StandardCharsets.UTF_8);
  private static final Duration EXPECTATION_WAIT = Duration.ofSeconds(10);
  private static final Pattern DENIED = Pattern.compile("(?:^|&)denied=([^&]*)");

  private final HttpServer server;
  private final CompletableFuture<URI> redirect = new CompletableFuture<>();
  private final CompletableFuture<RequestToken> expected = new CompletableFuture<>();

  private CallbackReceiver(HttpServer server) {
    this.server = server;
  }

  /** Starts listening on a free port of 127.0.0.1. */
  static CallbackReceiver start() {
    try {
      InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
      CallbackReceiver receiver = new CallbackReceiver(HttpServer.create(address, 0));
      receiver.server.createContext(PATH, receiver::receive);
      receiver.server.start();
      return receiver;
    } catch (IOException cannotListen) {
      throw new UncheckedIOException("cannot listen on 127.0.0.1 for the login", cannotListen);
    }
  }

  /** Returns the callback URL to give Discogs. */
  URI callbackUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PATH);
  }

  /**
   * Accepts from now on the callback answering this request token; to be called as soon as the
   * token is known. A callback arriving before waits for it a moment, then is ignored.
   */
  void expect(RequestToken requestToken) {
    expected.complete(Objects.requireNonNull(requestToken, "requestToken"));
  }

  /** Returns the URL the browser was sent back to, or empty when none came within the time. */
  Optional<URI> await(Duration limit) {
    try {
      return Optional.of(redirect.get(limit.toMillis(), TimeUnit.MILLISECONDS));
    } catch (TimeoutException late) {
      return Optional.empty();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } catch (ExecutionException impossible) {
      throw new IllegalStateException(impossible.getCause());
    }
  }

  // The login goes on, and stops this server, once the browser has its page: hand the URL over
  // only after answering.
  private void receive(HttpExchange exchange) throws IOException {
    URI received = callbackUrl().resolve(exchange.getRequestURI());
    boolean done = redirect.isDone();
    boolean answers = !done && answersExpected(received);
    try (exchange) {
      byte[] body = done ? new byte[0] : answers ? PAGE : NOT_EXPECTED;
      exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(
          done ? 409 : answers ? 200 : 400, body.length == 0 ? -1 : body.length);
      exchange.getResponseBody().write(body);
    } finally {
      if (answers) {
        redirect.complete(received);
      }
    }
  }

  // An approval must name the expected token. A refusal may name it or nothing, as Discogs' form
  // of it is not documented; one naming another token is someone else's.
  private boolean answersExpected(URI received) {
    Optional<RequestToken> awaited = expectedToken();
    if (awaited.isEmpty()) {
      return false;
    }
    RequestToken token = awaited.get();
    try {
      AuthorizationCallback.fromRedirect(received).verifierFor(token);
      return true;
    } catch (AuthorizationDeniedException denied) {
      Matcher named = DENIED.matcher(Objects.requireNonNullElse(received.getRawQuery(), ""));
      return !named.find()
          || named.group(1).isEmpty()
          || URLDecoder.decode(named.group(1), StandardCharsets.UTF_8).equals(token.token());
    } catch (IllegalArgumentException notTheExpectedOne) {
      return false;
    }
  }

  // A quick browser may come back while the login is still between asking for the token and
  // expecting it.
  private Optional<RequestToken> expectedToken() {
    try {
      return Optional.of(expected.get(EXPECTATION_WAIT.toMillis(), TimeUnit.MILLISECONDS));
    } catch (TimeoutException | ExecutionException notYet) {
      return Optional.empty();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
