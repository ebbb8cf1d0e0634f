package dev.needledrop.discogs.testkit.internal.oauthserver;

import dev.needledrop.discogs.testkit.internal.http.QueryString;
import dev.needledrop.discogs.testkit.internal.http.Received;
import dev.needledrop.discogs.testkit.internal.http.StubRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What an OAuth signature covers of a request, as the stub received it (RFC 5849 §3.4.1): the
 * method, the base string URI rebuilt from the stub's scheme, the {@code Host} header and the raw
 * path, the decoded query and form-body parameters, and the protocol parameters of the header.
 *
 * @param method the HTTP method, upper case
 * @param baseUri scheme, lower-case authority (default port left out) and raw path
 * @param parameters the query's pairs, then a form body's, decoded
 * @param header the {@code Authorization: OAuth} header's parameters
 */
record SignedRequest(
    String method, String baseUri, List<Map.Entry<String, String>> parameters, OAuthHeader header) {

  private static final String FORM = "application/x-www-form-urlencoded";

  /** Copies the parameters. */
  SignedRequest {
    parameters = List.copyOf(parameters);
  }

  /** Reads a request routed to an endpoint, sent with the given method. */
  static SignedRequest of(String method, StubRequest request) {
    return of(
        method,
        request.path(),
        request.query(),
        request.header("Host"),
        request.header("Authorization"),
        request.contentType(),
        request.body(),
        request.origin());
  }

  /** Reads a request as it arrived, before routing. */
  static SignedRequest of(Received request, URI origin) {
    return of(
        request.method(),
        request.path(),
        QueryString.parse(request.rawQuery()),
        request.header("Host"),
        request.header("Authorization"),
        request.header("Content-Type").orElse(""),
        request.body(),
        origin);
  }

  /**
   * Reads a request: its {@code Authorization} header must use the OAuth scheme.
   *
   * @param origin the stub's origin, the base URI's fallback when no {@code Host} was sent
   * @throws OAuthRefusal (400) when there is no OAuth header or it cannot be read
   */
  static SignedRequest of(
      String method,
      String rawPath,
      QueryString query,
      Optional<String> host,
      Optional<String> authorization,
      String contentType,
      byte[] body,
      URI origin) {
    String header =
        authorization
            .filter(OAuthHeader::isOAuth)
            .orElseThrow(() -> OAuthRefusal.malformed("an OAuth Authorization header is missing"));
    List<Map.Entry<String, String>> parameters = new ArrayList<>(query.pairs());
    if (contentType.toLowerCase(Locale.ROOT).startsWith(FORM)) {
      parameters.addAll(QueryString.parse(new String(body, StandardCharsets.UTF_8)).pairs());
    }
    return new SignedRequest(
        method.toUpperCase(Locale.ROOT),
        baseUri(host, rawPath, origin),
        parameters,
        OAuthHeader.parse(header));
  }

  // The scheme is the stub's own; the authority is what the client put in Host.
  private static String baseUri(Optional<String> host, String rawPath, URI origin) {
    String scheme = origin.getScheme().toLowerCase(Locale.ROOT);
    String authority =
        host.map(String::strip)
            .filter(value -> !value.isEmpty())
            .orElse(origin.getRawAuthority())
            .toLowerCase(Locale.ROOT);
    String defaultPort = scheme.equals("https") ? ":443" : ":80";
    if (authority.endsWith(defaultPort)) {
      authority = authority.substring(0, authority.length() - defaultPort.length());
    }
    String path = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
    return scheme + "://" + authority + path;
  }

  @Override
  public String toString() {
    return "SignedRequest[" + method + " " + baseUri + "]";
  }
}
