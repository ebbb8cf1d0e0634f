package dev.needledrop.discogs.testkit.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.needledrop.discogs.testkit.internal.auth.Caller;
import dev.needledrop.discogs.testkit.internal.json.StubJson;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A request as the endpoints see it: who calls, the path variables of the matched route, and the
 * parameters of the query string merged with those of a JSON or form body (body values win).
 *
 * <p>The body is read only when a parameter is asked for, so a malformed body fails (with 422)
 * after routing and authorisation, as on Discogs.
 */
public final class StubRequest {

  private final String path;
  private final QueryString query;
  private final byte[] body;
  private final String contentType;
  private final Map<String, List<String>> headers;
  private final Caller caller;
  private final URI origin;
  private final Map<String, String> pathVariables;
  private Map<String, String> bodyParameters;

  /** Creates a request. */
  public StubRequest(
      String path,
      QueryString query,
      byte[] body,
      String contentType,
      Map<String, List<String>> headers,
      Caller caller,
      URI origin,
      Map<String, String> pathVariables) {
    this.path = path;
    this.query = query;
    this.body = body.clone();
    this.contentType = contentType.toLowerCase(Locale.ROOT);
    Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    this.headers = Collections.unmodifiableMap(copy);
    this.caller = caller;
    this.origin = origin;
    this.pathVariables = Map.copyOf(pathVariables);
  }

  /** Returns the raw path, still percent-encoded. */
  public String path() {
    return path;
  }

  /** Returns the query string's parameters. */
  public QueryString query() {
    return query;
  }

  /** Returns the first value of a request header, looked up without regard to case. */
  public Optional<String> header(String name) {
    return headers.getOrDefault(name, List.of()).stream().findFirst();
  }

  /** Returns the request's content type, lower-cased; empty when none was sent. */
  public String contentType() {
    return contentType;
  }

  /** Returns a copy of the raw body, for bodies that are not parameters (such as multipart). */
  public byte[] body() {
    return body.clone();
  }

  /** Returns who calls. */
  public Caller caller() {
    return caller;
  }

  /** Returns the stub's own origin, such as {@code http://127.0.0.1:8080}. */
  public URI origin() {
    return origin;
  }

  /** Returns a decoded path variable of the matched route. */
  public String variable(String name) {
    String value = pathVariables.get(name);
    if (value == null) {
      throw new IllegalStateException("the route has no variable " + name);
    }
    return value;
  }

  /** Returns every decoded path variable of the matched route. */
  public Map<String, String> variables() {
    return pathVariables;
  }

  /** Returns the body as UTF-8 text; empty when there was none. */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** Returns a numeric path variable, such as a release id. */
  public long id(String name) {
    return Long.parseLong(variable(name));
  }

  /**
   * Returns a parameter from the body or, failing that, the query; blank values count as absent.
   */
  public Optional<String> parameter(String name) {
    Optional<String> fromBody = Optional.ofNullable(bodyParameters().get(name));
    return fromBody.or(() -> query.first(name)).filter(value -> !value.isBlank());
  }

  /**
   * Returns a text parameter from the body or, failing that, the query, keeping an empty value: for
   * texts an empty value means "clear it" rather than "not given".
   */
  public Optional<String> text(String name) {
    Optional<String> fromBody = Optional.ofNullable(bodyParameters().get(name));
    return fromBody.or(() -> query.first(name));
  }

  private synchronized Map<String, String> bodyParameters() {
    if (bodyParameters == null) {
      bodyParameters = readBody();
    }
    return bodyParameters;
  }

  private Map<String, String> readBody() {
    String text = new String(body, StandardCharsets.UTF_8);
    if (text.isBlank()) {
      return Map.of();
    }
    if (contentType.startsWith("multipart/")) {
      // A file upload carries a file, not parameters; its endpoint reads the parts itself.
      return Map.of();
    }
    return contentType.contains("application/x-www-form-urlencoded")
        ? readForm(text)
        : readJson(text);
  }

  private static Map<String, String> readForm(String text) {
    Map<String, String> form = new HashMap<>();
    QueryString.parse(text)
        .pairs()
        .forEach(pair -> form.putIfAbsent(pair.getKey(), pair.getValue()));
    return form;
  }

  private static Map<String, String> readJson(String text) {
    JsonNode json =
        StubJson.tryParse(text)
            .filter(JsonNode::isObject)
            .orElseThrow(() -> ApiError.unprocessable("The request body must be a JSON object."));
    Map<String, String> values = new HashMap<>();
    for (Map.Entry<String, JsonNode> field : json.properties()) {
      if (field.getValue().isValueNode() && !field.getValue().isNull()) {
        values.put(field.getKey(), field.getValue().asText());
      }
    }
    return values;
  }
}
