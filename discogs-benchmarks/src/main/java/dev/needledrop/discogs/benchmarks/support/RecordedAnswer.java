package dev.needledrop.discogs.benchmarks.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * An answer recorded from a server: its status, the headers worth replaying and its body as sent
 * without compression.
 *
 * @param status the HTTP status
 * @param headers the headers replayed, in order
 * @param body the body, not compressed
 */
public record RecordedAnswer(int status, Map<String, String> headers, byte[] body) {

  // Framing headers are written again for each encoding; the rest is replayed as recorded.
  private static final Set<String> FRAMING =
      Set.of("content-length", "content-encoding", "transfer-encoding", "connection", "date");

  /** Copies the headers. */
  public RecordedAnswer {
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }

  /** GETs the URL with the given request headers, asking for no compression, and records it. */
  public static RecordedAnswer capture(URI url, Map<String, String> requestHeaders) {
    HttpRequest.Builder request = HttpRequest.newBuilder(url);
    requestHeaders.forEach(request::header);
    try {
      HttpResponse<byte[]> response =
          HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new RecordedAnswer(response.statusCode(), replayed(response), response.body());
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while recording " + url, interrupted);
    }
  }

  /** Returns the whole answer as HTTP/1.1 bytes, its body gzipped or not. */
  public byte[] toHttp(boolean gzip) {
    byte[] payload = gzip ? gzip(body) : body;
    StringBuilder head = new StringBuilder("HTTP/1.1 " + status + " OK\r\n");
    headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    if (gzip) {
      head.append("Content-Encoding: gzip\r\nVary: Accept-Encoding\r\n");
    }
    head.append("Content-Length: ").append(payload.length).append("\r\n\r\n");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    bytes.writeBytes(payload);
    return bytes.toByteArray();
  }

  private static Map<String, String> replayed(HttpResponse<?> response) {
    Map<String, String> kept = new LinkedHashMap<>();
    response
        .headers()
        .map()
        .forEach(
            (name, values) -> {
              if (!FRAMING.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                kept.put(name, String.join(", ", values));
              }
            });
    return kept;
  }

  /** Returns the bytes gzipped. */
  public static byte[] gzip(byte[] plain) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream zip = new GZIPOutputStream(bytes)) {
      zip.write(plain);
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
    return bytes.toByteArray();
  }
}
