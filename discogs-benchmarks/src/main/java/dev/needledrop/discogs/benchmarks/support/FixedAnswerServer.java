package dev.needledrop.discogs.benchmarks.support;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP/1.1 server on 127.0.0.1 that answers every request with the same recorded answer, gzipped
 * when the request accepts it, on connections kept alive. Both encodings are prepared once, so that
 * answering costs no more than reading the request's head and writing bytes: the floor under any
 * client measured against it is the network stack's, not the server's. Counts the connections it
 * accepted. One thread per connection; close it to stop.
 */
public final class FixedAnswerServer implements AutoCloseable {

  private final ServerSocket listener;
  private final byte[] plain;
  private final byte[] gzipped;
  private final AtomicInteger accepted = new AtomicInteger();
  private final AtomicInteger open = new AtomicInteger();

  private FixedAnswerServer(ServerSocket listener, RecordedAnswer answer) {
    this.listener = listener;
    this.plain = answer.toHttp(false);
    this.gzipped = answer.toHttp(true);
  }

  /** Starts serving the answer on a free port. */
  public static FixedAnswerServer start(RecordedAnswer answer) {
    try {
      ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      FixedAnswerServer server = new FixedAnswerServer(listener, answer);
      daemon(server::acceptLoop, "fixed-answer-accept").start();
      return server;
    } catch (IOException cannotListen) {
      throw new UncheckedIOException(cannotListen);
    }
  }

  /** Returns the server's base URL, without a slash. */
  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + listener.getLocalPort());
  }

  /** Returns how many connections the server accepted since it started. */
  public int acceptedConnections() {
    return accepted.get();
  }

  /** Returns how many connections are open now. */
  public int openConnections() {
    return open.get();
  }

  @Override
  public void close() throws IOException {
    listener.close();
  }

  private void acceptLoop() {
    while (!listener.isClosed()) {
      try {
        Socket connection = listener.accept();
        accepted.incrementAndGet();
        open.incrementAndGet();
        daemon(() -> serve(connection), "fixed-answer-" + accepted.get()).start();
      } catch (IOException stopped) {
        return;
      }
    }
  }

  private void serve(Socket connection) {
    try (connection) {
      connection.setTcpNoDelay(true);
      InputStream in = new BufferedInputStream(connection.getInputStream());
      OutputStream out = connection.getOutputStream();
      for (String head = readHead(in); head != null; head = readHead(in)) {
        skipBody(in, head);
        out.write(acceptsGzip(head) ? gzipped : plain);
        out.flush();
      }
    } catch (IOException gone) {
      // The client closed the connection: nothing to answer.
    } finally {
      open.decrementAndGet();
    }
  }

  // Returns the request line and headers in lower case, or null at the end of the connection.
  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream(512);
    int matched = 0;
    for (int next = in.read(); next >= 0; next = in.read()) {
      head.write(next);
      matched = (next == '\r' || next == '\n') ? matched + 1 : 0;
      if (matched == 4) {
        return head.toString(StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
      }
    }
    return null;
  }

  private static void skipBody(InputStream in, String head) throws IOException {
    int at = head.indexOf("\ncontent-length:");
    if (at < 0) {
      return;
    }
    int end = head.indexOf('\r', at + 1);
    long length = Long.parseLong(head.substring(at + "\ncontent-length:".length(), end).trim());
    in.skipNBytes(length);
  }

  private static boolean acceptsGzip(String head) {
    int at = head.indexOf("\naccept-encoding:");
    return at >= 0 && head.substring(at, head.indexOf('\r', at + 1)).contains("gzip");
  }

  private static Thread daemon(Runnable task, String name) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    return thread;
  }
}
