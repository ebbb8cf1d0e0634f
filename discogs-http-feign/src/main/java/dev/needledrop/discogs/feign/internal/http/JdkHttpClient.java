package dev.needledrop.discogs.feign.internal.http;

import dev.needledrop.discogs.HeaderValues;
import dev.needledrop.discogs.error.TransportException;
import feign.Request;
import feign.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends one attempt over the JDK's {@link HttpClient} and reads its whole answer: HTTP/1.1,
 * redirects never followed, gzip asked for. Thread-safe; one instance per Discogs client.
 *
 * <p>Each attempt has one time limit for the whole answer, headers and body. The JDK bounds only
 * the wait for the headers, so a watchdog closes the body stream when the limit passes while the
 * body is still coming. Reading the body here, into memory, also means no connection outlives the
 * attempt, however the caller abandons the answer. Failures say whether the request may have
 * reached the server ({@link AttemptFailure#sent()}): only a connection that never opened is known
 * not to have. A header value holding CR, LF, NUL or another control character is refused with an
 * {@link IllegalArgumentException} before anything is sent.
 */
public final class JdkHttpClient implements AutoCloseable {

  // The JDK refuses to let callers set these; it writes them itself.
  private static final Set<String> JDK_MANAGED_HEADERS =
      Set.of("host", "connection", "content-length", "expect", "upgrade");

  // Beyond the decoder's own cap (32 MB): a longer body is cut here and then fails as malformed.
  private static final int MAX_BODY_BYTES = 32 * 1024 * 1024 + 1;

  private final HttpClient http;
  private final ExecutorService executor;
  private final ScheduledThreadPoolExecutor watchdogs;
  private final Duration connectTimeout;
  private final HttpLog log = new HttpLog();
  private final AtomicBoolean closed = new AtomicBoolean();

  private JdkHttpClient(
      HttpClient http,
      ExecutorService executor,
      ScheduledThreadPoolExecutor watchdogs,
      Duration connectTimeout) {
    this.http = http;
    this.executor = executor;
    this.watchdogs = watchdogs;
    this.connectTimeout = connectTimeout;
  }

  /** Creates a client with its own threads, connecting within the given time. */
  public static JdkHttpClient create(Duration connectTimeout) {
    ExecutorService executor = Executors.newCachedThreadPool(new DaemonThreads("discogs-http-"));
    ScheduledThreadPoolExecutor watchdogs =
        new ScheduledThreadPoolExecutor(1, new DaemonThreads("discogs-http-watchdog-"));
    watchdogs.setRemoveOnCancelPolicy(true);
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(connectTimeout)
            .executor(executor)
            .build();
    return new JdkHttpClient(http, executor, watchdogs, connectTimeout);
  }

  /**
   * Sends the request and reads its whole answer within the time limit.
   *
   * @throws AttemptFailure when no complete answer came
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
      HttpResponse<InputStream> response = exchange(toJdkRequest(request, uri, limit), limit);
      byte[] body = readBody(response.body(), limit, limit.minusNanos(System.nanoTime() - started));
      log.exchanged(request, uri, response, elapsedMillis(started));
      return toFeignResponse(request, response, body);
    } catch (AttemptFailure failure) {
      log.failed(request.httpMethod().name(), uri, failure.reason(), elapsedMillis(started));
      throw failure;
    }
  }

  /** Stops the client's threads; calls made afterwards fail with an IllegalStateException. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      // JDK 17's HttpClient has no close(): ending its executor is all it allows; the selector
      // thread ends once the client is no longer referenced.
      executor.shutdownNow();
      watchdogs.shutdownNow();
    }
  }

  private HttpResponse<InputStream> exchange(HttpRequest jdkRequest, Duration limit)
      throws AttemptFailure {
    try {
      return http.send(jdkRequest, BodyHandlers.ofInputStream());
    } catch (HttpConnectTimeoutException timeout) {
      throw AttemptFailure.notSent("no connection within " + connectTimeout, timeout);
    } catch (HttpTimeoutException timeout) {
      throw AttemptFailure.timedOut("no response within " + limit, timeout);
    } catch (IOException io) {
      throw neverConnected(io)
          ? AttemptFailure.notSent(describe(io), io)
          : AttemptFailure.unanswered(describe(io), io);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw interrupted(jdkRequest, interrupted);
    }
  }

  private byte[] readBody(InputStream body, Duration limit, Duration left) throws AttemptFailure {
    AtomicBoolean expired = new AtomicBoolean();
    ScheduledFuture<?> watchdog =
        watchdogs.schedule(
            () -> {
              expired.set(true);
              closeQuietly(body);
            },
            Math.max(0, left.toNanos()),
            TimeUnit.NANOSECONDS);
    try (body) {
      return body.readNBytes(MAX_BODY_BYTES);
    } catch (IOException cut) {
      if (expired.get()) {
        throw AttemptFailure.timedOut("no complete response within " + limit, cut);
      }
      throw AttemptFailure.unanswered("the body was cut short: " + describe(cut), cut);
    } finally {
      watchdog.cancel(false);
    }
  }

  // Only these say that no connection was made, so that nothing can have been sent.
  private static boolean neverConnected(IOException failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConnectException
          || cause instanceof UnknownHostException
          || cause instanceof NoRouteToHostException
          || cause instanceof UnresolvedAddressException) {
        return true;
      }
    }
    return false;
  }

  private static TransportException interrupted(HttpRequest request, Exception cause) {
    return new TransportException(
        request.method(), request.uri().getRawPath(), "interrupted while waiting", cause);
  }

  private static void closeQuietly(InputStream stream) {
    try {
      stream.close();
    } catch (IOException ignored) {
      // Closing only cuts the transfer short; the reader reports the outcome.
    }
  }

  static String describe(IOException io) {
    String message = io.getMessage();
    String kind = io.getClass().getSimpleName();
    return message == null || message.isBlank() ? kind : kind + ": " + stripQuery(message);
  }

  // An I/O message may quote the URL; its query may hold credentials.
  private static String stripQuery(String message) {
    return message.replaceAll("\\?\\S*", "");
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

  private static HttpRequest toJdkRequest(Request request, URI uri, Duration limit) {
    byte[] body = request.body();
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(uri)
            .timeout(limit)
            .method(
                request.httpMethod().name(),
                body == null ? BodyPublishers.noBody() : BodyPublishers.ofByteArray(body));
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
      Request request, HttpResponse<InputStream> response, byte[] body) {
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
    // Inflated as the decoder reads, so that a corrupt body is reported as unreadable.
    return gzip
        ? builder.body(new InflatingInputStream(new ByteArrayInputStream(body)), null).build()
        : builder.body(body).build();
  }

  // Once inflated, the body no longer matches the announced encoding and length.
  private static Map<String, Collection<String>> responseHeaders(
      HttpResponse<InputStream> response, boolean inflated) {
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

  private static final class DaemonThreads implements ThreadFactory {

    private final String prefix;
    private final AtomicInteger count = new AtomicInteger();

    DaemonThreads(String prefix) {
      this.prefix = prefix;
    }

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}
