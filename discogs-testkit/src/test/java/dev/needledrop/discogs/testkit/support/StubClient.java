package dev.needledrop.discogs.testkit.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A plain JDK HTTP client for talking to the stub in tests, with a fluent request builder. */
public final class StubClient {

  public static final String USER_AGENT = "NeedledropTestkitTests/1.0 +https://example.com";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI baseUrl;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  public StubClient(URI baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** Starts a GET of the path (with its query) under the stub's base URL. */
  public Call get(String pathAndQuery) {
    return new Call("GET", pathAndQuery);
  }

  /** Starts a request with any method. */
  public Call call(String method, String pathAndQuery) {
    return new Call(method, pathAndQuery);
  }

  /** Parses a response body as JSON. */
  public static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException notJson) {
      throw new UncheckedIOException(notJson);
    }
  }

  /** One request being built. */
  public final class Call {

    private final String method;
    private final String pathAndQuery;
    private final List<String> headers = new ArrayList<>(List.of("User-Agent", USER_AGENT));
    private String body = "";
    private Duration timeout = Duration.ofSeconds(10);

    private Call(String method, String pathAndQuery) {
      this.method = method;
      this.pathAndQuery = pathAndQuery;
    }

    public Call header(String name, String value) {
      headers.add(name);
      headers.add(value);
      return this;
    }

    public Call token(String token) {
      return header("Authorization", "Discogs token=" + token);
    }

    public Call consumer(String key, String secret) {
      return header("Authorization", "Discogs key=" + key + ", secret=" + secret);
    }

    public Call jsonBody(String json) {
      this.body = json;
      return header("Content-Type", "application/json");
    }

    public Call body(String contentType, String text) {
      this.body = text;
      return header("Content-Type", contentType);
    }

    public Call timeout(Duration limit) {
      this.timeout = limit;
      return this;
    }

    public HttpResponse<String> send() {
      return send(HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> sendForBytes() {
      return send(HttpResponse.BodyHandlers.ofByteArray());
    }

    public JsonNode json() {
      return StubClient.json(send());
    }

    private <T> HttpResponse<T> send(HttpResponse.BodyHandler<T> handler) {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
              .headers(headers.toArray(String[]::new))
              .method(method, HttpRequest.BodyPublishers.ofString(body))
              .timeout(timeout)
              .build();
      try {
        return http.send(request, handler);
      } catch (IOException failed) {
        throw new UncheckedIOException(failed);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", interrupted);
      }
    }
  }
}
