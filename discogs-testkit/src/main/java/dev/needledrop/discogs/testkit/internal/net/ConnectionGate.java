package dev.needledrop.discogs.testkit.internal.net;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stub's front door: a TCP relay on 127.0.0.1 in front of its HTTP server, which counts the
 * client connections it accepted and those open at any moment, and can cut one off with a reset, as
 * a crashing server or a proxy would. Bytes pass unchanged in both directions. Thread-safe; close
 * it to stop.
 *
 * <p>The HTTP server sees each client connection as coming from the relay's own socket towards it,
 * so {@link #abort} takes that socket's address, which the server reports as the remote address.
 */
public final class ConnectionGate implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ConnectionGate.class);
  private static final int BUFFER_SIZE = 16 * 1024;

  private final ServerSocket listener;
  private final InetSocketAddress target;
  private final ExecutorService threads = Executors.newCachedThreadPool(new GateThreads());
  private final Map<SocketAddress, Relay> relays = new ConcurrentHashMap<>();
  private final AtomicInteger accepted = new AtomicInteger();
  private final AtomicBoolean closed = new AtomicBoolean();

  private ConnectionGate(ServerSocket listener, InetSocketAddress target) {
    this.listener = listener;
    this.target = target;
  }

  /** Opens a gate on the port (0 for any free one) relaying to the target. */
  public static ConnectionGate open(int port, InetSocketAddress target) {
    try {
      ServerSocket listener = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
      ConnectionGate gate = new ConnectionGate(listener, target);
      gate.threads.execute(gate::acceptLoop);
      return gate;
    } catch (IOException cannotListen) {
      throw new UncheckedIOException(
          "the stub could not listen on 127.0.0.1:" + port, cannotListen);
    }
  }

  /** Returns the port clients connect to. */
  public int port() {
    return listener.getLocalPort();
  }

  /** Returns how many client connections are open now. */
  public int openConnections() {
    return relays.size();
  }

  /** Returns how many client connections were accepted since the gate opened. */
  public int acceptedConnections() {
    return accepted.get();
  }

  /**
   * Resets the client connection relayed through the given socket, as the HTTP server reports it
   * for the exchange: the client sees the connection reset, whatever it was waiting for.
   */
  public void abort(SocketAddress serverSideRemote) {
    Relay relay = relays.get(serverSideRemote);
    if (relay != null) {
      relay.reset();
    }
  }

  /** Stops accepting and cuts every open connection. Idempotent. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    closeQuietly(listener);
    relays.values().forEach(Relay::close);
    threads.shutdownNow();
  }

  private void acceptLoop() {
    while (!closed.get()) {
      try {
        Socket client = listener.accept();
        accepted.incrementAndGet();
        relay(client);
      } catch (IOException | RejectedExecutionException stopped) {
        if (!closed.get()) {
          LOG.debug("the stub's gate stopped accepting", stopped);
        }
        return;
      }
    }
  }

  private void relay(Socket client) {
    Socket server = new Socket();
    try {
      client.setTcpNoDelay(true);
      server.setTcpNoDelay(true);
      server.connect(target);
    } catch (IOException cannotConnect) {
      closeQuietly(client);
      closeQuietly(server);
      return;
    }
    Relay relay = new Relay(client, server, server.getLocalSocketAddress());
    relays.put(relay.key, relay);
    threads.execute(() -> relay.pump(client, server));
    threads.execute(() -> relay.pump(server, client));
  }

  private static void closeQuietly(Closeable closeable) {
    try {
      closeable.close();
    } catch (IOException ignored) {
      // Closing is best effort: the socket may already be gone.
    }
  }

  /** One client connection and the gate's connection to the server for it. */
  private final class Relay {

    private final Socket client;
    private final Socket server;
    private final SocketAddress key;
    private final AtomicBoolean done = new AtomicBoolean();

    Relay(Socket client, Socket server, SocketAddress key) {
      this.client = client;
      this.server = server;
      this.key = key;
    }

    void pump(Socket from, Socket to) {
      byte[] buffer = new byte[BUFFER_SIZE];
      try (InputStream in = from.getInputStream()) {
        OutputStream out = to.getOutputStream();
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
          out.write(buffer, 0, read);
          out.flush();
        }
      } catch (IOException ended) {
        // Either side went away, or the relay was cut: both are closed below.
      } finally {
        close();
      }
    }

    void reset() {
      try {
        // A zero linger makes close() send a reset instead of an orderly end.
        client.setSoLinger(true, 0);
      } catch (IOException alreadyGone) {
        // Nothing left to reset.
      }
      close();
    }

    void close() {
      if (done.compareAndSet(false, true)) {
        relays.remove(key);
        closeQuietly(client);
        closeQuietly(server);
      }
    }
  }

  private static final class GateThreads implements ThreadFactory {

    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, "stub-discogs-gate-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}
