package dev.needledrop.discogs.error;

/**
 * A failure on this side of the wire: the request could not be sent, its answer could not be read,
 * or the call needs something the client was not given.
 */
public class DiscogsClientException extends DiscogsException {

  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message and an optional cause. */
  public DiscogsClientException(String message, Throwable cause) {
    super(message, cause);
  }
}
