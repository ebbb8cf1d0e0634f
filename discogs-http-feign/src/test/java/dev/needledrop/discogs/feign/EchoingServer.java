package dev.needledrop.discogs.feign;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A careless server on 127.0.0.1 that quotes what it was sent in every answer: the {@code
 * Authorization} header, the query as sent and decoded, and each bare parameter value. The last
 * path segment picks the answer: {@code /releases/400} is a 400 in plain text, and so on.
 */
final class EchoingServer implements AutoCloseable {

  /** The answers, by the last path segment: status, content type and a body template. */
  static final Map<String, Answer> ANSWERS =
      Map.of(
          "400", new Answer(400, "text/plain", "you sent Discogs %s"),
          "401", new Answer(401, "application/json", "{\"message\": \"Invalid auth: %s\"}"),
          "403", new Answer(403, "application/xml", "<error>forbidden for %s</error>"),
          "404", new Answer(404, "application/json", "{\"message\": \"no such thing as %s\"}"),
          "500", new Answer(500, "text/html", "<html><body><pre>%s</pre></body></html>"),
          "200", new Answer(200, "text/plain", "welcome back %s"),
          "201", new Answer(200, "application/json", "{\"id\": 1, \"title\": %s"),
          "202", new Answer(200, "application/json", "{\"id\": \"%s\"}"));

  private final HttpServer server;

  private EchoingServer(HttpServer server) {
    this.server = server;
  }

  static EchoingServer start() {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.createContext("/", EchoingServer::answer);
      server.start();
      return new EchoingServer(server);
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private static void answer(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getRawPath();
    Answer answer =
        ANSWERS.getOrDefault(path.substring(path.lastIndexOf('/') + 1), ANSWERS.get("400"));
    // In JSON the echo is a proper string, so that the whole of it reaches the server's message.
    String echo =
        answer.contentType().contains("json")
            ? echo(exchange).replace("\\", "\\\\").replace("\"", "\\\"")
            : echo(exchange);
    byte[] body = String.format(answer.template(), echo).getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", answer.contentType() + "; charset=utf-8");
    exchange.sendResponseHeaders(answer.status(), body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static String echo(HttpExchange exchange) {
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    String query = exchange.getRequestURI().getRawQuery();
    List<String> parts = new ArrayList<>();
    parts.add("Authorization: " + authorization);
    parts.add("query " + query);
    if (query != null) {
      parts.add("decoded " + URLDecoder.decode(query, StandardCharsets.UTF_8));
    }
    parts.addAll(bareValues(authorization == null ? "" : authorization));
    parts.addAll(bareValues(query == null ? "" : query));
    return String.join(" | ", parts);
  }

  // Each value after a '=', unquoted, both as sent and decoded: a server that names no parameter.
  private static List<String> bareValues(String text) {
    List<String> values = new ArrayList<>();
    for (String piece : text.split("[,&]")) {
      int equals = piece.indexOf('=');
      if (equals >= 0) {
        String value = piece.substring(equals + 1).replace("\"", "").trim();
        values.add("[" + value + "]");
        values.add("[" + URLDecoder.decode(value, StandardCharsets.UTF_8) + "]");
      }
    }
    return values;
  }

  @Override
  public void close() {
    server.stop(0);
  }

  /** What the server answers. */
  record Answer(int status, String contentType, String template) {}
}
