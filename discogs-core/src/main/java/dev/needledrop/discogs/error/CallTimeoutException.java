package dev.needledrop.discogs.error;

/**
 * The call ran out of time: no complete answer within the read timeout, or the call's deadline
 * passed while it waited for an answer, the rate limit or a retry.
 */
public class CallTimeoutException extends TransportException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception for the call that timed out; {@code path} holds no query. */
  public CallTimeoutException(String method, String path, String reason, Throwable cause) {
    super(method, path, reason, cause);
  }
}
