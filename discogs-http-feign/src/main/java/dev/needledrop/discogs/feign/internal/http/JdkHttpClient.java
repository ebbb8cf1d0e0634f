package dev.needledrop.discogs.feign.internal.http;

import dev.needledrop.discogs.HeaderValues;
import dev.needledrop.discogs.error.TransportException;
import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Feign's transport over the JDK's {@link HttpClient}: HTTP/1.1, redirects never followed, gzip
 * asked for and inflated as the body is read. Thread-safe; one instance per Discogs client.
 *
 * <p>Redirects are left to the caller so that credentials are never sent to another origin. The
 * connect timeout is fixed when the client is built; the read timeout comes with each request and
 * bounds the wait for the response headers (the JDK offers no timeout for reading the body
 * afterwards). Every failure to send or receive becomes a {@link TransportException} naming the
 * method and path, never the query. The rate-limit headers of every response, errors included, are
 * handed to the {@link RateLimitTracker}. A header value holding CR, LF, NUL or another control
 * character is refused with an {@link IllegalArgumentException} before anything is sent.
 */
public final class JdkHttpClient implements Client, AutoCloseable {

  // The JDK refuses to let callers set these; it writes them itself.
  private static final Set<String> JDK_MANAGED_HEADERS =
      Set.of("host", "connection", "content-length", "expect", "upgrade");

  private final HttpClient http;
  private final ExecutorService executor;
  private final Duration connectTimeout;
  private final RateLimitTracker rateLimits;
  private final HttpLog log = new HttpLog();
  private final AtomicBoolean closed = new AtomicBoolean();

  private JdkHttpClient(
      HttpClient http,
      ExecutorService executor,
      Duration connectTimeout,
      RateLimitTracker rateLimits) {
    this.http = http;
    this.executor = executor;
    this.connectTimeout = connectTimeout;
    this.rateLimits = rateLimits;
  }

  /** Creates a client with its own executor, connecting within the given time. */
  public static JdkHttpClient create(Duration connectTimeout, RateLimitTracker rateLimits) {
    ExecutorService executor = Executors.newCachedThreadPool(new DaemonThreads());
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(connectTimeout)
            .executor(executor)
            .build();
    return new JdkHttpClient(
        http, executor, connectTimeout, Objects.requireNonNull(rateLimits, "rateLimits"));
  }

  @Override
  public Response execute(Request request, Request.Options options) {
    if (closed.get()) {
      throw new IllegalStateException("this Discogs client is closed");
    }
    URI uri = toUri(request);
    long started = System.nanoTime();
    HttpResponse<InputStream> response = send(toJdkRequest(request, uri, options), request, uri);
    rateLimits.observe(response.headers().map());
    log.exchanged(request, uri, response, elapsedMillis(started));
    return toFeignResponse(request, response);
  }

  /** Stops the client's threads; calls made afterwards fail with an IllegalStateException. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      // JDK 17's HttpClient has no close(): ending its executor is all it allows; the selector
      // thread ends once the client is no longer referenced.
      executor.shutdownNow();
    }
  }

  private HttpResponse<InputStream> send(HttpRequest jdkRequest, Request request, URI uri) {
    long started = System.nanoTime();
    String method = request.httpMethod().name();
    try {
      return http.send(jdkRequest, BodyHandlers.ofInputStream());
    } catch (HttpConnectTimeoutException timeout) {
      throw failed(method, uri, "no connection within " + connectTimeout, timeout, started);
    } catch (HttpTimeoutException timeout) {
      String reason = "no response within " + jdkRequest.timeout().orElseThrow();
      throw failed(method, uri, reason, timeout, started);
    } catch (IOException io) {
      throw failed(method, uri, describe(io), io, started);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw failed(method, uri, "interrupted while waiting", interrupted, started);
    }
  }

  private TransportException failed(
      String method, URI uri, String reason, Exception cause, long started) {
    log.failed(method, uri, reason, elapsedMillis(started));
    return new TransportException(method, uri.getRawPath(), reason, cause);
  }

  private static String describe(IOException io) {
    String message = io.getMessage();
    String kind = io.getClass().getSimpleName();
    return message == null || message.isBlank() ? kind : kind + ": " + message;
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

  private static HttpRequest toJdkRequest(Request request, URI uri, Request.Options options) {
    byte[] body = request.body();
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofMillis(options.readTimeoutUnit().toMillis(options.readTimeout())))
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

  private static Response toFeignResponse(Request request, HttpResponse<InputStream> response) {
    boolean gzip =
        response
            .headers()
            .firstValue("Content-Encoding")
            .filter(encoding -> encoding.trim().equalsIgnoreCase("gzip"))
            .isPresent();
    InputStream body = gzip ? new InflatingInputStream(response.body()) : response.body();
    return Response.builder()
        .status(response.statusCode())
        .reason("")
        .headers(responseHeaders(response, gzip))
        .body(body, gzip ? null : contentLength(response))
        .request(request)
        .protocolVersion(Request.ProtocolVersion.HTTP_1_1)
        .build();
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

  private static Integer contentLength(HttpResponse<InputStream> response) {
    return response.headers().firstValueAsLong("Content-Length").stream()
        .filter(length -> length >= 0 && length <= Integer.MAX_VALUE)
        .mapToObj(length -> (int) length)
        .findFirst()
        .orElse(null);
  }

  private static long elapsedMillis(long startedNanos) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
  }

  private static final class DaemonThreads implements ThreadFactory {

    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, "discogs-http-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}
