package dev.needledrop.discogs.feign.internal.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import feign.Request;
import feign.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Servers on 127.0.0.1 for the transport's stress tests: a well-behaved one that echoes paths and
 * serves long bodies, and a raw one whose every connection is handled by a script that may
 * misbehave at the byte level.
 */
final class StressServers {

  private StressServers() {}

  /** A GET request for the URL, as Feign would hand it to the transport. */
  static Request get(String url) {
    return Request.create(
        Request.HttpMethod.GET, url, Map.of(), null, StandardCharsets.UTF_8, null);
  }

  /** Reads the whole body of the answer as text. */
  static String text(Response response) throws IOException {
    try (InputStream body = response.body().asInputStream()) {
      return new String(body.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * An HTTP server on 127.0.0.1: {@code /echo/...} answers its own path after a random delay of up
   * to {@code maxDelayMillis}; {@code /long/N} answers N bytes, each the low byte of its offset,
   * written as fast as the client takes them; {@code /long-error/N} does the same with status 500.
   */
  static final class Echo implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final int maxDelayMillis;

    Echo(int maxDelayMillis) throws IOException {
      this.maxDelayMillis = maxDelayMillis;
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
      server.setExecutor(threads);
      server.createContext("/echo/", this::echo);
      server.createContext("/long/", exchange -> serveLong(exchange, 200));
      server.createContext("/long-error/", exchange -> serveLong(exchange, 500));
      server.start();
    }

    String url(String path) {
      return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private void echo(HttpExchange exchange) throws IOException {
      try (exchange) {
        if (maxDelayMillis > 0) {
          sleep(ThreadLocalRandom.current().nextInt(maxDelayMillis + 1));
        }
        byte[] body = exchange.getRequestURI().getRawPath().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
      }
    }

    private void serveLong(HttpExchange exchange, int status) {
      try (exchange) {
        String path = exchange.getRequestURI().getPath();
        int length = Integer.parseInt(path.substring(path.lastIndexOf('/') + 1));
        exchange.sendResponseHeaders(status, length);
        OutputStream out = exchange.getResponseBody();
        byte[] chunk = new byte[16 * 1024];
        for (int at = 0; at < length; at += chunk.length) {
          int count = Math.min(chunk.length, length - at);
          for (int i = 0; i < count; i++) {
            chunk[i] = (byte) (at + i);
          }
          out.write(chunk, 0, count);
        }
      } catch (IOException abandoned) {
        // The client closed the body early: that is what some tests do on purpose.
      }
    }

    @Override
    public void close() {
      server.stop(0);
      threads.shutdownNow();
    }
  }

  /** Checks that the bytes are the start of a long body, each the low byte of its offset. */
  static boolean isLongBodyAt(byte[] bytes, int count, long offset) {
    for (int i = 0; i < count; i++) {
      if (bytes[i] != (byte) (offset + i)) {
        return false;
      }
    }
    return true;
  }

  /** What a raw server does with one accepted connection. */
  interface Script {
    void run(Socket socket) throws IOException, InterruptedException;
  }

  /**
   * A server on 127.0.0.1 that runs the script on each connection it accepts, each on its own
   * thread, and closes the connection once the script returns.
   */
  static final class Raw implements AutoCloseable {

    private final ServerSocket listener;
    private final Script script;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    Raw(Script script) throws IOException {
      this.script = script;
      listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      threads.execute(this::accept);
    }

    String url(String path) {
      return "http://127.0.0.1:" + listener.getLocalPort() + path;
    }

    int acceptedConnections() {
      return sockets.size();
    }

    private void accept() {
      while (!listener.isClosed()) {
        try {
          Socket socket = listener.accept();
          sockets.add(socket);
          threads.execute(() -> serve(socket));
        } catch (IOException closed) {
          return;
        }
      }
    }

    private void serve(Socket socket) {
      try (socket) {
        script.run(socket);
      } catch (IOException | InterruptedException ended) {
        // The client went away or the server is closing: the connection simply ends.
      }
    }

    @Override
    public void close() throws IOException {
      listener.close();
      for (Socket socket : sockets) {
        socket.close();
      }
      threads.shutdownNow();
    }
  }

  /** Reads one request's head (up to the blank line), or returns null at the end of the stream. */
  static String readRequestHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4) {
      int next = in.read();
      if (next < 0) {
        return null;
      }
      head.write(next);
      matched = next == "\r\n\r\n".charAt(matched) ? matched + 1 : (next == '\r' ? 1 : 0);
    }
    return head.toString(StandardCharsets.US_ASCII);
  }

  /** Writes the text as ASCII and flushes it. */
  static void write(Socket socket, String text) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(text.getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  /** Writes the number of filler bytes and flushes them. */
  static void writeFiller(Socket socket, int count) throws IOException {
    OutputStream out = socket.getOutputStream();
    byte[] chunk = new byte[16 * 1024];
    for (int left = count; left > 0; left -= chunk.length) {
      out.write(chunk, 0, Math.min(left, chunk.length));
    }
    out.flush();
  }

  /** Resets the connection: the client sees an RST, not an orderly end. */
  static void reset(Socket socket) throws IOException {
    socket.setSoLinger(true, 0);
    socket.close();
  }

  /** Sleeps, as a server that stalls does. */
  static void sleep(long millis) {
    try {
      TimeUnit.MILLISECONDS.sleep(millis);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Wraps an I/O failure for a lambda that may not throw it. */
  static UncheckedIOException unchecked(IOException failure) {
    return new UncheckedIOException(failure);
  }
}
