package dev.needledrop.discogs.benchmarks.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The floor the SDK is measured against: what a careful program does by hand with the JDK's {@link
 * HttpClient} and Jackson. It sends the SDK's request (same URL, same headers, gzip asked for),
 * checks the status, inflates a gzip body as it reads it and reads the JSON into a tree. One client
 * for all calls, connections kept alive; thread-safe.
 */
public final class BareClient {

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final ObjectMapper mapper = new ObjectMapper();
  private final URI url;
  private final Map<String, String> headers;

  /** Creates a client that GETs the URL with the headers. */
  public BareClient(URI url, Map<String, String> headers) {
    this.url = url;
    this.headers = Map.copyOf(headers);
  }

  /** GETs the URL and reads the body into a tree, streaming it from the connection. */
  public JsonNode getStreamed() throws IOException, InterruptedException {
    HttpResponse<InputStream> response =
        http.send(request(), HttpResponse.BodyHandlers.ofInputStream());
    try (InputStream body = decoded(response)) {
      requireOk(response.statusCode());
      return mapper.readTree(body);
    }
  }

  /** GETs the URL, collects the body into an array, then reads it into a tree. */
  public JsonNode getBuffered() throws IOException, InterruptedException {
    HttpResponse<byte[]> response = http.send(request(), HttpResponse.BodyHandlers.ofByteArray());
    requireOk(response.statusCode());
    if (isGzip(response)) {
      try (InputStream body = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
        return mapper.readTree(body);
      }
    }
    return mapper.readTree(response.body());
  }

  private HttpRequest request() {
    HttpRequest.Builder request = HttpRequest.newBuilder(url).header("Accept-Encoding", "gzip");
    headers.forEach(request::header);
    return request.build();
  }

  private static InputStream decoded(HttpResponse<InputStream> response) throws IOException {
    return isGzip(response) ? new GZIPInputStream(response.body()) : response.body();
  }

  private static boolean isGzip(HttpResponse<?> response) {
    return response.headers().firstValue("Content-Encoding").orElse("").equalsIgnoreCase("gzip");
  }

  private static void requireOk(int status) throws IOException {
    if (status != 200) {
      throw new IOException("the server answered " + status);
    }
  }
}
