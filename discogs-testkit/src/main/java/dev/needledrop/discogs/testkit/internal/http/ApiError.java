package dev.needledrop.discogs.testkit.internal.http;

import java.util.Map;

/**
 * A Discogs error answer raised while handling a request: the status and the {@code message} of the
 * JSON body, with any extra headers.
 */
public final class ApiError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Discogs' message for missing or unknown credentials. */
  public static final String MUST_AUTHENTICATE = "You must authenticate to access this resource.";

  /** Discogs' message for a caller that may not touch another user's data. */
  public static final String NO_PERMISSION = "You don't have permission to access this resource.";

  /** Discogs' message for an unknown path or object without a dedicated message. */
  public static final String NOT_FOUND = "The requested resource was not found.";

  private final int status;
  private final transient Map<String, String> headers;

  private ApiError(int status, String message, Map<String, String> headers) {
    super(message, null, false, false);
    this.status = status;
    this.headers = Map.copyOf(headers);
  }

  /** Returns an error answer with the given status and message. */
  public static ApiError of(int status, String message) {
    return new ApiError(status, message, Map.of());
  }

  /** Returns an error answer carrying extra headers, such as {@code Allow} on a 405. */
  public static ApiError withHeaders(int status, String message, Map<String, String> headers) {
    return new ApiError(status, message, headers);
  }

  /** Returns a 404 with the given message. */
  public static ApiError notFound(String message) {
    return of(404, message);
  }

  /** Returns a 422 with the given message. */
  public static ApiError unprocessable(String message) {
    return of(422, message);
  }

  /** Returns the HTTP status. */
  public int status() {
    return status;
  }

  /** Returns the headers to add to the answer. */
  public Map<String, String> headers() {
    return headers;
  }
}
