package dev.needledrop.discogs.feign.internal.http;

import dev.needledrop.discogs.HeaderValues;
import dev.needledrop.discogs.error.TransportException;
import dev.needledrop.discogs.internal.FailureWords;
import feign.Request;
import feign.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;

/**
 * Sends one attempt over the JDK's {@link HttpClient}: HTTP/1.1 on connections kept alive,
 * redirects never followed, gzip asked for and inflated as the body is read. Thread-safe; one
 * instance per Discogs client.
 *
 * <p>Each attempt has one time limit for the whole answer, headers and body: the JDK bounds the
 * wait for the headers, a {@link Watchdog} the wait for the body. A body of up to {@value
 * #HOLD_LIMIT} bytes on the wire (every JSON answer of Discogs) is received whole within the
 * attempt: a body cut short is then a failed attempt that may be retried, and the connection is
 * back in the pool before the answer is decoded. A longer one (an inventory export, a large image)
 * is handed over as it arrives, so that it never sits whole in memory; the watchdog closes it when
 * the limit passes, its reader then fails with an {@link HttpTimeoutException}, and so no
 * connection outlives the attempt's limit however the caller abandons the answer. Error answers are
 * cut to their first {@value #ERROR_BODY_LIMIT} bytes. Failures say whether the request may have
 * reached the server ({@link AttemptFailure#sent()}): only a connection that never opened is known
 * not to have. A header value holding CR, LF, NUL or another control character is refused with an
 * {@link IllegalArgumentException} before anything is sent.
 *
 * <p>The JDK's client runs its steps on the selector thread it reads the sockets with, not on an
 * executor's threads: handing each step to another thread cost more than a third of a call's time
 * on a loaded machine. Nothing the client is given to run may block: the body receiver only
 * collects what arrives or queues it for the reader, and all decoding happens on the caller's
 * thread.
 */
public final class JdkHttpClient implements AutoCloseable {

  // The JDK refuses to let callers set these; it writes them itself.
  private static final Set<String> JDK_MANAGED_HEADERS =
      Set.of("host", "connection", "content-length", "expect", "upgrade");

  // Bodies up to this length arrive whole within the attempt; longer ones are streamed.
  static final int HOLD_LIMIT = 1024 * 1024;

  // Error pages are reported by their start; the rest of a long one is not worth waiting for.
  static final int ERROR_BODY_LIMIT = 64 * 1024;

  private static final AtomicInteger WATCHDOGS = new AtomicInteger();

  private final HttpClient http;
  private final Watchdog watchdog;
  private final Duration connectTimeout;
  private final HttpLog log = new HttpLog();
  private final AtomicBoolean closed = new AtomicBoolean();

  private JdkHttpClient(HttpClient http, Watchdog watchdog, Duration connectTimeout) {
    this.http = http;
    this.watchdog = watchdog;
    this.connectTimeout = connectTimeout;
  }

  /** Creates a client with its own threads, connecting within the given time. */
  public static JdkHttpClient create(Duration connectTimeout) {
    return create(connectTimeout, null);
  }

  /** Creates a client trusting what the TLS context trusts, or the JVM's default when null. */
  static JdkHttpClient create(Duration connectTimeout, SSLContext tls) {
    HttpClient.Builder http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(connectTimeout)
            // Steps run where they become due, on the caller's or the selector's thread.
            .executor(Runnable::run);
    if (tls != null) {
      http.sslContext(tls);
    }
    Watchdog watchdog = new Watchdog("discogs-http-watchdog-" + WATCHDOGS.incrementAndGet());
    return new JdkHttpClient(http.build(), watchdog, connectTimeout);
  }

