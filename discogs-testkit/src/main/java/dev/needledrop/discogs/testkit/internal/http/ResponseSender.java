package dev.needledrop.discogs.testkit.internal.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Writes answers to the exchange with a known length, so that connections stay open for the next
 * request; gzips non-empty bodies of the stub's own answers when the client accepts it.
 */
final class ResponseSender {

  private ResponseSender() {}

  static void send(HttpExchange exchange, Outgoing answer, boolean gzip) throws IOException {
    answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
    byte[] body = answer.body();
    if (gzip && body.length > 0) {
      body = gzip(body);
      exchange.getResponseHeaders().add("Content-Encoding", "gzip");
      exchange.getResponseHeaders().add("Vary", "Accept-Encoding");
    }
    write(exchange, answer.status(), body);
  }

  static void sendCanned(HttpExchange exchange, CannedAnswer answer) throws IOException {
    for (Map.Entry<String, String> header : answer.headers()) {
      exchange.getResponseHeaders().add(header.getKey(), header.getValue());
    }
    write(exchange, answer.status(), answer.body());
  }

  private static void write(HttpExchange exchange, int status, byte[] body) throws IOException {
    if (body.length == 0) {
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static byte[] gzip(byte[] body) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream zip = new GZIPOutputStream(bytes)) {
      zip.write(body);
    }
    return bytes.toByteArray();
  }
}
