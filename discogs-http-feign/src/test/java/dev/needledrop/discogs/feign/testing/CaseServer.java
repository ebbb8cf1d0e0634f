package dev.needledrop.discogs.feign.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

/**
 * A replay server on 127.0.0.1 for tests: answers each request with the next scripted response and
 * records what it received, raw. An unscripted request gets a 599 with a plain-text body.
 */
public final class CaseServer implements AutoCloseable {

  /** The status answered when no response is scripted; no real server sends it. */
  public static final int UNSCRIPTED = 599;

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  private final Queue<ScriptedResponse> script = new ConcurrentLinkedQueue<>();
  private final List<RecordedRequest> requests = Collections.synchronizedList(new ArrayList<>());

  private CaseServer(HttpServer server) {
    this.server = server;
    server.createContext("/", this::answer);
    server.setExecutor(executor);
  }

  /** Starts a server on an ephemeral port of the loopback address. */
  public static CaseServer start() {
    try {
      InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
      CaseServer caseServer = new CaseServer(HttpServer.create(address, 0));
      caseServer.server.start();
      return caseServer;
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }

  /** Returns the base URL to configure a client with. */
  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Queues responses, answered in order. */
  public CaseServer enqueue(ScriptedResponse... responses) {
    script.addAll(List.of(responses));
    return this;
  }

  /** Returns the requests received so far, in order. */
  public List<RecordedRequest> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  /** Returns the only request received, failing when there were none or several. */
  public RecordedRequest onlyRequest() {
    List<RecordedRequest> received = requests();
    if (received.size() != 1) {
      throw new AssertionError("expected exactly one request, but got " + received.size());
    }
    return received.get(0);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      requests.add(record(exchange));
      ScriptedResponse response = script.poll();
      if (response == null) {
        response = ScriptedResponse.json(UNSCRIPTED, "no response scripted");
      }
      pause(response);
      send(exchange, response);
    }
  }

  private static RecordedRequest record(HttpExchange exchange) throws IOException {
    URI target = exchange.getRequestURI();
    Map<String, List<String>> headers = new LinkedHashMap<>();
    exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    String query = target.getRawQuery();
    return new RecordedRequest(
        exchange.getRequestMethod(),
        target.getRawPath(),
        query == null ? "" : query,
        headers,
        body);
  }

  private static void pause(ScriptedResponse response) {
    try {
      Thread.sleep(response.delay().toMillis());
    } catch (InterruptedException stopped) {
      Thread.currentThread().interrupt();
    }
  }

  private static void send(HttpExchange exchange, ScriptedResponse response) throws IOException {
    response.headers().forEach((name, value) -> addHeader(exchange, name, value));
    byte[] body = response.gzip() ? gzip(response.body()) : response.body();
    boolean noBody = body.length == 0;
    exchange.sendResponseHeaders(response.status(), noBody ? -1 : body.length);
    if (!noBody) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  // The server writes the framing headers itself from the body it sends.
  private static void addHeader(HttpExchange exchange, String name, String value) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (!lower.equals("content-length") && !lower.equals("transfer-encoding")) {
      exchange.getResponseHeaders().add(name, value);
    }
  }

  private static byte[] gzip(byte[] body) throws IOException {
    if (body.length == 0) {
      return body;
    }
    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(compressed)) {
      out.write(body);
    }
    return compressed.toByteArray();
  }
}
