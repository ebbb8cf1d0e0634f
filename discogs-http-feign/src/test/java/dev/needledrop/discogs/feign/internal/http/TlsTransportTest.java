package dev.needledrop.discogs.feign.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import feign.Request;
import feign.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The transport over TLS, as the real API is reached: the JDK's client runs its steps, the TLS
 * handshake and decryption included, on its selector thread rather than on an executor, so short
 * bodies, long streamed ones, gzip, concurrent callers and a stalled body must all behave over TLS
 * as they do in the clear. The server is the JDK's HTTPS server on 127.0.0.1 with a self-signed
 * certificate made for the run by the JDK's keytool.
 */
class TlsTransportTest {

  private static final char[] PASSWORD = "test-only".toCharArray();
  private static final int LONG_BODY_BYTES = 3 * JdkHttpClient.HOLD_LIMIT + 12_345;
  private static final Duration LIMIT = Duration.ofSeconds(10);

  private static HttpsServer server;
  private static ExecutorService serverThreads;
  private static SSLContext tls;

  @BeforeAll
  static void startServer(@TempDir Path directory) throws Exception {
    tls = selfSignedContext(directory.resolve("localhost.p12"));
    server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(tls));
    serverThreads = Executors.newFixedThreadPool(4);
    server.setExecutor(serverThreads);
    server.createContext("/small", exchange -> answer(exchange, json("{\"id\":1}"), false));
    server.createContext("/gzip", exchange -> answer(exchange, json("{\"id\":2}"), true));
    server.createContext("/long", exchange -> answer(exchange, longBody(), false));
    server.createContext("/stalled", TlsTransportTest::stall);
    server.start();
  }

  @AfterAll
  static void stopServer() {
    server.stop(0);
    serverThreads.shutdownNow();
  }

  @Test
  void receivesAShortBodyWhole() throws Exception {
    try (JdkHttpClient http = JdkHttpClient.create(LIMIT, tls)) {
      assertThat(bodyOf(http, "/small")).isEqualTo(json("{\"id\":1}"));
    }
  }

  @Test
  void inflatesAGzipBody() throws Exception {
    try (JdkHttpClient http = JdkHttpClient.create(LIMIT, tls)) {
      assertThat(bodyOf(http, "/gzip")).isEqualTo(json("{\"id\":2}"));
    }
  }

  @Test
  void streamsABodyLongerThanItHolds() throws Exception {
    try (JdkHttpClient http = JdkHttpClient.create(LIMIT, tls)) {
      assertThat(bodyOf(http, "/long")).isEqualTo(longBody());
    }
  }

  @Test
  void servesConcurrentCallersOnOneClient() throws Exception {
    ExecutorService callers = Executors.newFixedThreadPool(4);
    try (JdkHttpClient http = JdkHttpClient.create(LIMIT, tls)) {
      List<Future<byte[]>> bodies = new ArrayList<>();
      for (int call = 0; call < 40; call++) {
        String path = call % 10 == 0 ? "/long" : "/small";
        bodies.add(callers.submit(() -> bodyOf(http, path)));
      }
      for (int call = 0; call < bodies.size(); call++) {
        byte[] expected = call % 10 == 0 ? longBody() : json("{\"id\":1}");
        assertThat(bodies.get(call).get(30, TimeUnit.SECONDS)).isEqualTo(expected);
      }
    } finally {
      callers.shutdownNow();
    }
  }

  @Test
  void givesUpOnABodyThatStallsPastTheLimit() {
    try (JdkHttpClient http = JdkHttpClient.create(LIMIT, tls)) {
      assertThatThrownBy(() -> http.send(get("/stalled"), Duration.ofMillis(400)).close())
          .isInstanceOfSatisfying(
              AttemptFailure.class,
              failure -> {
                assertThat(failure.timedOut()).isTrue();
                assertThat(failure.sent()).isTrue();
              });
    }
  }

  private static byte[] bodyOf(JdkHttpClient http, String path) throws Exception {
    try (Response response = http.send(get(path), LIMIT);
        InputStream body = response.body().asInputStream()) {
      assertThat(response.status()).isEqualTo(200);
      return body.readAllBytes();
    }
  }

  private static Request get(String path) {
    String url = "https://127.0.0.1:" + server.getAddress().getPort() + path;
    return Request.create(
        Request.HttpMethod.GET,
        url,
        Map.of("User-Agent", List.of("NeedledropTests/1.0")),
        null,
        StandardCharsets.UTF_8,
        null);
  }

  private static void answer(HttpExchange exchange, byte[] body, boolean gzip) throws IOException {
    byte[] sent = gzip ? gzipped(body) : body;
    if (gzip) {
      exchange.getResponseHeaders().add("Content-Encoding", "gzip");
    }
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, sent.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(sent);
    }
  }

  // Promises a body, sends a part of it, then waits longer than any client's limit.
  private static void stall(HttpExchange exchange) throws IOException {
    exchange.sendResponseHeaders(200, 1_000);
    OutputStream out = exchange.getResponseBody();
    out.write(new byte[10]);
    out.flush();
    try {
      Thread.sleep(5_000);
    } catch (InterruptedException stopped) {
      Thread.currentThread().interrupt();
    }
    exchange.close();
  }

  private static byte[] json(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] longBody() {
    byte[] body = new byte[LONG_BODY_BYTES];
    for (int i = 0; i < body.length; i++) {
      body[i] = (byte) ('a' + i % 26);
    }
    return body;
  }

  private static byte[] gzipped(byte[] body) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
      gzip.write(body);
    }
    return bytes.toByteArray();
  }

  // The JDK's keytool makes a key and a certificate for 127.0.0.1 that both ends then trust.
  private static SSLContext selfSignedContext(Path keyStore) throws Exception {
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    Process process =
        new ProcessBuilder(
                keytool.toString(),
                "-genkeypair",
                "-alias",
                "localhost",
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-dname",
                "CN=localhost",
                "-ext",
                "SAN=ip:127.0.0.1",
                "-validity",
                "2",
                "-storetype",
                "PKCS12",
                "-keystore",
                keyStore.toString(),
                "-storepass",
                new String(PASSWORD))
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as("keytool: %s", output).isZero();

    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keyStore)) {
      store.load(in, PASSWORD);
    }
    KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keys.init(store, PASSWORD);
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(store);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
    return context;
  }
}
