package dev.needledrop.discogs.error;

/**
 * The request could not be sent or its answer not received: connection refused or reset, a timeout,
 * a broken TLS session.
 */
public class TransportException extends DiscogsClientException {

  private static final long serialVersionUID = 1L;

  private final String method;
  private final String path;

  /** Creates an exception for the call that failed; {@code path} never holds a query. */
  public TransportException(String method, String path, String reason, Throwable cause) {
    super(method + " " + Redaction.pathOnly(path) + " failed: " + reason, cause);
    this.method = method;
    this.path = Redaction.pathOnly(path);
  }

  /** Returns the HTTP method of the failed call. */
  public String method() {
    return method;
  }

  /** Returns the path of the failed call, without its query. */
  public String path() {
    return path;
  }
}
