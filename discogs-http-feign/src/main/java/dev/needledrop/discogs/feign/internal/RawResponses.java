package dev.needledrop.discogs.feign.internal;

import dev.needledrop.discogs.error.DiscogsClientException;
import dev.needledrop.discogs.error.TransportException;
import dev.needledrop.discogs.error.UnreadableResponseException;
import dev.needledrop.discogs.feign.internal.http.HeaderMaps;
import feign.Response;
import feign.codec.ErrorDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Handles the responses Feign hands over raw (calls returning {@link Response}): it checks their
 * status as Feign would, through the same error decoder, and reads what such calls need from them:
 * a {@code Location} header, a download's name and length, its body as a stream.
 */
final class RawResponses {

  private static final Pattern FILENAME =
      Pattern.compile("(?i)filename\\s*=\\s*(?:\"([^\"]*)\"|([^;\\s]+))");

  private final ErrorDecoder errors;

  RawResponses(ErrorDecoder errors) {
    this.errors = Objects.requireNonNull(errors, "errors");
  }

  /**
   * Returns the response when its status is 2xx; otherwise closes it and throws the exception the
   * error decoder gives for it.
   */
  Response requireSuccess(Exchange exchange, Response response) {
    if (response.status() >= 200 && response.status() < 300) {
      return response;
    }
    try (response) {
      Exception failure = errors.decode(exchange.method() + " " + exchange.path(), response);
      if (failure instanceof RuntimeException unchecked) {
        throw unchecked;
      }
      throw new DiscogsClientException(
          exchange.method() + " " + exchange.path() + " failed", failure);
    }
  }

  /**
   * Reads the id at the end of the {@code Location} header of a successful job request, then closes
   * the response.
   *
   * @throws UnreadableResponseException when the header is missing or does not end in an id
   */
  JobLocation location(Exchange exchange, Response response) {
    try (response) {
      Optional<String> header = HeaderMaps.first(response.headers(), "Location");
      Optional<JobLocation> location = header.flatMap(RawResponses::parseLocation);
      return location.orElseThrow(
          () ->
              new UnreadableResponseException(
                  exchange.method(),
                  exchange.path(),
                  response.status(),
                  contentType(response),
                  "",
                  header.isEmpty()
                      ? "the answer has no Location header naming the new job"
                      : "the Location header does not end in a job id",
                  null));
    }
  }

  /** Returns the body as a stream the caller closes; an empty stream for no body. */
  static InputStream body(Exchange exchange, Response response) {
    if (response.body() == null) {
      return InputStream.nullInputStream();
    }
    try {
      return response.body().asInputStream();
    } catch (IOException unreadable) {
      response.close();
      throw new TransportException(
          exchange.method(), exchange.path(), "opening the response body failed", unreadable);
    }
  }

  /** Returns the file name of {@code Content-Disposition: attachment; filename=...}, if any. */
  static Optional<String> filename(Response response) {
    return HeaderMaps.first(response.headers(), "Content-Disposition")
        .map(FILENAME::matcher)
        .filter(Matcher::find)
        .map(found -> found.group(1) != null ? found.group(1) : found.group(2))
        .filter(name -> !name.isBlank());
  }

  /** Returns the body's length, when known. */
  static OptionalLong contentLength(Response response) {
    Integer length = response.body() == null ? null : response.body().length();
    return length == null || length < 0 ? OptionalLong.empty() : OptionalLong.of(length);
  }

  /** Returns the response's content type, empty when none was sent. */
  static String contentType(Response response) {
    return HeaderMaps.first(response.headers(), "Content-Type").orElse("");
  }

  private static Optional<JobLocation> parseLocation(String value) {
    try {
      URI uri = URI.create(value.trim());
      String path = uri.getRawPath() == null ? "" : uri.getRawPath();
      Matcher id = Pattern.compile("/(\\d{1,18})/?$").matcher(path);
      return id.find()
          ? Optional.of(new JobLocation(Long.parseLong(id.group(1)), uri))
          : Optional.empty();
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
  }

  /** The id a job request's {@code Location} names, with the URL as sent. */
  record JobLocation(long id, URI uri) {}
}