  /**
   * Sends the request and receives its answer within the time limit: all of it for a short body,
   * the start of a long one, whose rest must be read within the limit too.
   *
   * @throws AttemptFailure when no answer, or no complete short answer, came
   * @throws TransportException when the URL is malformed or the thread was interrupted
   * @throws IllegalStateException once the client is closed
   */
  public Response send(Request request, Duration limit) throws AttemptFailure {
    if (closed.get()) {
      throw new IllegalStateException("this Discogs client is closed");
    }
    URI uri = toUri(request);
    long started = System.nanoTime();
    try {
      HttpResponse<AnswerBody> response =
          exchange(toJdkRequest(request, uri, limit), limit, started + limit.toNanos());
      AnswerBody body = bounded(response, uri);
      log.exchanged(request, uri, response, elapsedMillis(started));
      return toFeignResponse(request, response, body);
    } catch (AttemptFailure failure) {
      log.failed(request.httpMethod().name(), uri, failure.reason(), elapsedMillis(started));
      throw failure;
    }
  }

  /**
   * Stops the client's threads; calls made afterwards fail with an IllegalStateException, and a
   * body still arriving fails at once rather than at its deadline.
   */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      // JDK 17's HttpClient has no close(): its selector thread ends, and its pooled connections
      // close, once the client is no longer referenced.
      watchdog.close();
    }
  }

  private HttpResponse<AnswerBody> exchange(HttpRequest jdkRequest, Duration limit, long deadline)
      throws AttemptFailure {
    URI uri = jdkRequest.uri();
    BodyReceiver receiver = new BodyReceiver(watchdog, deadline, uri, limit);
    try {
      return http.send(jdkRequest, receiver);
    } catch (HttpConnectTimeoutException timeout) {
      throw AttemptFailure.notSent(FailureWords.connectTimedOut(uri, connectTimeout), timeout);
    } catch (HttpTimeoutException timeout) {
      receiver.abort();
      String reason = receiver.expiry().orElseGet(() -> FailureWords.noResponse(uri, limit));
      throw AttemptFailure.timedOut(reason, timeout);
    } catch (IOException io) {
      receiver.abort();
      throw FailureWords.neverConnected(io)
          ? AttemptFailure.notSent(FailureWords.notConnected(uri, io), io)
          : AttemptFailure.unanswered(FailureWords.lost(uri, io), io);
    } catch (InterruptedException interrupted) {
      receiver.abort();
      Thread.currentThread().interrupt();
      throw interrupted(jdkRequest, interrupted);
    }
  }

  // A body that arrived whole is the answer as it is; the start of a long error page stands for it.
  private static AnswerBody bounded(HttpResponse<AnswerBody> response, URI uri)
      throws AttemptFailure {
    if (response.statusCode() < 300
        || !(response.body() instanceof AnswerBody.Streaming streaming)) {
      return response.body();
    }
    try (LiveBody live = streaming.live()) {
      byte[] start = live.readNBytes(ERROR_BODY_LIMIT);
      return new AnswerBody.Whole(List.of(ByteBuffer.wrap(start)), start.length);
    } catch (HttpTimeoutException timeout) {
      throw AttemptFailure.timedOut(timeout.getMessage(), timeout);
    } catch (IOException cut) {
      throw AttemptFailure.unanswered(FailureWords.lost(uri, cut), cut);
    }
  }

  private static TransportException interrupted(HttpRequest request, Exception cause) {
    return new TransportException(
        request.method(), request.uri().getRawPath(), "interrupted while waiting", cause);
  }

  private static URI toUri(Request request) {
    try {
      return URI.create(request.url());
    } catch (IllegalArgumentException malformed) {
      String method = request.httpMethod().name();
      throw new TransportException(method, pathOf(request.url()), "malformed URL", malformed);
    }
  }

  private static String pathOf(String url) {
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }

  // Feign hands a GET an empty body; sent as one, it would cost the JDK a round of its threads.
  private static HttpRequest toJdkRequest(Request request, URI uri, Duration limit) {
    byte[] body = request.body();
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(uri)
            .timeout(limit)
            .method(
                request.httpMethod().name(),
                body == null || body.length == 0
                    ? BodyPublishers.noBody()
                    : BodyPublishers.ofByteArray(body));
    request.headers().forEach((name, values) -> copyHeader(builder, name, values));
    builder.setHeader("Accept-Encoding", "gzip");
    return builder.build();
  }

  private static void copyHeader(
      HttpRequest.Builder builder, String name, Collection<String> values) {
    if (JDK_MANAGED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
      return;
    }
    // Last line of defence: no value, whoever set it, may split the request or forge a header.
    values.forEach(value -> builder.header(name, HeaderValues.requireSafe(value, name)));
  }

  private static Response toFeignResponse(
      Request request, HttpResponse<AnswerBody> response, AnswerBody body) {
    boolean gzip =
        response
            .headers()
            .firstValue("Content-Encoding")
            .filter(encoding -> encoding.trim().equalsIgnoreCase("gzip"))
            .isPresent();
    Response.Builder builder =
        Response.builder()
            .status(response.statusCode())
            .reason("")
            .headers(responseHeaders(response, gzip))
            .request(request)
            .protocolVersion(Request.ProtocolVersion.HTTP_1_1);
    // Inflated as the decoder reads, so that a corrupt body is reported as unreadable. An error
    // answer may be read twice (to decide on a retry, then to report it): it is held in an array.
    if (body instanceof AnswerBody.Whole whole && response.statusCode() >= 300) {
      return gzip
          ? builder
              .body(new InflatingInputStream(new ByteArrayInputStream(whole.bytes())), null)
              .build()
          : builder.body(whole.bytes()).build();
    }
    if (gzip) {
      return builder.body(new InflatingInputStream(body.stream(), inputBuffer(body)), null).build();
    }
    return body instanceof AnswerBody.Whole whole
        ? builder.body(whole.stream(), whole.length()).build()
        : builder.body(body.stream(), null).build();
  }

  // A whole body is in memory already: a small buffer feeds the inflater as fast as a large one.
  private static int inputBuffer(AnswerBody body) {
    return body instanceof AnswerBody.Whole ? 512 : InflatingInputStream.BUFFER_SIZE;
  }

  // Once inflated, the body no longer matches the announced encoding and length.
  private static Map<String, Collection<String>> responseHeaders(
      HttpResponse<AnswerBody> response, boolean inflated) {
    Map<String, Collection<String>> headers = new LinkedHashMap<>();
    response
        .headers()
        .map()
        .forEach(
            (name, values) -> {
              String lower = name.toLowerCase(Locale.ROOT);
              boolean stale =
                  inflated && (lower.equals("content-encoding") || lower.equals("content-length"));
              if (!stale && !name.startsWith(":")) {
                headers.put(name, List.copyOf(values));
              }
            });
    return headers;
  }

  private static long elapsedMillis(long startedNanos) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
  }

  /**
   * Makes the body's receiver when the headers arrive, watched until the deadline. The JDK's client
   * holds it while the exchange lasts, so it must not hold the client: the JDK closes its
   * connections only once its client is unreachable.
   */
  private static final class BodyReceiver implements HttpResponse.BodyHandler<AnswerBody> {

    private final Watchdog watchdog;
    private final long deadline;
    private final URI uri;
    private final Duration limit;
    private volatile AnswerBodySubscriber subscriber;

    BodyReceiver(Watchdog watchdog, long deadline, URI uri, Duration limit) {
      this.watchdog = watchdog;
      this.deadline = deadline;
      this.uri = uri;
      this.limit = limit;
    }

    @Override
    public HttpResponse.BodySubscriber<AnswerBody> apply(HttpResponse.ResponseInfo info) {
      AnswerBodySubscriber made = new AnswerBodySubscriber(HOLD_LIMIT);
      made.watchedBy(
          watchdog.watch(
              deadline,
              closed ->
                  made.expire(
                      closed ? closedReason(uri) : FailureWords.incompleteResponse(uri, limit))));
      subscriber = made;
      return made;
    }

    private static String closedReason(URI uri) {
      return "the Discogs client was closed before the response from "
          + FailureWords.hostAndPort(uri)
          + " was complete";
    }

    // Why the body was cut short: its deadline passed, or the client was closed.
    Optional<String> expiry() {
      AnswerBodySubscriber made = subscriber;
      return made == null ? Optional.empty() : made.expiry();
    }

    // The JDK closes the connection of a body no longer received.
    void abort() {
      AnswerBodySubscriber made = subscriber;
      if (made != null) {
        made.abort();
      }
    }
  }
}
